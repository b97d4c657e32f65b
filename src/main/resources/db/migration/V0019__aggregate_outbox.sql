-- The report aggregates are no longer written by every save (ADR 0022): a save writes what it changed as one
-- row here, in its own transaction, and a single applier folds these rows into the aggregates in batches,
-- deleting each row in the transaction that adds its counts. Reports add the rows not folded yet.
--
-- before_counts / after_counts: what the interaction counted under before and after the change
-- (report.aggregate.Counted, as text); NULL for a creation (before) or a deletion (after). The days let a
-- report read only the changes of its period.
CREATE TABLE report_outbox (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    day_before     DATE          NULL,
    day_after      DATE          NULL,
    before_counts  VARCHAR(2000) NULL,
    after_counts   VARCHAR(2000) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- One row that saves and the applier read in share mode, and that a rebuild locks for update: while the
-- aggregates are counted again from the raw rows, no change enters the outbox and no batch is folded.
CREATE TABLE report_outbox_gate (
    id TINYINT NOT NULL PRIMARY KEY
) ENGINE = InnoDB;
INSERT INTO report_outbox_gate (id) VALUES (1);
