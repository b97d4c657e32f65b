package org.comptoir.reference;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.comptoir.base.Recheck;
import org.comptoir.security.DeskOffices;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every desk's office, in memory (decision 0035): every save and every read of interactions asks it, and desks
 * are few and seldom change. A change (a desk added, or moved to another office) raises {@code cache_version}
 * {@value #NAME} in its own transaction and drops this instance's snapshot; the other instances of a cluster
 * compare their snapshot's version with the database's at most once per {@link #RECHECK}, as the suggestions'
 * attractions do (decision 0028). A desk the snapshot does not know has it read again at once: a desk added on
 * another instance is known on this one as soon as someone names it. Not a secured service: which desks make an
 * office is what {@code OfficeScope} needs to check everyone's reach.
 */
@Component
class DeskOfficeMap implements DeskOffices {

    static final String NAME = "desks";
    static final Duration RECHECK = Duration.ofSeconds(1);

    private final JdbcTemplate jdbc;
    private final AtomicReference<@Nullable Snapshot> snapshot = new AtomicReference<>();

    /**
     * Each desk's office and each office's desks as of {@code version}, and the first office, compared with the
     * database's when {@code recheck} is due.
     */
    private record Snapshot(
            Map<Long, Long> officeByDesk,
            Map<Long, Set<Long>> desksByOffice,
            long firstOffice,
            long version,
            Recheck recheck) {}

    DeskOfficeMap(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean exists(long deskId) {
        return officeOf(deskId).isPresent();
    }

    @Override
    public Optional<Long> officeOf(long deskId) {
        var office = current().officeByDesk().get(deskId);
        return Optional.ofNullable(office == null ? read().officeByDesk().get(deskId) : office);
    }

    @Override
    public Set<Long> everyDesk() {
        return current().officeByDesk().keySet();
    }

    @Override
    public Set<Long> desksOf(Set<Long> officeIds) {
        var byOffice = current().desksByOffice();
        if (officeIds.size() == 1) {
            return byOffice.getOrDefault(officeIds.iterator().next(), Set.of());
        }
        var desks = new TreeSet<Long>();
        officeIds.forEach(office -> desks.addAll(byOffice.getOrDefault(office, Set.of())));
        return desks;
    }

    @Override
    public long firstOffice() {
        return current().firstOffice();
    }

    /**
     * In the transaction that adds a desk or moves one: raises the version for the other instances, and drops this
     * instance's snapshot now (this transaction reads its own change) and again when the transaction ends (another
     * thread may have read the desks meanwhile, without the change, or the change may roll back).
     */
    void changed() {
        jdbc.update("update cache_version set version = version + 1 where name = ?", NAME);
        snapshot.set(null);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    snapshot.set(null);
                }
            });
        }
    }

    private Snapshot current() {
        var current = snapshot.get();
        if (current != null && !stale(current)) {
            return current;
        }
        return read();
    }

    private Snapshot read() {
        // the version first: a change committed between the two reads makes the next check read again
        var version = version();
        var officeByDesk = new HashMap<Long, Long>();
        var desksByOffice = new HashMap<Long, SortedSet<Long>>();
        jdbc.query("select id, office_id from desk", row -> {
            officeByDesk.put(row.getLong("id"), row.getLong("office_id"));
            desksByOffice
                    .computeIfAbsent(row.getLong("office_id"), office -> new TreeSet<>())
                    .add(row.getLong("id"));
        });
        var first = jdbc.queryForObject("select min(id) from office", Long.class);
        if (first == null) {
            throw new IllegalStateException("no office: migration V0025 not run");
        }
        desksByOffice.replaceAll((office, ids) -> Collections.unmodifiableSortedSet(ids));
        var fresh =
                new Snapshot(Map.copyOf(officeByDesk), Map.copyOf(desksByOffice), first, version, new Recheck(RECHECK));
        snapshot.set(fresh);
        return fresh;
    }

    /** Whether another instance changed the desks since the snapshot: asks the database once per RECHECK. */
    private boolean stale(Snapshot current) {
        return current.recheck().due() && version() != current.version();
    }

    private long version() {
        var version = jdbc.queryForObject("select version from cache_version where name = ?", Long.class, NAME);
        return version == null ? 0 : version;
    }
}
