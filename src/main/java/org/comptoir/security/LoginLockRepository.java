package org.comptoir.security;

import org.springframework.data.jpa.repository.JpaRepository;

interface LoginLockRepository extends JpaRepository<LoginLock, String> {
}
