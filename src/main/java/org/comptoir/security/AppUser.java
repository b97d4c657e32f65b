package org.comptoir.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A person who signs in to Comptoir: a counsellor, a director, an admin, or several of these.
 */
@Entity
@Table(name = "app_user")
class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "desk_id")
    private @Nullable Long deskId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 20)
    private Set<String> roles = new TreeSet<>();

    /** The offices the user works for: one, or several for network staff (decision 0030). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_office", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "office_id", nullable = false)
    private Set<Long> officeIds = new TreeSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    protected AppUser() {
        this.username = "";
        this.displayName = "";
        this.passwordHash = "";
        this.createdAt = Instant.EPOCH;
        this.passwordChangedAt = Instant.EPOCH;
    }

    AppUser(
            String username,
            String displayName,
            String passwordHash,
            Set<String> roles,
            @Nullable Long deskId,
            Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = new TreeSet<>(roles);
        this.deskId = deskId;
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    @Nullable
    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Nullable
    Long getDeskId() {
        return deskId;
    }

    void setDeskId(@Nullable Long deskId) {
        this.deskId = deskId;
    }

    Set<String> getRoles() {
        return roles;
    }

    void setRoles(Set<String> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    Set<Long> getOfficeIds() {
        return officeIds;
    }

    void setOfficeIds(Set<Long> officeIds) {
        this.officeIds.clear();
        this.officeIds.addAll(officeIds);
    }

    Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof AppUser user && id != null && id.equals(user.id);
    }

    @Override
    public int hashCode() {
        return AppUser.class.hashCode();
    }
}
