-- Every list and count of interactions reads the live ones (deleted = false) of a period; measured with
-- 5 million rows in docs/benchmarks.md. With "deleted" in the index, right after the equality columns:
--  - a count (the history of a month, of a desk, of a country) is read from the index alone, instead of
--    reading every row of the month to check its flag;
--  - a page, newest first, is read in index order without sorting: InnoDB appends the primary key, the
--    tie-breaker, to every index.
-- Queries must say "deleted = false" (an equality), not "not(deleted)", for MariaDB to use them.
ALTER TABLE interaction
    DROP INDEX ix_interaction_day,
    ADD INDEX ix_interaction_day (deleted, occurred_at),
    DROP INDEX ix_interaction_desk_day,
    ADD INDEX ix_interaction_desk_day (desk_id, deleted, occurred_at),
    DROP INDEX ix_interaction_country,
    ADD INDEX ix_interaction_country (country, deleted, occurred_at);
