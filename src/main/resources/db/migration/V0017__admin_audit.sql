-- Who changed what in the administration, and when (review finding 13): users, reference lists,
-- attractions, imports, mapping rules, and every history export. Written by security.AdminAudit in the
-- transaction of the change it records. Never holds a password nor a visitor's personal data.
CREATE TABLE admin_audit (
    id        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at        DATETIME(6)   NOT NULL,
    by_user   VARCHAR(60)   NOT NULL,
    kind      VARCHAR(30)   NOT NULL,
    target_id VARCHAR(60)   NULL,
    summary   VARCHAR(1000) NOT NULL,
    INDEX ix_admin_audit_at (at),
    INDEX ix_admin_audit_kind (kind, at),
    INDEX ix_admin_audit_user (by_user, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
