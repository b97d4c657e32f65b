/**
 * Who may do what: users, roles, passwords, login lockout, and the security configuration.
 */
@NullMarked
package org.comptoir.security;

import org.jspecify.annotations.NullMarked;
