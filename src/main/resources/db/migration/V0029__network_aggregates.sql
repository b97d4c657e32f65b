-- The network's counts (issue 16, decision 0033): every desk's months and years added up under desk 0, so that the
-- network's year reads one row per key instead of one per desk. Desk ids start at 1. From now on the applier folds
-- each change into desk 0 too, and a rebuild counts it again; here the rows folded so far are added up once
-- (desk 0's rows emptied first: a database whose aggregates were rebuilt by newer code before this ran has them).

DELETE FROM report_origin WHERE desk_id = 0;
INSERT INTO report_origin (grain, period, desk_id, channel, visitor_type, country, departement, interactions, persons)
SELECT grain, period, 0, channel, visitor_type, country, departement, SUM(interactions), SUM(persons)
  FROM report_origin WHERE grain IN ('M', 'Y') AND desk_id <> 0
 GROUP BY grain, period, channel, visitor_type, country, departement;

DELETE FROM report_stay WHERE desk_id = 0;
INSERT INTO report_stay (grain, period, desk_id, channel, visitor_type, market, stay_length, interactions, persons)
SELECT grain, period, 0, channel, visitor_type, market, stay_length, SUM(interactions), SUM(persons)
  FROM report_stay WHERE grain IN ('M', 'Y') AND desk_id <> 0
 GROUP BY grain, period, channel, visitor_type, market, stay_length;

DELETE FROM report_topic WHERE desk_id = 0;
INSERT INTO report_topic (grain, period, desk_id, channel, visitor_type, kind, topic_id, market, interactions, persons)
SELECT grain, period, 0, channel, visitor_type, kind, topic_id, market, SUM(interactions), SUM(persons)
  FROM report_topic WHERE grain IN ('M', 'Y') AND desk_id <> 0
 GROUP BY grain, period, channel, visitor_type, kind, topic_id, market;

DELETE FROM report_staff WHERE desk_id = 0;
INSERT INTO report_staff (grain, period, desk_id, channel, visitor_type, counsellor, interactions, persons)
SELECT grain, period, 0, channel, visitor_type, counsellor, SUM(interactions), SUM(persons)
  FROM report_staff WHERE grain IN ('M', 'Y') AND desk_id <> 0
 GROUP BY grain, period, channel, visitor_type, counsellor;

DELETE FROM report_hours WHERE desk_id = 0;
INSERT INTO report_hours (grain, period, desk_id, channel, visitor_type, weekday, hour, interactions, persons)
SELECT grain, period, 0, channel, visitor_type, weekday, hour, SUM(interactions), SUM(persons)
  FROM report_hours WHERE grain IN ('M', 'Y') AND desk_id <> 0
 GROUP BY grain, period, channel, visitor_type, weekday, hour;

DELETE FROM report_pick WHERE desk_id = 0;
INSERT INTO report_pick (grain, period, desk_id, channel, visitor_type, attraction_id, market, interest_id, picks)
SELECT grain, period, 0, channel, visitor_type, attraction_id, market, interest_id, SUM(picks)
  FROM report_pick WHERE grain IN ('M', 'Y') AND desk_id <> 0
 GROUP BY grain, period, channel, visitor_type, attraction_id, market, interest_id;
