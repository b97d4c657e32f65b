package org.comptoir.reference;

import static org.comptoir.security.AppRoles.ADMINS;
import static org.comptoir.security.AppRoles.ANYONE;
import static org.comptoir.security.AppRoles.SIGNED_IN;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.comptoir.base.RuleViolation;
import org.comptoir.security.AdminAudit;
import org.comptoir.security.AdminAuditKind;
import org.comptoir.security.OfficeDirectory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offices of the network (issue 16, decision 0030): admins create and rename them and say which office each
 * desk belongs to. An office's names are not personal data; everyone signed in reads them.
 */
@Service
public class OfficeService implements OfficeDirectory {

    public static final int MAX_NAME = 120;

    private final OfficeRepository offices;
    private final DeskRepository desks;
    private final AdminAudit audit;
    private final InterestRepository interests;
    private final QuestionTopicRepository questions;
    private final DeskOfficeMap deskOffices;

    OfficeService(
            OfficeRepository offices,
            DeskRepository desks,
            AdminAudit audit,
            InterestRepository interests,
            QuestionTopicRepository questions,
            DeskOfficeMap deskOffices) {
        this.deskOffices = deskOffices;
        this.interests = interests;
        this.questions = questions;
        this.offices = offices;
        this.desks = desks;
        this.audit = audit;
    }

    /** Every office, by name. */
    @PreAuthorize(SIGNED_IN)
    @Transactional(readOnly = true)
    public List<OfficeSummary> offices() {
        return offices.findAllByOrderByNameAscIdAsc().stream()
                .map(Office::toSummary)
                .toList();
    }

    /**
     * Creates an office ({@code id} null) or renames one. Refused with a {@link RuleViolation}: {@code
     * office.name.required}, {@code office.name.length}, {@code office.name.taken}, {@code office.not-found}.
     */
    @PreAuthorize(ADMINS)
    @Transactional
    public OfficeSummary save(Long id, long version, String name) {
        var stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new RuleViolation("office.name.required");
        }
        if (stripped.length() > MAX_NAME) {
            throw new RuleViolation("office.name.length", MAX_NAME);
        }
        if (offices.existsByNameAndIdNot(stripped, id == null ? -1 : id)) {
            throw new RuleViolation("office.name.taken", stripped);
        }
        if (id == null) {
            var created = offices.saveAndFlush(new Office(stripped)).toSummary();
            audit.record(AdminAuditKind.OFFICE, created.id(), "created " + stripped);
            return created;
        }
        var office = offices.findById(id).orElseThrow(() -> new RuleViolation("office.not-found"));
        if (office.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Office.class, id);
        }
        var changes = AdminAudit.changes("name", office.getName(), stripped);
        office.setName(stripped);
        var saved = offices.saveAndFlush(office).toSummary();
        if (!changes.isEmpty()) {
            audit.record(AdminAuditKind.OFFICE, id, changes);
        }
        return saved;
    }

    /** Moves a desk to an office. Its past interactions go with it: they were made at that desk. */
    @PreAuthorize(ADMINS)
    @Transactional
    public void assignDesk(long deskId, long officeId) {
        var desk = desks.findById(deskId).orElseThrow(() -> new RuleViolation("lists.not-found"));
        offices.findById(officeId).orElseThrow(() -> new RuleViolation("office.not-found"));
        if (!Objects.equals(desk.getOfficeId(), officeId)) {
            audit.record(
                    AdminAuditKind.OFFICE,
                    officeId,
                    "DESK " + desk.getCode() + "; " + AdminAudit.changes("office", desk.getOfficeId(), officeId));
            desk.setOfficeId(officeId);
            desks.saveAndFlush(desk);
            deskOffices.changed();
        }
    }

    /**
     * The interests or questions an office hides from its desks' forms (issue 16); none for the desks' list. Entries
     * are not personal: everyone signed in reads them.
     */
    @PreAuthorize(SIGNED_IN)
    @Transactional(readOnly = true)
    public Set<Long> hidden(long officeId, ListKind kind) {
        return offices.findById(officeId).map(office -> office.hidden(kind)).orElse(Set.of());
    }

    /**
     * Sets the interests or questions an office hides from its desks' forms; the others offer them still, and the
     * history and the reports keep them. Refused with a {@link RuleViolation}: {@code office.not-found}, {@code
     * office.hidden.kind} (only interests and questions are hidden), {@code lists.not-found} (an unknown entry).
     */
    @PreAuthorize(ADMINS)
    @Transactional
    public void setHidden(long officeId, ListKind kind, Set<Long> entryIds) {
        if (kind == ListKind.DESK) {
            throw new RuleViolation("office.hidden.kind");
        }
        var office = offices.findById(officeId).orElseThrow(() -> new RuleViolation("office.not-found"));
        var known = kind == ListKind.INTEREST ? interests.findAllById(entryIds) : questions.findAllById(entryIds);
        if (known.size() != entryIds.size()) {
            throw new RuleViolation("lists.not-found");
        }
        var before = office.hidden(kind);
        if (!before.equals(entryIds)) {
            audit.record(
                    AdminAuditKind.OFFICE,
                    officeId,
                    "HIDDEN " + kind + "; "
                            + AdminAudit.changes("hidden", new TreeSet<>(before), new TreeSet<>(entryIds)));
            office.setHidden(kind, entryIds);
            offices.saveAndFlush(office);
        }
    }

    /** The desks of an office, retired ones too, in the lists' order. */
    @PreAuthorize(SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ListItem> desks(long officeId) {
        return desks.findByOfficeIdOrderBySortOrderAscIdAsc(officeId).stream()
                .map(NamedEntry::toItem)
                .toList();
    }

    @Override
    @PreAuthorize(ANYONE)
    @Transactional(readOnly = true)
    public List<OfficeOption> allOffices() {
        return offices.findAllByOrderByNameAscIdAsc().stream()
                .map(office -> new OfficeOption(Objects.requireNonNull(office.getId()), office.getName()))
                .toList();
    }

    /** The office a desk belongs to; empty for an unknown desk. */
    @PreAuthorize(ANYONE)
    public Optional<Long> officeOfDesk(long deskId) {
        return deskOffices.officeOf(deskId);
    }

    @Override
    @PreAuthorize(ANYONE)
    @Transactional(readOnly = true)
    public String signature(long deskId, String single) {
        if (offices.count() < 2) {
            return single;
        }
        return desks.findById(deskId)
                .map(Desk::getOfficeId)
                .flatMap(offices::findById)
                .map(Office::getName)
                .orElse(single);
    }
}
