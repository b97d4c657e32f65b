-- The anonymous satisfaction survey (issue 17, Qualité Tourisme; decision 0027). Visitors answer on a tablet at
-- the desk (a kiosk) or on their phone through the QR code of their suggestion sheet. Only the SHA-256 of a
-- token is kept, as for the API's tokens.

-- A tablet in kiosk mode: started by a counsellor for one desk, until it expires (end of the office day) or a
-- signed-in person ends it.
CREATE TABLE survey_kiosk (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    secret_hash CHAR(64)    NOT NULL,
    desk_id     BIGINT      NOT NULL,
    started_at  DATETIME(6) NOT NULL,
    started_by  VARCHAR(60) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    ended_at    DATETIME(6) NULL,
    ended_by    VARCHAR(60) NULL,
    UNIQUE KEY uq_survey_kiosk_secret (secret_hash),
    CONSTRAINT fk_survey_kiosk_desk FOREIGN KEY (desk_id) REFERENCES desk (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The one-use token of a suggestion sheet's QR code. The desk and the market are copied from the interaction
-- when the sheet is made; the first answer deletes every invitation of that interaction, so that nothing links
-- an answer back to an interaction (and a second answer through any sheet of it is refused).
CREATE TABLE survey_invitation (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    secret_hash    CHAR(64)    NOT NULL,
    interaction_id BIGINT      NOT NULL,
    desk_id        BIGINT      NOT NULL,
    market         VARCHAR(10) NULL,
    created_at     DATETIME(6) NOT NULL,
    expires_at     DATETIME(6) NOT NULL,
    UNIQUE KEY uq_survey_invitation_secret (secret_hash),
    INDEX ix_survey_invitation_interaction (interaction_id),
    INDEX ix_survey_invitation_expires (expires_at),
    CONSTRAINT fk_survey_invitation_desk FOREIGN KEY (desk_id) REFERENCES desk (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One answer: the day (not the time), where (desk, the visitor's market) and the scores. No token, no kiosk, no
-- interaction, no address: nothing that leads back to the visitor. The id is random, not a sequence: the order of
-- a day's answers must not tell which visitor of the day gave which.
CREATE TABLE survey_answer (
    id           BIGINT        NOT NULL PRIMARY KEY,
    answered_on  DATE          NOT NULL,
    source       VARCHAR(10)   NOT NULL,
    desk_id      BIGINT        NOT NULL,
    market       VARCHAR(10)   NULL,
    language     CHAR(2)       NOT NULL,
    satisfaction TINYINT       NOT NULL,
    welcome      TINYINT       NULL,
    usefulness   TINYINT       NULL,
    recommend    TINYINT       NULL,
    comment      VARCHAR(1000) NULL,
    INDEX ix_survey_answer_day (answered_on, desk_id),
    CONSTRAINT fk_survey_answer_desk FOREIGN KEY (desk_id) REFERENCES desk (id),
    CONSTRAINT ck_survey_answer_source CHECK (source IN ('KIOSK', 'SHEET')),
    CONSTRAINT ck_survey_answer_market CHECK (market IS NULL OR market IN ('FRANCE', 'EUROPE', 'LONG_HAUL')),
    CONSTRAINT ck_survey_answer_scores CHECK (satisfaction BETWEEN 1 AND 5
        AND (welcome IS NULL OR welcome BETWEEN 1 AND 5)
        AND (usefulness IS NULL OR usefulness BETWEEN 1 AND 5)
        AND (recommend IS NULL OR recommend BETWEEN 0 AND 10))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
