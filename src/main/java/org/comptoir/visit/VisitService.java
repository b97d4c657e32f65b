package org.comptoir.visit;

import static org.comptoir.security.AppRoles.MANAGERS;
import static org.comptoir.security.AppRoles.STAFF;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.RetryOnConflict;
import org.comptoir.base.RuleViolation;
import org.comptoir.reference.Countries;
import org.comptoir.reference.Country;
import org.comptoir.reference.Departements;
import org.comptoir.security.CurrentUser;
import org.comptoir.security.DeskDirectory;
import org.comptoir.security.DeskOffices;
import org.comptoir.security.OfficeScope;
import org.comptoir.security.UserService;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's interactions: saving them while the conversation happens, the day at a desk, edits and
 * deletions with an audit trail, and the history directors search and export.
 *
 * <p>A counsellor changes only their own interactions of the same day; directors and admins any.
 */
@Service
public class VisitService {

    private static final int FREQUENT_COUNTRIES = 8;
    private static final String NOTE = "note";
    private static final Duration FREQUENT_COUNTRIES_PERIOD = Duration.ofDays(30);

    private final InteractionRepository interactions;
    /** Every read and write stays within the signed-in person's offices (decision 0030). */
    private final OfficeScope scope;

    private final InteractionAuditRepository audits;
    private final UserService users;
    private final DeskDirectory desks;
    private final DeskOffices deskOffices;
    private final Countries countries;
    private final Departements departements;
    private final Clock clock;
    private final ZoneId zone;
    private final ApplicationEventPublisher events;
    /** Looked up when a save has parts: their writers' services call this one. */
    private final ObjectProvider<InteractionPartWriter> partWriters;

    private final BackDating backDating;
    /** The desks' months imported from before Comptoir (report.past), where nothing is logged. */
    private final ObjectProvider<ImportedMonths> importedMonths;

    VisitService(
            InteractionRepository interactions,
            InteractionAuditRepository audits,
            UserService users,
            DeskDirectory desks,
            DeskOffices deskOffices,
            Countries countries,
            Departements departements,
            Clock clock,
            ComptoirProperties properties,
            ApplicationEventPublisher events,
            ObjectProvider<InteractionPartWriter> partWriters,
            BackDating backDating,
            ObjectProvider<ImportedMonths> importedMonths,
            OfficeScope scope) {
        this.scope = scope;
        this.interactions = interactions;
        this.audits = audits;
        this.users = users;
        this.desks = desks;
        this.deskOffices = deskOffices;
        this.countries = countries;
        this.departements = departements;
        this.clock = clock;
        this.zone = properties.timeZone();
        this.events = events;
        this.partWriters = partWriters;
        this.backDating = backDating;
        this.importedMonths = importedMonths;
    }

    /** Saves a new interaction, or changes to one; refuses an invalid one, saying what is wrong where. */
    @PreAuthorize(STAFF)
    @Transactional
    @RetryOnConflict
    public InteractionDetails save(InteractionDraft draft) {
        return saveInteraction(draft, null);
    }

    /**
     * The same, with the reason a director gives for a date older than the desk's days back (see
     * {@link BackDating}), kept in the audit.
     */
    @PreAuthorize(STAFF)
    @Transactional
    @RetryOnConflict
    public InteractionDetails save(InteractionDraft draft, @Nullable String dateReason) {
        return saveInteraction(draft, dateReason);
    }

    /**
     * Saves an interaction and, in the same transaction, the parts other features add to it at the desk (the
     * visitor's contact, a follow-up), in their order: a refusal of any part leaves nothing saved.
     */
    @PreAuthorize(STAFF)
    @Transactional
    @RetryOnConflict
    public InteractionDetails save(InteractionDraft draft, List<? extends InteractionPart> parts) {
        var saved = saveInteraction(draft, null);
        for (var part : parts) {
            if (partWriters.orderedStream().noneMatch(writer -> writer.write(saved, part))) {
                throw new IllegalStateException(
                        "no writer for " + part.getClass().getSimpleName());
            }
        }
        return saved;
    }

    private InteractionDetails saveInteraction(InteractionDraft draft, @Nullable String dateReason) {
        var deskId = draft.deskId() != null ? draft.deskId() : defaultDeskId();
        var occurredAt = draft.occurredAt() != null ? draft.occurredAt().withNano(0) : now();
        validate(draft, deskId, occurredAt);
        var me = CurrentUser.name();
        var instant = clock.instant();
        if (draft.id() == null) {
            checkDate(occurredAt, null, dateReason);
            checkImported(deskId, occurredAt, null);
            var interaction = new Interaction(me, instant);
            interaction.apply(draft, occurredAt, deskId);
            var saved = interactions.saveAndFlush(interaction);
            var details = saved.details();
            audits.save(new InteractionAudit(
                    details.id(),
                    instant,
                    me,
                    InteractionAudit.Action.CREATE,
                    withReason(describeCreation(details), dateReason)));
            events.publishEvent(new InteractionChanged(null, details));
            return details;
        }
        var interaction = changeable(draft.id(), draft.version());
        var before = interaction.details();
        checkDate(occurredAt, before.occurredAt(), dateReason);
        checkImported(deskId, occurredAt, before);
        interaction.apply(draft, occurredAt, deskId);
        interaction.touch(me, instant);
        try {
            var after = interactions.saveAndFlush(interaction).details();
            audits.save(new InteractionAudit(
                    after.id(),
                    instant,
                    me,
                    InteractionAudit.Action.UPDATE,
                    withReason(
                            describeChanges(before, after),
                            after.occurredAt().equals(before.occurredAt()) ? null : dateReason)));
            events.publishEvent(new InteractionChanged(before, after));
            return after;
        } catch (ObjectOptimisticLockingFailureException conflict) {
            throw EditConflict.meanwhile();
        }
    }

    /** A quick count: one click at the desk, channel and question only. */
    @PreAuthorize(STAFF)
    @Transactional
    @RetryOnConflict
    public InteractionDetails quickCount(@Nullable Long deskId, Channel channel, long questionId) {
        return saveInteraction(InteractionDraft.quickCount(deskId, channel, questionId), null);
    }

    /** Deletes an interaction: it disappears from lists and reports, and stays in the audit trail. */
    @PreAuthorize(STAFF)
    @Transactional
    @RetryOnConflict
    public void delete(long id, long version) {
        var interaction = changeable(id, version);
        var before = interaction.details();
        var me = CurrentUser.name();
        var instant = clock.instant();
        interaction.markDeleted(me, instant);
        interactions.saveAndFlush(interaction);
        audits.save(new InteractionAudit(id, instant, me, InteractionAudit.Action.DELETE, "deleted: no → yes"));
        events.publishEvent(new InteractionChanged(before, null));
        events.publishEvent(new InteractionDeleted(before));
    }

    /** Every interaction ever saved, deleted ones included (a bulk load refuses a database that has some). */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public long countAll() {
        return interactions.count();
    }

    /** When and where these interactions happened, deleted ones too, by id (for the personal-data rights). */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public Map<Long, InteractionMoment> moments(Collection<Long> ids) {
        return ids.isEmpty()
                ? Map.of()
                : interactions.moments(ids).stream().collect(Collectors.toMap(InteractionMoment::id, moment -> moment));
    }

    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public Optional<InteractionDetails> find(long id) {
        return interactions
                .findById(id)
                .filter(i -> !i.isDeleted())
                .map(Interaction::details)
                .filter(i -> scope.reaches(i.deskId()));
    }

    /**
     * Whether an interaction, deleted or not, was made at a desk of the signed-in person's offices: the follow-ups
     * and contacts hung on it are theirs to see (decision 0030). False for an unknown id.
     */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public boolean reaches(long interactionId) {
        return interactions
                .findById(interactionId)
                .map(i -> scope.reaches(i.details().deskId()))
                .orElse(false);
    }

    /** Today's interactions at a desk, newest first. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public Slice<InteractionDetails> today(long deskId, Pageable pageable) {
        if (!scope.reaches(deskId)) {
            return new SliceImpl<>(List.of(), pageable, false);
        }
        var today = LocalDate.now(clock.withZone(zone));
        return interactions
                .day(
                        deskId,
                        today.atStartOfDay(),
                        today.plusDays(1).atStartOfDay(),
                        PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()))
                .map(Interaction::details);
    }

    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public DayCounters todayCounters(long deskId) {
        var today = LocalDate.now(clock.withZone(zone));
        return interactions.dayCounters(
                deskId, today.atStartOfDay(), today.plusDays(1).atStartOfDay());
    }

    /** The foreign countries most logged at this desk in the last 30 days, most frequent first (8 at most). */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<String> mostFrequentCountries(long deskId) {
        return interactions.mostFrequentCountries(
                deskId, now().minus(FREQUENT_COUNTRIES_PERIOD), PageRequest.of(0, FREQUENT_COUNTRIES));
    }

    /** The profile of the signed-in person's last interaction, for a group arriving together. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public Optional<InteractionDraft> lastProfile() {
        return interactions
                .findFirstByCounsellorAndDeletedFalseAndQuickFalseOrderByCreatedAtDescIdDesc(CurrentUser.name())
                .map(i -> i.details().toDraft().profileCopy());
    }

    /** The signed-in person's desk, or the first desk when they have none. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public long defaultDeskId() {
        return users.currentDeskId()
                .or(() -> desks.activeDesks(Locale.FRENCH).stream().findFirst().map(DeskDirectory.DeskOption::id))
                .orElseThrow(() -> new IllegalStateException("no desk is defined"));
    }

    /** Whether the signed-in person may edit or delete this interaction (the same rule the service applies). */
    @PreAuthorize(STAFF)
    public boolean mayChange(InteractionDetails interaction) {
        return scope.reaches(interaction.deskId())
                && (CurrentUser.isManager()
                        || interaction.counsellor().equals(CurrentUser.name())
                                && interaction.occurredAt().toLocalDate().equals(LocalDate.now(clock.withZone(zone))));
    }

    /**
     * Whether the signed-in person may see this interaction outside the form: directors and admins any (the
     * history), a counsellor today's (the desk's list) and their own.
     */
    @PreAuthorize(STAFF)
    public boolean maySee(InteractionDetails interaction) {
        return scope.reaches(interaction.deskId())
                && (CurrentUser.isManager()
                        || interaction.counsellor().equals(CurrentUser.name())
                        || interaction.occurredAt().toLocalDate().equals(LocalDate.now(clock.withZone(zone))));
    }

    /** A page of the history, newest first. */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public Slice<InteractionDetails> history(HistoryFilter filter, Pageable pageable) {
        var page = PageRequest.of(
                pageable.getPageNumber(),
                pageable.getPageSize(),
                Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
        // a slice, not a page: the view asks historyCount once, not every page for another count
        return interactions
                .findBy(specification(filter), query -> query.slice(page))
                .map(Interaction::details);
    }

    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public long historyCount(HistoryFilter filter) {
        return interactions.count(specification(filter));
    }

    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public List<AuditEntry> audit(long interactionId) {
        var interaction = interactions.findById(interactionId);
        if (interaction.isPresent()
                && !scope.reaches(interaction.get().details().deskId())) {
            return List.of();
        }
        return audits.findByInteractionIdOrderByAtAscIdAsc(interactionId).stream()
                .map(InteractionAudit::entry)
                .toList();
    }

    private Interaction changeable(long id, long version) {
        var interaction = interactions
                .findById(id)
                .filter(i -> !i.isDeleted())
                // another office's interaction is not found, as if it did not exist
                .filter(i -> scope.reaches(i.details().deskId()))
                .orElseThrow(() -> new RuleViolation("interaction.not-found"));
        if (!mayChange(interaction.details())) {
            throw new AccessDeniedException("only your own interactions of today");
        }
        if (interaction.getVersion() != version) {
            throw new EditConflict(interaction.getUpdatedBy());
        }
        return interaction;
    }

    private void validate(InteractionDraft draft, long deskId, LocalDateTime occurredAt) {
        var profile = draft.profile();
        var errors = new LinkedHashMap<String, String>();
        if (profile.adults() < 0 || profile.adults() > InteractionDraft.MAX_PARTY) {
            errors.put("adults", "interaction.party.range");
        }
        if (profile.children() < 0 || profile.children() > InteractionDraft.MAX_PARTY) {
            errors.put("children", "interaction.party.range");
        }
        if (!errors.containsKey("adults") && !errors.containsKey("children") && draft.persons() < 1) {
            errors.put("adults", "interaction.party.empty");
        }
        if (draft.note() != null && draft.note().strip().length() > InteractionDraft.MAX_NOTE) {
            errors.put("note", "interaction.note.too-long");
        }
        if (occurredAt.isAfter(now().plusMinutes(1))) {
            errors.put("occurredAt", "interaction.date.future");
        }
        if (profile.country() != null && countries.find(profile.country()).isEmpty()) {
            errors.put("country", "interaction.country.unknown");
        }
        if (profile.departement() != null) {
            if (!Country.FRANCE.equals(profile.country())) {
                errors.put("departement", "interaction.departement.only-france");
            } else if (departements.find(profile.departement()).isEmpty()) {
                errors.put("departement", "interaction.departement.unknown");
            }
        }
        if (draft.quick() && profile.questionIds().isEmpty()) {
            errors.put("questions", "interaction.quick.question-required");
        }
        var deskExists = deskOffices.exists(deskId);
        if (!scope.reaches(deskId) && deskExists) {
            throw new AccessDeniedException("a desk of another office");
        }
        if (!deskExists) {
            errors.put("desk", "interaction.desk.unknown");
        }
        if (!errors.isEmpty()) {
            throw new InteractionInvalid(errors);
        }
    }

    private void checkDate(LocalDateTime occurredAt, @Nullable LocalDateTime previous, @Nullable String reason) {
        backDating.problem(occurredAt, previous, reason).ifPresent(problem -> {
            throw new InteractionInvalid(Map.of("occurredAt", problem));
        });
    }

    /** A desk's month of imported counts takes no interaction (one moved within it, or to another field, stays). */
    private void checkImported(long deskId, LocalDateTime occurredAt, @Nullable InteractionDetails before) {
        var month = YearMonth.from(occurredAt);
        if (before != null
                && before.deskId() == deskId
                && YearMonth.from(before.occurredAt()).equals(month)) {
            return;
        }
        if (!month.isBefore(YearMonth.from(now()))) {
            // only months already over are imported: today's saves ask nothing
            return;
        }
        if (importedMonths.stream().anyMatch(months -> months.holds(deskId, month))) {
            throw new InteractionInvalid(Map.of("occurredAt", "interaction.date.imported"));
        }
    }

    private static String withReason(String changes, @Nullable String dateReason) {
        return dateReason == null || dateReason.isBlank() ? changes : changes + "\ndate reason: " + dateReason.strip();
    }

    private Specification<Interaction> specification(HistoryFilter filter) {
        var reachable = scope.desks();
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            // "deleted = false", not "not(deleted)": an equality MariaDB can use in the indexes of V0010
            predicates.add(cb.equal(root.get("deleted"), false));
            predicates.add(cb.greaterThanOrEqualTo(
                    root.get("occurredAt"), filter.from().atStartOfDay()));
            predicates.add(
                    cb.lessThan(root.get("occurredAt"), filter.to().plusDays(1).atStartOfDay()));
            if (filter.deskId() != null) {
                predicates.add(cb.equal(root.get("deskId"), filter.deskId()));
            }
            reachable.ifPresent(desks -> predicates.add(
                    desks.isEmpty() ? cb.disjunction() : root.get("deskId").in(desks)));
            if (filter.counsellor() != null) {
                predicates.add(cb.equal(root.get("counsellor"), filter.counsellor()));
            }
            if (filter.country() != null) {
                predicates.add(cb.equal(root.get("country"), filter.country()));
            }
            if (filter.channel() != null) {
                predicates.add(cb.equal(root.get("channel"), filter.channel()));
            }
            if (filter.visitorType() != null) {
                predicates.add(cb.equal(root.get("visitorType"), filter.visitorType()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** What the audit says of a note: that it was written or changed, never its text (it is not kept). */
    public static final String NOTE_CHANGED = "note: changed";

    private static String describeCreation(InteractionDetails details) {
        return fields(details).entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey().equals(NOTE) ? NOTE_CHANGED : e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    private static String describeChanges(InteractionDetails before, InteractionDetails after) {
        var old = fields(before);
        var fresh = fields(after);
        return fresh.keySet().stream()
                .filter(key -> !Objects.equals(old.get(key), fresh.get(key)))
                .map(key -> key.equals(NOTE)
                        ? NOTE_CHANGED
                        : key + ": " + blankAsDash(old.get(key)) + " → " + blankAsDash(fresh.get(key)))
                .collect(Collectors.joining("\n"));
    }

    private static String blankAsDash(@Nullable String value) {
        return value == null || value.isEmpty() ? "—" : value;
    }

    /** The audited fields of an interaction, as plain text. */
    private static Map<String, String> fields(InteractionDetails d) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("occurredAt", d.occurredAt().toString());
        fields.put("desk", String.valueOf(d.deskId()));
        fields.put("channel", d.channel().name());
        fields.put("adults", String.valueOf(d.adults()));
        fields.put("children", String.valueOf(d.children()));
        fields.put("partyType", text(d.partyType()));
        fields.put("visitorType", text(d.visitorType()));
        fields.put("country", text(d.country()));
        fields.put("departement", text(d.departement()));
        fields.put("language", text(d.language()));
        fields.put("stayLength", text(d.stayLength()));
        fields.put("accommodation", text(d.accommodation()));
        fields.put("purpose", text(d.purpose()));
        fields.put("interests", sorted(d.interestIds()));
        fields.put("questions", sorted(d.questionIds()));
        fields.put("outcomes", sorted(d.outcomes()));
        fields.put(NOTE, text(d.note()));
        fields.put("picks", d.pickIds().stream().map(Object::toString).collect(Collectors.joining(",")));
        return fields;
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    private static String sorted(Set<?> values) {
        return values.stream().map(Object::toString).sorted().collect(Collectors.joining(","));
    }

    /** Now at the office: what the desk form compares dates with. */
    @PreAuthorize(STAFF)
    public LocalDateTime officeNow() {
        return now();
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(zone)).withNano(0);
    }
}
