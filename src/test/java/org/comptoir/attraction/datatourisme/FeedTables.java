package org.comptoir.attraction.datatourisme;

import org.springframework.jdbc.core.JdbcTemplate;

/** Puts the feed's tables back as a test found them: no settings, no run, nothing of its points. */
final class FeedTables {

    private FeedTables() {}

    static void clear(JdbcTemplate jdbc, String prefix) {
        jdbc.update("delete from import_feed_review where source_uri like ?", prefix + "%");
        jdbc.update("delete from import_feed_point where source_uri like ?", prefix + "%");
        jdbc.update("delete from import_feed_run");
        jdbc.update("delete from import_feed");
        jdbc.update("delete from attraction where source = 'DATATOURISME' and source_uri like ?", prefix + "%");
    }
}
