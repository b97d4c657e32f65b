package org.comptoir.complaint;

import static org.comptoir.security.AppRoles.MANAGERS;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.security.OfficeScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The numbers of the "Écoute visiteurs" report about complaints, for directors and admins: per period of
 * receiving, how many, by kind, subject and category, how many answered within their due date, and the median
 * time to answer in days. Read straight from the register in one query: exact counts.
 */
@Service
public class ComplaintFigures {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    private final OfficeScope scope;

    ComplaintFigures(DataSource dataSource, OfficeScope scope, Clock clock, ComptoirProperties properties) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.scope = scope;
        this.clock = clock.withZone(properties.timeZone());
    }

    /** The complaints received from {@code from} to {@code to}, both included; one desk's when {@code deskId} is given. */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public ComplaintPeriodFigures period(LocalDate from, LocalDate to, @Nullable Long deskId) {
        return count(from, to, scope.narrowed(deskId));
    }

    /**
     * The complaints received from {@code from} to {@code to} at these desks (empty: every desk), held to the
     * reader's offices: a complaint counts where it was received or is handled.
     */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public ComplaintPeriodFigures period(LocalDate from, LocalDate to, Optional<Set<Long>> desks) {
        return count(from, to, scope.narrowed(desks));
    }

    private ComplaintPeriodFigures count(LocalDate from, LocalDate to, Optional<Set<Long>> desks) {
        var today = LocalDate.now(clock);
        var byKind = new EnumMap<ComplaintKind, ComplaintNumbers>(ComplaintKind.class);
        var bySubject = new EnumMap<ComplaintSubject, ComplaintNumbers>(ComplaintSubject.class);
        var byCategory = new TreeMap<ComplaintCategory, ComplaintNumbers>();
        var total = new ComplaintNumbers[] {ComplaintNumbers.NONE};
        var daysToAnswer = new ArrayList<Long>();
        jdbc.query(
                """
                select kind, category, status, received_on, due_date, answered_on
                from complaint
                where received_on between :from and :to and (:everyDesk or desk_id in (:desks))""",
                new MapSqlParameterSource(OfficeScope.sqlDesks(desks))
                        .addValue("from", from)
                        .addValue("to", to),
                row -> {
                    var received = row.getObject("received_on", LocalDate.class);
                    var due = row.getObject("due_date", LocalDate.class);
                    var answeredOn = row.getObject("answered_on", LocalDate.class);
                    var answered = answeredOn != null;
                    var numbers = new ComplaintNumbers(
                            1,
                            answered ? 1 : 0,
                            answered && !answeredOn.isAfter(due) ? 1 : 0,
                            // closed unanswered (nobody to answer): neither in time nor late
                            !answered
                                            && ComplaintStatus.valueOf(row.getString("status"))
                                                    .awaitingAnswer()
                                            && due.isBefore(today)
                                    ? 1
                                    : 0);
                    if (answered) {
                        daysToAnswer.add(answeredOn.toEpochDay() - received.toEpochDay());
                    }
                    var category = ComplaintCategory.valueOf(row.getString("category"));
                    total[0] = total[0].plus(numbers);
                    byKind.merge(ComplaintKind.valueOf(row.getString("kind")), numbers, ComplaintNumbers::plus);
                    bySubject.merge(category.subject(), numbers, ComplaintNumbers::plus);
                    byCategory.merge(category, numbers, ComplaintNumbers::plus);
                });
        return new ComplaintPeriodFigures(from, to, total[0], byKind, bySubject, byCategory, median(daysToAnswer));
    }

    /** The middle value, or the mean of the two middle ones; null for no values. */
    static @Nullable Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        var sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1
                ? (double) sorted.get(middle)
                : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
