package org.comptoir.report.past;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.comptoir.visit.Channel;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Imported counts written straight into their tables, for the tests of the reports that read them (the
 * import's own path is {@link PastCountService}'s, tested on its own): random months of a desk, each with random
 * rows — countries, départements, markets without their country, unknown origins, channels or none.
 */
public final class PastCountRows {

    private static final String[] ORIGINS = {
        "FR", "FR", "FR", "DE", "GB", "BE", "NL", "ES", "IT", "CH", "US", "CA", "CN", "JP", "BR", "CY", "XE", "XW", ""
    };
    private static final String[] DEPARTEMENTS = {"", "63", "63", "03", "15", "75", "2A", "974"};

    private PastCountRows() {}

    /** Writes {@code months} random months of {@code deskId} between {@code first} and {@code last}. */
    public static void random(
            JdbcTemplate jdbc, Random random, long deskId, YearMonth first, YearMonth last, int months) {
        jdbc.update(
                """
                INSERT INTO past_count_import (file_name, digest, row_count, first_month, last_month, interactions,
                    persons, imported_at, imported_by)
                VALUES ('random.csv', REPEAT('0', 64), 0, ?, ?, 0, 0, ?, 'test')""",
                Date.valueOf(first.atDay(1)),
                Date.valueOf(last.atDay(1)),
                Timestamp.valueOf(LocalDateTime.of(2026, 1, 1, 0, 0)));
        var importId = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        var span =
                (int) (last.getYear() * 12L + last.getMonthValue() - first.getYear() * 12L - first.getMonthValue()) + 1;
        var chosen = new HashSet<YearMonth>();
        while (chosen.size() < Math.min(months, span)) {
            chosen.add(first.plusMonths(random.nextInt(span)));
        }
        var rows = new ArrayList<Object[]>();
        for (var month : chosen) {
            jdbc.update(
                    "INSERT INTO past_count_month (desk_id, month, import_id) VALUES (?, ?, ?)",
                    deskId,
                    Date.valueOf(month.atDay(1)),
                    importId);
            var keys = new HashSet<List<String>>();
            for (int i = 0; i < 1 + random.nextInt(12); i++) {
                var country = ORIGINS[random.nextInt(ORIGINS.length)];
                var departement = "FR".equals(country) ? DEPARTEMENTS[random.nextInt(DEPARTEMENTS.length)] : "";
                var channel =
                        random.nextInt(4) == 0 ? "" : Channel.values()[random.nextInt(Channel.values().length)].name();
                if (keys.add(List.of(channel, country, departement))) {
                    var interactions = random.nextInt(200);
                    rows.add(new Object[] {
                        Date.valueOf(month.atDay(1)),
                        deskId,
                        channel,
                        country,
                        departement,
                        importId,
                        interactions,
                        interactions + random.nextInt(300)
                    });
                }
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO past_count (month, desk_id, channel, country, departement, import_id, interactions,
                    persons) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }
}
