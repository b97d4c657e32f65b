-- One row per conversation with a visitor. Deletion is soft: the row stays for the audit trail.
CREATE TABLE interaction (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    occurred_at   DATETIME      NOT NULL,
    desk_id       BIGINT        NOT NULL,
    counsellor    VARCHAR(60)   NOT NULL,
    channel       VARCHAR(20)   NOT NULL,
    adults        INT           NOT NULL,
    children      INT           NOT NULL,
    party_type    VARCHAR(20)   NULL,
    visitor_type  VARCHAR(30)   NULL,
    country       CHAR(2)       NULL,
    departement   VARCHAR(3)    NULL,
    language      VARCHAR(5)    NULL,
    stay_length   VARCHAR(20)   NULL,
    accommodation VARCHAR(20)   NULL,
    purpose       VARCHAR(10)   NULL,
    note          VARCHAR(2000) NULL,
    quick         BOOLEAN       NOT NULL DEFAULT FALSE,
    deleted       BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    updated_by    VARCHAR(60)   NOT NULL,
    CONSTRAINT fk_interaction_desk FOREIGN KEY (desk_id) REFERENCES desk (id),
    CONSTRAINT ck_interaction_party CHECK (adults BETWEEN 0 AND 999 AND children BETWEEN 0 AND 999
        AND adults + children >= 1),
    INDEX ix_interaction_desk_day (desk_id, occurred_at),
    INDEX ix_interaction_day (occurred_at),
    INDEX ix_interaction_counsellor (counsellor, created_at),
    INDEX ix_interaction_country (country, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE interaction_interest (
    interaction_id BIGINT NOT NULL,
    interest_id    BIGINT NOT NULL,
    PRIMARY KEY (interaction_id, interest_id),
    CONSTRAINT fk_ii_interaction FOREIGN KEY (interaction_id) REFERENCES interaction (id) ON DELETE CASCADE,
    CONSTRAINT fk_ii_interest FOREIGN KEY (interest_id) REFERENCES interest (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE interaction_question (
    interaction_id    BIGINT NOT NULL,
    question_topic_id BIGINT NOT NULL,
    PRIMARY KEY (interaction_id, question_topic_id),
    CONSTRAINT fk_iq_interaction FOREIGN KEY (interaction_id) REFERENCES interaction (id) ON DELETE CASCADE,
    CONSTRAINT fk_iq_question FOREIGN KEY (question_topic_id) REFERENCES question_topic (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE interaction_outcome (
    interaction_id BIGINT      NOT NULL,
    outcome        VARCHAR(20) NOT NULL,
    PRIMARY KEY (interaction_id, outcome),
    CONSTRAINT fk_io_interaction FOREIGN KEY (interaction_id) REFERENCES interaction (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who changed an interaction, when, and how.
CREATE TABLE interaction_audit (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    interaction_id BIGINT      NOT NULL,
    at             DATETIME(6) NOT NULL,
    by_user        VARCHAR(60) NOT NULL,
    action         VARCHAR(10) NOT NULL,
    changes        TEXT        NOT NULL,
    CONSTRAINT fk_audit_interaction FOREIGN KEY (interaction_id) REFERENCES interaction (id),
    INDEX ix_audit_interaction (interaction_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
