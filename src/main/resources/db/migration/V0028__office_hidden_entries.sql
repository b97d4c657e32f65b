-- Issue 16: an office hides from its desks' forms the interests and questions it does not use. The lists stay the
-- network's, so that the offices' figures add up; hiding is not retiring: the history, the reports and the other
-- offices keep the entry.
CREATE TABLE office_hidden_interest (
    office_id   BIGINT NOT NULL,
    interest_id BIGINT NOT NULL,
    PRIMARY KEY (office_id, interest_id),
    CONSTRAINT fk_office_hidden_interest_office FOREIGN KEY (office_id) REFERENCES office (id) ON DELETE CASCADE,
    CONSTRAINT fk_office_hidden_interest_interest FOREIGN KEY (interest_id) REFERENCES interest (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE office_hidden_question (
    office_id         BIGINT NOT NULL,
    question_topic_id BIGINT NOT NULL,
    PRIMARY KEY (office_id, question_topic_id),
    CONSTRAINT fk_office_hidden_question_office FOREIGN KEY (office_id) REFERENCES office (id) ON DELETE CASCADE,
    CONSTRAINT fk_office_hidden_question_topic FOREIGN KEY (question_topic_id) REFERENCES question_topic (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
