-- Failed logins in a row per address the attempts come from, and the lock they lead to: one address
-- trying many user names waits, as one user name tried many times does (login_lock).
CREATE TABLE login_address_lock (
    address         VARCHAR(45) NOT NULL PRIMARY KEY,
    failures        INT         NOT NULL,
    last_failure_at DATETIME(6) NOT NULL,
    locked_until    DATETIME(6) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
