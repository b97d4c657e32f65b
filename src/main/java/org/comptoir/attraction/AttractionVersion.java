package org.comptoir.attraction;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The attractions' version in the database (row {@code attractions} of {@code cache_version}): raised in the
 * transaction of every change that publishes {@link AttractionsChanged}, read by the caches of every instance
 * of a cluster to notice another instance's change.
 */
@Component
public class AttractionVersion {

    static final String NAME = "attractions";

    private final JdbcTemplate jdbc;

    AttractionVersion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The version now: one read by primary key. */
    public long current() {
        var version = jdbc.queryForObject("select version from cache_version where name = ?", Long.class, NAME);
        return version == null ? 0 : version;
    }

    /** In the transaction of the change (a plain listener runs in the publisher's transaction). */
    @EventListener
    void on(AttractionsChanged change) {
        jdbc.update("update cache_version set version = version + 1 where name = ?", NAME);
    }
}
