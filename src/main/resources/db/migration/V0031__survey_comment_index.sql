-- The listening report's newest comments (issue 16, decision 0034): "order by answered_on desc, id limit 50" read
-- the period's answers through ix_survey_answer_day (answered_on, desk_id) and sorted them all, 185,000 of a
-- network's year, to keep 50 (260 ms). In this index's order the newest come first and the read stops at the 50th
-- comment; the desk is in it so that an office's reads are filtered without the row. It takes the old index's
-- place: the figures read survey_day now, and every read of the answers by day is served by this one (the foreign
-- key on desk_id has an index of its own).
DROP INDEX ix_survey_answer_day ON survey_answer;
CREATE INDEX ix_survey_answer_comments ON survey_answer (answered_on DESC, id, desk_id);
