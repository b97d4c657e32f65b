-- The open API (issue 15, decision 0021). A token is shown once; only the SHA-256 of its secret is kept.
-- It counts its interactions at one desk, under the name "api:<name>", and is limited per minute.
CREATE TABLE api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(50)  NOT NULL,
    secret_hash  CHAR(64)     NOT NULL,
    scopes       VARCHAR(200) NOT NULL,
    desk_id      BIGINT       NOT NULL,
    per_minute   INT          NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(60)  NOT NULL,
    expires_at   DATETIME(6)  NULL,
    revoked_at   DATETIME(6)  NULL,
    revoked_by   VARCHAR(60)  NULL,
    last_used_at DATETIME(6)  NULL,
    UNIQUE KEY uq_api_token_secret (secret_hash),
    UNIQUE KEY uq_api_token_name (name),
    CONSTRAINT fk_api_token_desk FOREIGN KEY (desk_id) REFERENCES desk (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A request sent again with the same Idempotency-Key gets the first answer, and is counted once.
CREATE TABLE api_idempotency (
    token_id     BIGINT       NOT NULL,
    idem_key     VARCHAR(200) NOT NULL,
    request_hash CHAR(64)     NOT NULL,
    status       INT          NOT NULL,
    location     VARCHAR(200) NULL,
    body         MEDIUMTEXT   NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (token_id, idem_key),
    INDEX ix_api_idempotency_created (created_at),
    CONSTRAINT fk_api_idempotency_token FOREIGN KEY (token_id) REFERENCES api_token (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
