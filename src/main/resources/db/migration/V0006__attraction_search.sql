-- The attraction list answers each keystroke with a page and a count. With 20,000 attractions (a
-- department-wide import) the optimizer walked an index in list order and read every row to test the
-- search words and filters: 100 to 700 ms a keystroke. Each ordering of the list now has an index that
-- also holds the folded search text, and the default one (by name) every filter but category and
-- interest, so that they are tested inside the index and only the rows shown are read.
-- An index entry holds at most 3,072 bytes: the search text is capped at 530 characters (names,
-- commune and labels, folded: far more than real records need).
UPDATE attraction SET search_text = LEFT(search_text, 530) WHERE CHAR_LENGTH(search_text) > 530;

ALTER TABLE attraction
    MODIFY search_text VARCHAR(530) NOT NULL,
    DROP INDEX ix_attraction_name,
    DROP INDEX ix_attraction_drive,
    DROP INDEX ix_attraction_category,
    ADD INDEX ix_attraction_name (active, name_fr, id, drive_minutes_effective, months_open, closed_days,
        family_friendly, reduced_mobility, indoor, dogs_allowed, search_text),
    ADD INDEX ix_attraction_drive (active, drive_minutes_effective, name_fr, id, search_text),
    ADD INDEX ix_attraction_category (active, category, name_fr, id, search_text);
