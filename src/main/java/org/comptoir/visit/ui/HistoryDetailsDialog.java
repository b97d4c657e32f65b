package org.comptoir.visit.ui;

import static java.util.Map.entry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.comptoir.visit.Accommodation;
import org.comptoir.visit.AuditEntry;
import org.comptoir.visit.Channel;
import org.comptoir.visit.ConversationLanguage;
import org.comptoir.visit.InteractionDetails;
import org.comptoir.visit.Outcome;
import org.comptoir.visit.PartyType;
import org.comptoir.visit.Purpose;
import org.comptoir.visit.StayLength;
import org.comptoir.visit.VisitorType;

/**
 * One interaction of the history, every field in words, with its audit trail: who created,
 * changed or deleted it, when, and what changed.
 */
class HistoryDetailsDialog extends Dialog {

    /** The audit trail's field names (see VisitService) and the labels the history gives them. */
    private static final Map<String, String> FIELD_KEYS = Map.ofEntries(
            entry("occurredAt", "history.date-time"), entry("desk", "history.desk"),
            entry("channel", "history.channel"), entry("adults", "history.adults"),
            entry("children", "history.children"), entry("partyType", "history.party-type"),
            entry("visitorType", "history.visitor-type"), entry("country", "history.country"),
            entry("departement", "history.departement"), entry("language", "history.language"),
            entry("stayLength", "history.stay-length"), entry("accommodation", "history.accommodation"),
            entry("purpose", "history.purpose"), entry("interests", "history.interests"),
            entry("questions", "history.questions"), entry("outcomes", "history.outcomes"),
            entry("note", "history.note"), entry("deleted", "history.deleted"));

    private static final String ARROW = " → ";

    /** Route of the interaction's edit form; the desk feature owns it. */
    static String editRoute(long id) {
        return "interactions/" + id + "/edit";
    }

    final DescriptionList fields = new DescriptionList();
    final OrderedList audit = new OrderedList();
    final Button edit = new Button();
    final Button close = new Button();

    private final HistoryLabels labels;

    HistoryDetailsDialog(
            InteractionDetails interaction,
            List<AuditEntry> trail,
            HistoryLabels labels,
            ZoneId zone,
            Consumer<String> navigate) {
        this.labels = labels;
        addClassName("history-details");
        setHeaderTitle(getTranslation("history.details.title", labels.when(interaction.occurredAt())));
        setWidth("min(56em, 95vw)");

        fields.addClassName("history-fields");
        field("history.date-time", labels.when(interaction.occurredAt()));
        field("history.desk", labels.desk(interaction.deskId()));
        field("history.counsellor", interaction.counsellor());
        field("history.channel", labels.label(interaction.channel()));
        field("history.adults", String.valueOf(interaction.adults()));
        field("history.children", String.valueOf(interaction.children()));
        field("history.persons", String.valueOf(interaction.persons()));
        field("history.party-type", labels.label(interaction.partyType()));
        field("history.visitor-type", labels.label(interaction.visitorType()));
        field(
                "history.country",
                interaction.country() == null
                        ? ""
                        : labels.country(interaction.country()) + " (" + interaction.country() + ")");
        field("history.departement", labels.departement(interaction.departement()));
        field("history.language", labels.label(interaction.language()));
        field("history.stay-length", labels.label(interaction.stayLength()));
        field("history.accommodation", labels.label(interaction.accommodation()));
        field("history.purpose", labels.label(interaction.purpose()));
        field("history.interests", labels.interests(interaction.interestIds()));
        field("history.questions", labels.questions(interaction.questionIds()));
        field("history.outcomes", labels.labels(interaction.outcomes()));
        field("history.quick", labels.yesNo(interaction.quick()));
        field("history.note", interaction.note() == null ? "" : interaction.note());

        var updated = new Span(getTranslation(
                "history.details.updated",
                labels.when(LocalDateTime.ofInstant(interaction.updatedAt(), zone)),
                interaction.updatedBy()));
        updated.addClassName("history-updated");

        var auditTitle = new H3(getTranslation("history.details.audit"));
        audit.addClassName("history-audit");
        trail.forEach(entry -> audit.add(auditEntry(entry, zone)));
        add(fields, updated, auditTitle, audit);

        close.setText(getTranslation("history.close"));
        close.addClickListener(e -> close());
        edit.setText(getTranslation("action.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.addClickListener(e -> {
            close();
            navigate.accept(editRoute(interaction.id()));
        });
        getFooter().add(close, edit);
    }

    private void field(String labelKey, String value) {
        var description = new DescriptionList.Description(value.isEmpty() ? HistoryLabels.NONE : value);
        fields.add(new DescriptionList.Term(getTranslation(labelKey)), description);
    }

    private ListItem auditEntry(AuditEntry entry, ZoneId zone) {
        var heading = new Div(
                new Span(labels.when(LocalDateTime.ofInstant(entry.at(), zone))),
                new Span(entry.by()),
                new Span(getTranslation("history.audit." + entry.action())));
        heading.addClassName("history-audit-heading");
        var item = new ListItem(heading);
        entry.changes().lines().map(this::readable).map(Div::new).forEach(line -> {
            line.addClassName("history-audit-change");
            item.add(line);
        });
        return item;
    }

    /**
     * A "field: before → after" line of the trail in words: "Adultes : 2 → 3". A line it cannot read
     * (the next line of a note written on several) is shown as it is.
     */
    String readable(String line) {
        int colon = line.indexOf(": ");
        var field = colon < 0 ? "" : line.substring(0, colon);
        if (!FIELD_KEYS.containsKey(field)) {
            return line;
        }
        var label = getTranslation(FIELD_KEYS.get(field));
        var rest = line.substring(colon + 2);
        int arrow = rest.indexOf(ARROW);
        // a note is free text: an arrow in it is no separator
        if (arrow < 0 || field.equals("note")) {
            return getTranslation("history.audit.value", label, value(field, rest));
        }
        return getTranslation(
                "history.audit.change",
                label,
                value(field, rest.substring(0, arrow)),
                value(field, rest.substring(arrow + ARROW.length())));
    }

    private String value(String field, String raw) {
        if (raw.isEmpty() || raw.equals(HistoryLabels.NONE)) {
            return HistoryLabels.NONE;
        }
        try {
            return switch (field) {
                case "occurredAt" -> labels.when(LocalDateTime.parse(raw));
                case "desk" -> labels.desk(Long.parseLong(raw));
                case "channel" -> labels.label(Channel.valueOf(raw));
                case "partyType" -> labels.label(PartyType.valueOf(raw));
                case "visitorType" -> labels.label(VisitorType.valueOf(raw));
                case "language" -> labels.label(ConversationLanguage.valueOf(raw));
                case "stayLength" -> labels.label(StayLength.valueOf(raw));
                case "accommodation" -> labels.label(Accommodation.valueOf(raw));
                case "purpose" -> labels.label(Purpose.valueOf(raw));
                case "country" -> labels.country(raw);
                case "departement" -> labels.departement(raw);
                case "interests" -> labels.interests(ids(raw));
                case "questions" -> labels.questions(ids(raw));
                case "outcomes" ->
                    labels.labels(
                            Arrays.stream(raw.split(",")).map(Outcome::valueOf).toList());
                case "deleted" -> labels.yesNo("yes".equals(raw));
                // the audit says that a note changed, never what it said (VisitService.NOTE_CHANGED)
                case "note" -> raw.equals("changed") ? getTranslation("history.note.changed") : raw;
                default -> raw;
            };
        } catch (IllegalArgumentException | DateTimeParseException unreadable) {
            return raw;
        }
    }

    private static List<Long> ids(String raw) {
        return Arrays.stream(raw.split(",")).map(Long::valueOf).toList();
    }
}
