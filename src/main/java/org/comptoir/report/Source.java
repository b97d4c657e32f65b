package org.comptoir.report;

import java.util.List;
import java.util.Set;

/** The aggregate tables, what each can be split by, and the raw rows each is computed from. */
enum Source {
    ORIGIN("report_origin", "interaction i", Set.of(Dim.COUNTRY, Dim.DEPARTEMENT)),
    STAY("report_stay", "interaction i", Set.of(Dim.MARKET, Dim.STAY)),
    // interests and questions as rows of their own, each with its interaction's columns: read once, no join after
    TOPIC("report_topic", """
            (SELECT i.*, 'I' AS kind, x.interest_id AS topic_id
               FROM interaction i JOIN interaction_interest x ON x.interaction_id = i.id
             UNION ALL
             SELECT i.*, 'Q' AS kind, q.question_topic_id AS topic_id
               FROM interaction i JOIN interaction_question q ON q.interaction_id = i.id) i""",
            Set.of(Dim.KIND, Dim.TOPIC, Dim.MARKET)),
    STAFF("report_staff", "interaction i", Set.of(Dim.COUNSELLOR)),
    HOURS("report_hours", "interaction i", Set.of(Dim.WEEKDAY, Dim.HOUR)),
    PICK("report_pick", "interaction i JOIN interaction_pick p ON p.interaction_id = i.id",
            Set.of(Dim.ATTRACTION, Dim.MARKET, Dim.INTEREST));

    private static final Set<Dim> EVERYWHERE = Set.of(Dim.YEAR, Dim.MONTH, Dim.DESK, Dim.CHANNEL);

    final String table;
    final String rawRows;
    private final Set<Dim> dims;

    Source(String table, String rawRows, Set<Dim> dims) {
        this.table = table;
        this.rawRows = rawRows;
        this.dims = dims;
    }

    void check(List<Dim> asked) {
        for (var dim : asked) {
            if (!EVERYWHERE.contains(dim) && !dims.contains(dim)) {
                throw new IllegalArgumentException(table + " cannot be split by " + dim);
            }
        }
    }
}
