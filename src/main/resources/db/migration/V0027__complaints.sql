-- The complaints and suggestions register (issue 17, Qualité Tourisme; decision 0029). Every role records;
-- directors manage: an owner, a due date counted in working days, the status received → acknowledged →
-- answered → closed, and a history of each step. The visitor's contact details only with consent; they,
-- the description and the answer may name people and go with the retention (the reply period after closing).
CREATE TABLE complaint (
    id                      BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                 BIGINT        NOT NULL DEFAULT 0,
    kind                    VARCHAR(12)   NOT NULL,
    received_on             DATE          NOT NULL,
    channel                 VARCHAR(12)   NOT NULL,
    -- the office itself, or one of its partners
    subject                 VARCHAR(10)   NOT NULL,
    category                VARCHAR(20)   NOT NULL,
    -- a partner of the attraction base, or a partner named in words (an accommodation, a restaurant…)
    attraction_id           BIGINT        NULL,
    partner_name            VARCHAR(200)  NULL,
    desk_id                 BIGINT        NULL,
    description             VARCHAR(4000) NULL,
    -- only with the visitor's consent to be answered (the contact rules and wording of the desk)
    contact_name            VARCHAR(120)  NULL,
    contact_email           VARCHAR(254)  NULL,
    contact_phone           VARCHAR(40)   NULL,
    consent_wording_version VARCHAR(20)   NULL,
    consented_at            DATETIME(6)   NULL,
    owner                   VARCHAR(60)   NOT NULL,
    due_date                DATE          NOT NULL,
    status                  VARCHAR(12)   NOT NULL,
    acknowledged_on         DATE          NULL,
    answered_on             DATE          NULL,
    answer_channel          VARCHAR(12)   NULL,
    answer                  VARCHAR(4000) NULL,
    closed_on               DATE          NULL,
    personal_erased_at      DATETIME(6)   NULL,
    created_at              DATETIME(6)   NOT NULL,
    created_by              VARCHAR(60)   NOT NULL,
    updated_at              DATETIME(6)   NOT NULL,
    updated_by              VARCHAR(60)   NOT NULL,
    CONSTRAINT fk_complaint_desk FOREIGN KEY (desk_id) REFERENCES desk (id),
    CONSTRAINT fk_complaint_attraction FOREIGN KEY (attraction_id) REFERENCES attraction (id),
    CONSTRAINT ck_complaint_kind CHECK (kind IN ('COMPLAINT', 'SUGGESTION')),
    CONSTRAINT ck_complaint_subject CHECK (subject IN ('OFFICE', 'PARTNER')),
    CONSTRAINT ck_complaint_status CHECK (status IN ('RECEIVED', 'ACKNOWLEDGED', 'ANSWERED', 'CLOSED')),
    INDEX ix_complaint_open (status, due_date),
    INDEX ix_complaint_received (received_on),
    INDEX ix_complaint_owner (owner, status, due_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The history of a complaint: recorded, acknowledged, answered, closed, reassigned, due date moved, mail sent or
-- failed. No personal data: the detail names users, dates, statuses and mail kinds.
CREATE TABLE complaint_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    complaint_id BIGINT       NOT NULL,
    at           DATETIME(6)  NOT NULL,
    by_user      VARCHAR(60)  NOT NULL,
    action       VARCHAR(20)  NOT NULL,
    detail       VARCHAR(500) NULL,
    CONSTRAINT fk_complaint_event FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    INDEX ix_complaint_event (complaint_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The answer e-mailed to the visitor goes through the same mail log as the follow-ups' mails.
ALTER TABLE mail_log
    ADD COLUMN complaint_id BIGINT NULL AFTER follow_up_id,
    ADD CONSTRAINT fk_mail_log_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    ADD INDEX ix_mail_log_complaint (complaint_id, at);
