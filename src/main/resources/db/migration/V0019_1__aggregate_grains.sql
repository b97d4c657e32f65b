-- Grains that pay for themselves (ADR 0022): the year grain only where whole years are read with many rows per
-- month (origins, topics, picks: the recovery, interests and suggestions reports); elsewhere (stays, staff,
-- hours) a year is read as its twelve month rows. Ids in 4 bytes instead of 8 in every key (desks, topics,
-- attractions, interests number in the thousands at most).
DELETE FROM report_stay WHERE grain = 'Y';
DELETE FROM report_staff WHERE grain = 'Y';
DELETE FROM report_hours WHERE grain = 'Y';

ALTER TABLE report_origin MODIFY desk_id INT NOT NULL;
ALTER TABLE report_stay MODIFY desk_id INT NOT NULL;
ALTER TABLE report_topic MODIFY desk_id INT NOT NULL, MODIFY topic_id INT NOT NULL;
ALTER TABLE report_staff MODIFY desk_id INT NOT NULL;
ALTER TABLE report_hours MODIFY desk_id INT NOT NULL;
ALTER TABLE report_pick MODIFY desk_id INT NOT NULL, MODIFY attraction_id INT NOT NULL, MODIFY interest_id INT NOT NULL;
