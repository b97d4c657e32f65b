-- What the reports read: counts of the live interactions, kept exact in the same transaction as every save,
-- edit and delete (report.ReportAggregates), rebuilt from the raw rows after a bulk load.
--
-- Each count is kept at three grains: the day ('D', period = the day), the month ('M', period = its first
-- day) and the year ('Y', period = 1 January). A report over 2019–2025 reads seven 'Y' rows per key; over
-- 3 March–12 May it reads the days of March, the month of April and the days of May. Reports that split
-- by month, season, weekday or hour never read the 'Y' grain.
--
-- Key columns hold '' or 0 for "not given" so that they can be part of the primary key. Every table starts
-- with the filters every report has (desk, channel, visitor type) after the period.

-- Visitors by origin: country and French département.
CREATE TABLE report_origin (
    grain          CHAR(1)     NOT NULL,
    period         DATE        NOT NULL,
    desk_id        BIGINT      NOT NULL,
    channel        VARCHAR(20) NOT NULL,
    visitor_type   VARCHAR(30) NOT NULL,
    country        CHAR(2)     NOT NULL,
    departement    VARCHAR(3)  NOT NULL,
    interactions   INT         NOT NULL,
    persons        INT         NOT NULL,
    PRIMARY KEY (grain, period, desk_id, channel, visitor_type, country, departement)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;

-- The tables below split by market rather than country (F France, E rest of Europe, W rest of the world,
-- '' not given; report.MarketCodes): what their reports show, in a tenth of the rows.

-- Length of stay, by market.
CREATE TABLE report_stay (
    grain          CHAR(1)     NOT NULL,
    period         DATE        NOT NULL,
    desk_id        BIGINT      NOT NULL,
    channel        VARCHAR(20) NOT NULL,
    visitor_type   VARCHAR(30) NOT NULL,
    market         CHAR(1)     NOT NULL,
    stay_length    VARCHAR(20) NOT NULL,
    interactions   INT         NOT NULL,
    persons        INT         NOT NULL,
    PRIMARY KEY (grain, period, desk_id, channel, visitor_type, market, stay_length)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;

-- Interests (kind 'I') and questions (kind 'Q'), by market.
CREATE TABLE report_topic (
    grain          CHAR(1)     NOT NULL,
    period         DATE        NOT NULL,
    desk_id        BIGINT      NOT NULL,
    channel        VARCHAR(20) NOT NULL,
    visitor_type   VARCHAR(30) NOT NULL,
    kind           CHAR(1)     NOT NULL,
    topic_id       BIGINT      NOT NULL,
    market         CHAR(1)     NOT NULL,
    interactions   INT         NOT NULL,
    persons        INT         NOT NULL,
    PRIMARY KEY (grain, period, desk_id, channel, visitor_type, kind, topic_id, market)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;

-- Desk activity by counsellor (and by channel, desk and month, which every table has).
CREATE TABLE report_staff (
    grain          CHAR(1)     NOT NULL,
    period         DATE        NOT NULL,
    desk_id        BIGINT      NOT NULL,
    channel        VARCHAR(20) NOT NULL,
    visitor_type   VARCHAR(30) NOT NULL,
    counsellor     VARCHAR(60) NOT NULL,
    interactions   INT         NOT NULL,
    persons        INT         NOT NULL,
    PRIMARY KEY (grain, period, desk_id, channel, visitor_type, counsellor)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Desk activity by weekday (1 = Monday) and hour, for staffing.
CREATE TABLE report_hours (
    grain          CHAR(1)     NOT NULL,
    period         DATE        NOT NULL,
    desk_id        BIGINT      NOT NULL,
    channel        VARCHAR(20) NOT NULL,
    visitor_type   VARCHAR(30) NOT NULL,
    weekday        TINYINT     NOT NULL,
    hour           TINYINT     NOT NULL,
    interactions   INT         NOT NULL,
    persons        INT         NOT NULL,
    PRIMARY KEY (grain, period, desk_id, channel, visitor_type, weekday, hour)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;

-- Attractions picked for visitors, by market and by the visitor's interests. A pick is counted
-- once with interest_id = 0, and once more per interest of the interaction.
CREATE TABLE report_pick (
    grain          CHAR(1)     NOT NULL,
    period         DATE        NOT NULL,
    desk_id        BIGINT      NOT NULL,
    channel        VARCHAR(20) NOT NULL,
    visitor_type   VARCHAR(30) NOT NULL,
    attraction_id  BIGINT      NOT NULL,
    market         CHAR(1)     NOT NULL,
    interest_id    BIGINT      NOT NULL,
    picks          INT         NOT NULL,
    PRIMARY KEY (grain, period, desk_id, channel, visitor_type, attraction_id, market, interest_id)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;
