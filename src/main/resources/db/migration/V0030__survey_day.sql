-- The survey's answers counted by day, desk and market (decision 0034): what the satisfaction figures and the
-- listening report read, instead of grouping every raw answer of the period. Kept exact in the same transaction
-- as each answer (survey.SurveyService); answers are never changed nor deleted.
--
-- market is '' when the answer has no market, so that it can be part of the primary key. The sums are those of
-- survey.SurveyNumbers: the optional scores are counted and summed where given; promoters recommend 9 or 10,
-- detractors 6 or less (SurveyNumbers.PROMOTER_FROM and DETRACTOR_UP_TO; SurveyDayTest checks they agree).
CREATE TABLE survey_day (
    answered_on      DATE        NOT NULL,
    desk_id          BIGINT      NOT NULL,
    market           VARCHAR(10) NOT NULL,
    answers          INT         NOT NULL,
    satisfaction_sum INT         NOT NULL,
    welcome_count    INT         NOT NULL,
    welcome_sum      INT         NOT NULL,
    usefulness_count INT         NOT NULL,
    usefulness_sum   INT         NOT NULL,
    recommend_count  INT         NOT NULL,
    promoters        INT         NOT NULL,
    detractors       INT         NOT NULL,
    PRIMARY KEY (answered_on, desk_id, market),
    CONSTRAINT ck_survey_day_market CHECK (market IN ('', 'FRANCE', 'EUROPE', 'LONG_HAUL'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The answers given before this version.
INSERT INTO survey_day (answered_on, desk_id, market, answers, satisfaction_sum, welcome_count, welcome_sum,
                        usefulness_count, usefulness_sum, recommend_count, promoters, detractors)
SELECT answered_on, desk_id, COALESCE(market, ''),
       COUNT(*), SUM(satisfaction),
       COUNT(welcome), COALESCE(SUM(welcome), 0),
       COUNT(usefulness), COALESCE(SUM(usefulness), 0),
       COUNT(recommend),
       SUM(CASE WHEN recommend >= 9 THEN 1 ELSE 0 END),
       SUM(CASE WHEN recommend <= 6 THEN 1 ELSE 0 END)
FROM survey_answer
GROUP BY answered_on, desk_id, COALESCE(market, '');
