-- The office's DATAtourisme feed (one row), its runs, the points waiting for the admin, and when each
-- point of the feed was last seen (a point missing from two runs is retired). The address and the key are
-- kept sealed with AES-GCM (base.SecretBox, COMPTOIR_SECRET_KEY), never in clear.
CREATE TABLE import_feed (
    id           INT           NOT NULL PRIMARY KEY,
    url          TEXT          NULL,
    header_name  VARCHAR(100)  NULL,
    secret       TEXT          NULL,
    cron         VARCHAR(100)  NOT NULL,
    timeout_s    INT           NOT NULL,
    enabled      BOOLEAN       NOT NULL,
    saved_at     DATETIME(3)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE import_feed_run (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    started_at     DATETIME(3)   NOT NULL,
    finished_at    DATETIME(3)   NULL,
    status         VARCHAR(20)   NOT NULL,
    error_key      VARCHAR(100)  NULL,
    error_args     VARCHAR(1000) NULL,
    bytes          BIGINT        NOT NULL DEFAULT 0,
    created        INT           NOT NULL DEFAULT 0,
    updated        INT           NOT NULL DEFAULT 0,
    unchanged      INT           NOT NULL DEFAULT 0,
    rejected       INT           NOT NULL DEFAULT 0,
    linked         INT           NOT NULL DEFAULT 0,
    to_review      INT           NOT NULL DEFAULT 0,
    retired        INT           NOT NULL DEFAULT 0,
    rejected_lines TEXT          NULL,
    INDEX ix_import_feed_run_started (started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE import_feed_review (
    source_uri      VARCHAR(500) NOT NULL PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    attraction_id   BIGINT       NOT NULL,
    attraction_name VARCHAR(200) NOT NULL,
    meters          INT          NOT NULL,
    same_website    BOOLEAN      NOT NULL,
    decision        VARCHAR(20)  NULL,
    seen_at         DATETIME(3)  NOT NULL,
    CONSTRAINT fk_feed_review_attraction FOREIGN KEY (attraction_id) REFERENCES attraction (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE import_feed_point (
    source_uri    VARCHAR(500) NOT NULL PRIMARY KEY,
    last_seen_run BIGINT       NOT NULL,
    missed_runs   INT          NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
