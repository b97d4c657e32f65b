-- Visitor counts of the months before Comptoir (issue 18), imported from an office's spreadsheets or its previous
-- tool's exports: monthly counts by desk, origin and (optionally) channel. The reports add them to the
-- aggregates of the logged interactions where their detail allows (decision 0025). A desk's month holds
-- either imported counts or logged interactions, never both: past_count_month names the one import that holds
-- it, and the preview, the commit and the desk's save check it.

-- One uploaded file, committed as a whole; undone as a whole (its rows deleted, this line kept).
CREATE TABLE past_count_import (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    file_name    VARCHAR(255)  NOT NULL,
    digest       CHAR(64)      NOT NULL,
    row_count    INT           NOT NULL,
    first_month  DATE          NOT NULL,
    last_month   DATE          NOT NULL,
    interactions BIGINT        NOT NULL,
    persons      BIGINT        NOT NULL,
    imported_at  DATETIME(3)   NOT NULL,
    imported_by  VARCHAR(60)   NOT NULL,
    undone_at    DATETIME(3)   NULL,
    undone_by    VARCHAR(60)   NULL,
    INDEX ix_past_count_import_at (imported_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The desks' months an import holds: one import at most per desk and month (the primary key).
CREATE TABLE past_count_month (
    desk_id   BIGINT NOT NULL,
    month     DATE   NOT NULL,
    import_id BIGINT NOT NULL,
    PRIMARY KEY (desk_id, month),
    INDEX ix_past_count_month_import (import_id),
    CONSTRAINT fk_past_count_month_desk FOREIGN KEY (desk_id) REFERENCES desk (id),
    CONSTRAINT fk_past_count_month_import FOREIGN KEY (import_id) REFERENCES past_count_import (id)
) ENGINE = InnoDB;

-- The counts: month (its first day), desk, channel ('' not given), origin — an ISO 3166-1 country, with a
-- département when French; '' not given; XE "rest of Europe, country not given" and XW "rest of the world,
-- country not given" (user-assigned ISO codes, placed by reference.WorldRegion) — interactions and persons.
CREATE TABLE past_count (
    month        DATE        NOT NULL,
    desk_id      BIGINT      NOT NULL,
    channel      VARCHAR(20) NOT NULL,
    country      CHAR(2)     NOT NULL,
    departement  VARCHAR(3)  NOT NULL,
    import_id    BIGINT      NOT NULL,
    interactions INT         NOT NULL,
    persons      INT         NOT NULL,
    PRIMARY KEY (month, desk_id, channel, country, departement),
    INDEX ix_past_count_import (import_id),
    CONSTRAINT fk_past_count_month FOREIGN KEY (desk_id, month) REFERENCES past_count_month (desk_id, month)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;
