-- Personal data, kept only with the visitor's consent (GDPR), and the requests that need an answer.
-- Everything personal lives in these tables: erasing a person never touches the interaction's anonymous
-- statistics (interaction, its join tables and the report aggregates).

-- A visitor who agreed to be contacted, attached to the interaction where they agreed.
CREATE TABLE contact (
    id                      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                 BIGINT       NOT NULL DEFAULT 0,
    interaction_id          BIGINT       NOT NULL,
    name                    VARCHAR(120) NULL,
    email                   VARCHAR(254) NULL,
    -- lower-cased e-mail and digits-only phone (+33 6 12… → 33612…): what a rights request searches by
    email_key               VARCHAR(254) NULL,
    phone                   VARCHAR(40)  NULL,
    phone_key               VARCHAR(40)  NULL,
    postal_code             VARCHAR(10)  NULL,
    -- the purposes consented to, the wording shown (its version) and who recorded it when
    consent_reply           BOOLEAN      NOT NULL,
    consent_newsletter      BOOLEAN      NOT NULL,
    consent_wording_version VARCHAR(20)  NOT NULL,
    consented_at            DATETIME(6)  NOT NULL,
    consented_by            VARCHAR(60)  NOT NULL,
    newsletter_withdrawn_at DATETIME(6)  NULL,
    created_at              DATETIME(6)  NOT NULL,
    updated_at              DATETIME(6)  NOT NULL,
    updated_by              VARCHAR(60)  NOT NULL,
    CONSTRAINT fk_contact_interaction FOREIGN KEY (interaction_id) REFERENCES interaction (id),
    INDEX ix_contact_interaction (interaction_id),
    INDEX ix_contact_email (email_key),
    INDEX ix_contact_phone (phone_key),
    INDEX ix_contact_consented (consented_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Something promised to a visitor: send documentation, call back, answer an e-mail.
CREATE TABLE follow_up (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL DEFAULT 0,
    interaction_id BIGINT        NOT NULL,
    contact_id     BIGINT        NULL,
    kind           VARCHAR(20)   NOT NULL,
    due_date       DATE          NOT NULL,
    owner          VARCHAR(60)   NOT NULL,
    status         VARCHAR(12)   NOT NULL,
    -- what was asked; may name the person, so it is erased with the contact
    note           VARCHAR(2000) NULL,
    created_at     DATETIME(6)   NOT NULL,
    created_by     VARCHAR(60)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    updated_by     VARCHAR(60)   NOT NULL,
    CONSTRAINT fk_follow_up_interaction FOREIGN KEY (interaction_id) REFERENCES interaction (id),
    CONSTRAINT fk_follow_up_contact FOREIGN KEY (contact_id) REFERENCES contact (id),
    INDEX ix_follow_up_owner (owner, status, due_date),
    INDEX ix_follow_up_status (status, due_date),
    INDEX ix_follow_up_contact (contact_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The history of a follow-up: created, reassigned, mail sent, mail failed, done, cancelled… No personal data.
CREATE TABLE follow_up_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    follow_up_id BIGINT       NOT NULL,
    at           DATETIME(6)  NOT NULL,
    by_user      VARCHAR(60)  NOT NULL,
    action       VARCHAR(20)  NOT NULL,
    detail       VARCHAR(500) NULL,
    CONSTRAINT fk_follow_up_event FOREIGN KEY (follow_up_id) REFERENCES follow_up (id),
    INDEX ix_follow_up_event (follow_up_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every e-mail sent or tried. The address is personal: it goes with the contact when erased.
CREATE TABLE mail_log (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    follow_up_id BIGINT       NULL,
    contact_id   BIGINT       NULL,
    at           DATETIME(6)  NOT NULL,
    by_user      VARCHAR(60)  NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    recipient    VARCHAR(254) NULL,
    subject      VARCHAR(200) NOT NULL,
    status       VARCHAR(10)  NOT NULL,
    error        VARCHAR(500) NULL,
    CONSTRAINT fk_mail_log_follow_up FOREIGN KEY (follow_up_id) REFERENCES follow_up (id),
    CONSTRAINT fk_mail_log_contact FOREIGN KEY (contact_id) REFERENCES contact (id),
    INDEX ix_mail_log_follow_up (follow_up_id, at),
    INDEX ix_mail_log_contact (contact_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who looked at, exported, changed or erased personal data, and when. Names the contact by id only.
CREATE TABLE personal_data_audit (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at         DATETIME(6)  NOT NULL,
    by_user    VARCHAR(60)  NOT NULL,
    action     VARCHAR(30)  NOT NULL,
    contact_id BIGINT       NULL,
    detail     VARCHAR(500) NULL,
    INDEX ix_pd_audit_at (at),
    INDEX ix_pd_audit_contact (contact_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
