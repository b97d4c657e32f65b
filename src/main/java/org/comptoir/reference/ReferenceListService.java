package org.comptoir.reference;

import static org.comptoir.security.AppRoles.ADMINS;
import static org.comptoir.security.AppRoles.ANYONE;
import static org.comptoir.security.AppRoles.SIGNED_IN;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.comptoir.base.RuleViolation;
import org.comptoir.security.AdminAudit;
import org.comptoir.security.AdminAuditKind;
import org.comptoir.security.DeskDirectory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists an admin keeps — desks, interests, question topics — and each desk's quick-count
 * buttons. Everyone signed in reads them; admins add, rename, reorder and retire entries.
 */
@Service
public class ReferenceListService implements DeskDirectory {

    /** Lengths of the columns (see V0002__reference_lists.sql); the form enforces them too. */
    public static final int MAX_CODE = 40;

    public static final int MAX_NAME = 120;
    public static final int MAX_ORDER = 9999;

    private final DeskRepository desks;
    private final InterestRepository interests;
    private final QuestionTopicRepository questions;

    private final OfficeRepository offices;
    private final AdminAudit audit;
    private final DeskOfficeMap deskOffices;

    ReferenceListService(
            DeskRepository desks,
            InterestRepository interests,
            QuestionTopicRepository questions,
            OfficeRepository offices,
            AdminAudit audit,
            DeskOfficeMap deskOffices) {
        this.deskOffices = deskOffices;
        this.offices = offices;
        this.audit = audit;
        this.desks = desks;
        this.interests = interests;
        this.questions = questions;
    }

    /** The entries of a list, in order; retired ones too when asked (for admins and history). */
    @PreAuthorize(SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ListItem> items(ListKind kind, boolean includeRetired) {
        var repository = repository(kind);
        var entries = includeRetired
                ? repository.findAllByOrderBySortOrderAscIdAsc()
                : repository.findByActiveTrueOrderBySortOrderAscIdAsc();
        return entries.stream().map(NamedEntry::toItem).toList();
    }

    /**
     * The active entries a desk's form offers (issue 16): the network's list less what the desk's office hides from
     * it (Admin › Offices). The desks' list and an unknown desk: the active entries.
     */
    @PreAuthorize(SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ListItem> offered(ListKind kind, long deskId) {
        var hidden = desks.findById(deskId)
                .map(Desk::getOfficeId)
                .flatMap(offices::findById)
                .map(office -> office.hidden(kind))
                .orElse(Set.of());
        return items(kind, false).stream()
                .filter(item -> !hidden.contains(item.id()))
                .toList();
    }

    /** Code → id of every entry of a list, retired ones too: for loaders and imports, which name entries by code. */
    @PreAuthorize(ANYONE)
    @Transactional(readOnly = true)
    public Map<String, Long> idsByCode(ListKind kind) {
        return repository(kind).findAll().stream()
                .collect(Collectors.toUnmodifiableMap(
                        NamedEntry::getCode, entry -> Objects.requireNonNull(entry.getId())));
    }

    /**
     * Adds an entry (no id) or renames and reorders one. The code is set once: history and reports
     * refer to it. Refused with a {@link RuleViolation} whose key names the field ({@code lists.code.*},
     * {@code lists.name-fr.*}, {@code lists.name-en.*}, {@code lists.order.*}).
     */
    @PreAuthorize(ADMINS)
    @Transactional
    public ListItem save(ListKind kind, ListItemDraft draft) {
        var nameFr = name(draft.nameFr(), "lists.name-fr");
        var nameEn = name(draft.nameEn(), "lists.name-en");
        if (draft.sortOrder() < 0 || draft.sortOrder() > MAX_ORDER) {
            throw new RuleViolation("lists.order.range", MAX_ORDER);
        }
        @SuppressWarnings("unchecked")
        var repository = (EntryRepository<NamedEntry>) repository(kind);
        NamedEntry entry;
        if (draft.id() == null) {
            var code = code(draft.code());
            if (repository.existsByCode(code)) {
                throw new RuleViolation("lists.code.taken", code);
            }
            entry = newEntry(kind);
            entry.setCode(code);
            if (entry instanceof Desk desk) {
                // a new desk joins the first office; the offices page moves it (decision 0030)
                desk.setOfficeId(deskOffices.firstOffice());
            }
        } else {
            entry = repository.findById(draft.id()).orElseThrow(() -> new RuleViolation("lists.not-found"));
            if (entry.getVersion() != draft.version()) {
                throw new ObjectOptimisticLockingFailureException(entry.getClass(), draft.id());
            }
        }
        var before = draft.id() == null ? null : entry.toItem();
        entry.rename(nameFr, nameEn);
        entry.setSortOrder(draft.sortOrder());
        var saved = repository.saveAndFlush(entry).toItem();
        if (before == null && kind == ListKind.DESK) {
            deskOffices.changed();
        }
        var changes = AdminAudit.changes(
                "name (fr)",
                before == null ? null : before.nameFr(),
                saved.nameFr(),
                "name (en)",
                before == null ? null : before.nameEn(),
                saved.nameEn(),
                "order",
                before == null ? null : before.sortOrder(),
                saved.sortOrder());
        if (!changes.isEmpty()) {
            audit.record(
                    AdminAuditKind.LIST_ITEM,
                    saved.id(),
                    kind.name() + " " + saved.code() + (before == null ? " created; " : "; ") + changes);
        }
        return saved;
    }

    /**
     * Retires an entry (hidden from new entries, kept in history) or brings it back. The last active
     * desk stays: without one, nobody could record a visit.
     */
    @PreAuthorize(ADMINS)
    @Transactional
    public ListItem setActive(ListKind kind, long id, boolean active) {
        @SuppressWarnings("unchecked")
        var repository = (EntryRepository<NamedEntry>) repository(kind);
        var entry = repository.findById(id).orElseThrow(() -> new RuleViolation("lists.not-found"));
        if (kind == ListKind.DESK
                && !active
                && entry.isActive()
                && desks.findByActiveTrueOrderBySortOrderAscIdAsc().size() == 1) {
            throw new RuleViolation("lists.desk.last-active");
        }
        if (entry.isActive() != active) {
            audit.record(
                    AdminAuditKind.LIST_ITEM,
                    id,
                    kind.name() + " " + entry.getCode() + "; "
                            + AdminAudit.changes("active", entry.isActive(), active));
        }
        entry.setActive(active);
        // flushed so that the version handed back is the one a later rename must quote
        return repository.saveAndFlush(entry).toItem();
    }

    /** The quick-count buttons of a desk, in order. */
    @PreAuthorize(SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ListItem> quickQuestions(long deskId) {
        return questions.quickQuestions(deskId).stream().map(NamedEntry::toItem).toList();
    }

    /**
     * Sets a desk's quick-count buttons, in the given order. Only active question topics can be
     * buttons; a topic given twice counts once.
     */
    @PreAuthorize(ADMINS)
    @Transactional
    public void setQuickQuestions(long deskId, List<Long> questionIds) {
        desks.findById(deskId).orElseThrow(() -> new RuleViolation("lists.not-found"));
        var active = questions.findByActiveTrueOrderBySortOrderAscIdAsc().stream()
                .map(NamedEntry::getId)
                .collect(Collectors.toSet());
        var ordered = List.copyOf(new LinkedHashSet<>(questionIds));
        if (!active.containsAll(ordered)) {
            throw new RuleViolation("lists.quick.unknown");
        }
        var before =
                questions.quickQuestions(deskId).stream().map(NamedEntry::getId).toList();
        if (!before.equals(ordered)) {
            audit.record(
                    AdminAuditKind.LIST_ITEM,
                    deskId,
                    "DESK quick questions; " + AdminAudit.changes("ids", before, ordered));
        }
        questions.clearQuickQuestions(deskId);
        for (int i = 0; i < ordered.size(); i++) {
            questions.addQuickQuestion(deskId, ordered.get(i), i);
        }
    }

    /** Desk names are not confidential; the start-up code that creates the first users reads them too. */
    @Override
    @PreAuthorize(ANYONE)
    @Transactional(readOnly = true)
    public List<DeskOption> activeDesks(Locale locale) {
        return desks.findByActiveTrueOrderBySortOrderAscIdAsc().stream()
                .map(desk -> new DeskOption(Objects.requireNonNull(desk.getId()), desk.name(locale)))
                .toList();
    }

    @Override
    @PreAuthorize(ANYONE)
    @Transactional(readOnly = true)
    public Optional<DeskOption> find(long id, Locale locale) {
        return desks.findById(id).map(desk -> new DeskOption(id, desk.name(locale)));
    }

    /** Codes are upper case, digits and underscores; spaces and dashes typed are taken as underscores. */
    private static String code(String typed) {
        var code = typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        if (code.isEmpty()) {
            throw new RuleViolation("lists.code.required");
        }
        if (!code.matches("[A-Z0-9_]{1," + MAX_CODE + "}")) {
            throw new RuleViolation("lists.code.invalid", MAX_CODE);
        }
        return code;
    }

    private static String name(String typed, String keyPrefix) {
        var name = typed.strip();
        if (name.isEmpty()) {
            throw new RuleViolation(keyPrefix + ".required");
        }
        if (name.length() > MAX_NAME) {
            throw new RuleViolation(keyPrefix + ".too-long", MAX_NAME);
        }
        return name;
    }

    private EntryRepository<? extends NamedEntry> repository(ListKind kind) {
        return switch (kind) {
            case DESK -> desks;
            case INTEREST -> interests;
            case QUESTION -> questions;
        };
    }

    private static NamedEntry newEntry(ListKind kind) {
        return switch (kind) {
            case DESK -> new Desk();
            case INTEREST -> new Interest();
            case QUESTION -> new QuestionTopic();
        };
    }
}
