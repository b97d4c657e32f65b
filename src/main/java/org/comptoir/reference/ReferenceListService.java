package org.comptoir.reference;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.comptoir.base.RuleViolation;
import org.comptoir.security.DeskDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists an admin keeps — desks, interests, question topics — and each desk's quick-count
 * buttons. Everyone signed in reads them; admins add, rename, reorder and retire entries.
 */
@Service
public class ReferenceListService implements DeskDirectory {

    private static final String IS_ADMIN = "hasRole('ADMIN')";

    private final DeskRepository desks;
    private final InterestRepository interests;
    private final QuestionTopicRepository questions;

    ReferenceListService(DeskRepository desks, InterestRepository interests,
                         QuestionTopicRepository questions) {
        this.desks = desks;
        this.interests = interests;
        this.questions = questions;
    }

    /** The entries of a list, in order; retired ones too when asked (for admins and history). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ListItem> items(ListKind kind, boolean includeRetired) {
        var repository = repository(kind);
        var entries = includeRetired ? repository.findAllByOrderBySortOrderAscIdAsc()
                : repository.findByActiveTrueOrderBySortOrderAscIdAsc();
        return entries.stream().map(NamedEntry::toItem).toList();
    }

    /** Code → id of every entry of a list, retired ones too: for loaders and imports, which name entries by code. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public java.util.Map<String, Long> idsByCode(ListKind kind) {
        return repository(kind).findAll().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                NamedEntry::getCode, entry -> java.util.Objects.requireNonNull(entry.getId())));
    }

    @PreAuthorize(IS_ADMIN)
    @Transactional
    public ListItem save(ListKind kind, ListItemDraft draft) {
        var nameFr = draft.nameFr().strip();
        var nameEn = draft.nameEn().strip();
        if (nameFr.isEmpty() || nameEn.isEmpty()) {
            throw new RuleViolation("lists.names.required");
        }
        @SuppressWarnings("unchecked")
        var repository = (EntryRepository<NamedEntry>) repository(kind);
        NamedEntry entry;
        if (draft.id() == null) {
            var code = draft.code().strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
            if (code.isEmpty() || code.length() > 40) {
                throw new RuleViolation("lists.code.invalid");
            }
            if (repository.existsByCode(code)) {
                throw new RuleViolation("lists.code.taken", code);
            }
            entry = newEntry(kind);
            entry.setCode(code);
        } else {
            entry = repository.findById(draft.id()).orElseThrow(() -> new RuleViolation("lists.not-found"));
            if (entry.getVersion() != draft.version()) {
                throw new org.springframework.orm.ObjectOptimisticLockingFailureException(entry.getClass(),
                        draft.id());
            }
        }
        entry.rename(nameFr, nameEn);
        entry.setSortOrder(draft.sortOrder());
        return repository.saveAndFlush(entry).toItem();
    }

    /** Retires an entry (hidden from new entries, kept in history) or brings it back. */
    @PreAuthorize(IS_ADMIN)
    @Transactional
    public ListItem setActive(ListKind kind, long id, boolean active) {
        var entry = repository(kind).findById(id).orElseThrow(() -> new RuleViolation("lists.not-found"));
        entry.setActive(active);
        return entry.toItem();
    }

    /** The quick-count buttons of a desk, in order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ListItem> quickQuestions(long deskId) {
        return questions.quickQuestions(deskId).stream().map(NamedEntry::toItem).toList();
    }

    @PreAuthorize(IS_ADMIN)
    @Transactional
    public void setQuickQuestions(long deskId, List<Long> questionIds) {
        desks.findById(deskId).orElseThrow(() -> new RuleViolation("lists.not-found"));
        questions.clearQuickQuestions(deskId);
        for (int i = 0; i < questionIds.size(); i++) {
            questions.addQuickQuestion(deskId, questionIds.get(i), i);
        }
    }

    /** Desk names are not confidential; the start-up code that creates the first users reads them too. */
    @Override
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<DeskOption> activeDesks(Locale locale) {
        return desks.findByActiveTrueOrderBySortOrderAscIdAsc().stream()
                .map(desk -> new DeskOption(java.util.Objects.requireNonNull(desk.getId()), desk.name(locale)))
                .toList();
    }

    @Override
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<DeskOption> find(long id, Locale locale) {
        return desks.findById(id).map(desk -> new DeskOption(id, desk.name(locale)));
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
