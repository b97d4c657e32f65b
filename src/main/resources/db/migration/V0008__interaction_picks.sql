-- The attractions a counsellor picked for the visitor of an interaction, in the order picked.
CREATE TABLE interaction_pick (
    interaction_id BIGINT NOT NULL,
    position       INT    NOT NULL,
    attraction_id  BIGINT NOT NULL,
    PRIMARY KEY (interaction_id, position),
    INDEX ix_pick_attraction (attraction_id),
    CONSTRAINT fk_pick_interaction FOREIGN KEY (interaction_id) REFERENCES interaction (id) ON DELETE CASCADE,
    CONSTRAINT fk_pick_attraction FOREIGN KEY (attraction_id) REFERENCES attraction (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
