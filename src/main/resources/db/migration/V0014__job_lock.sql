-- One row per scheduled job: an instance runs it only after claiming the row (locked_until in the past),
-- so that several instances of Comptoir never run the same job at once (base.JobLock).
CREATE TABLE job_lock (
    job          VARCHAR(60)  NOT NULL PRIMARY KEY,
    locked_until DATETIME(3)  NOT NULL,
    locked_by    VARCHAR(100) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
