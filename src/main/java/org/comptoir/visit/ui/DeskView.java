package org.comptoir.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.RuleViolation;
import org.comptoir.base.ui.ActOnce;
import org.comptoir.reference.Countries;
import org.comptoir.reference.Departements;
import org.comptoir.reference.ListItem;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.comptoir.security.DeskDirectory.DeskOption;
import org.comptoir.security.OfficeDirectory;
import org.comptoir.security.OfficeScope;
import org.comptoir.suggestion.SuggestionService;
import org.comptoir.suggestion.SuggestionSheet;
import org.comptoir.suggestion.ui.SuggestionPanel;
import org.comptoir.visit.Channel;
import org.comptoir.visit.InteractionDetails;
import org.comptoir.visit.InteractionDraft;
import org.comptoir.visit.InteractionInvalid;
import org.comptoir.visit.InteractionPart;
import org.comptoir.visit.InteractionSheets;
import org.comptoir.visit.VisitService;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * The counsellor's desk: log the conversation while it happens, count the quick questions in one
 * click, and see the day at this desk.
 */
@Route("desk")
@RolesAllowed(AppRoles.COUNSELLOR)
@Menu(title = "nav.desk", order = 10, icon = "vaadin:desktop")
class DeskView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    final Select<DeskOption> desk = new Select<>();
    final Span counters = new Span();
    final Button save = new Button();
    final Button sameAsLast = new Button();
    final Button clear = new Button();
    final Span status = new Span();
    final Div quickButtons = new Div();
    final Grid<InteractionDetails> today = new Grid<>();

    private final VisitService visits;
    private final ReferenceListService lists;
    private final Countries countries;
    private final Departements departements;
    private final List<ListItem> interestItems;
    private final List<ListItem> questionItems;
    private final Div formHolder = new Div();
    private final Div suggestionsCard = new Div();
    private final SuggestionService suggestionService;
    private final SuggestionSheet sheet;
    private final String officeName;
    private final OfficeDirectory offices;
    private final OfficeScope scope;
    /** Sections other features add to the form (contact details with consent…), saved with the interaction. */
    private final List<DeskFormExtension> extensions;

    SuggestionPanel suggestions;
    InteractionForm form;
    private long deskId;

    DeskView(
            VisitService visits,
            ReferenceListService lists,
            Countries countries,
            Departements departements,
            SuggestionService suggestionService,
            SuggestionSheet sheet,
            ComptoirProperties properties,
            OfficeDirectory offices,
            OfficeScope scope,
            List<DeskFormExtension> extensions) {
        this.offices = offices;
        this.scope = scope;
        this.extensions = List.copyOf(extensions);
        this.suggestionService = suggestionService;
        this.sheet = sheet;
        this.officeName = properties.officeName();
        this.visits = visits;
        this.lists = lists;
        this.countries = countries;
        this.departements = departements;
        this.interestItems = lists.items(ListKind.INTEREST, false);
        this.questionItems = lists.items(ListKind.QUESTION, false);
        addClassName("desk-view");
        deskId = visits.defaultDeskId();

        // the desks of the counsellor's offices (issue 16): recording at another office's is refused
        desk.setItems(scope.reachable(lists.activeDesks(getLocale())));
        desk.setItemLabelGenerator(DeskOption::name);
        desk.setAriaLabel(getTranslation("desk.desk"));
        desk.addClassName("desk-select");
        desk.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(
                        "desk",
                        QueryParameters.of("desk", String.valueOf(e.getValue().id()))));
            }
        });
        counters.addClassName("desk-counters");
        var header = new Div(desk, counters);
        header.addClassName("desk-header");

        save.setText(getTranslation("desk.save"));
        save.setIcon(VaadinIcon.CHECK.create());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setTooltipText(getTranslation("desk.save.shortcut"));
        ActOnce.onClick(save, this::save);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        sameAsLast.setText(getTranslation("desk.same-as-last"));
        sameAsLast.setIcon(VaadinIcon.COPY_O.create());
        sameAsLast.addClickListener(e -> sameAsLast());
        clear.setText(getTranslation("desk.clear"));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> {
            reset();
            extensions.forEach(DeskFormExtension::clear);
        });
        status.addClassName("save-status");
        status.getElement().setAttribute("role", "status");
        var actions = new Div(save, sameAsLast, clear, status);
        actions.addClassName("form-actions");

        var extensionsHolder = new Div();
        extensionsHolder.addClassName("desk-extensions");
        this.extensions.forEach(extension -> extensionsHolder.add(extension.component()));
        var formCard = new Div(formHolder, extensionsHolder, actions);
        formCard.addClassName("card");
        formCard.addClassName("form-card");

        quickButtons.addClassName("quick-buttons");
        var quickCard = new Div(new H3(getTranslation("desk.quick-count")), quickButtons);
        quickCard.addClassName("card");
        quickCard.addClassName("quick-card");

        suggestionsCard.addClassName("card");
        suggestionsCard.addClassName("suggestions-card");

        configureToday();
        var todayCard = new Div(new H3(getTranslation("desk.today")), today);
        todayCard.addClassName("card");
        todayCard.addClassName("today-card");
        var side = new Div(quickCard, suggestionsCard, todayCard);
        side.addClassName("desk-side");

        var columns = new Div(formCard, side);
        columns.addClassName("desk-columns");
        add(header, columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var requested = event.getLocation().getQueryParameters().getSingleParameter("desk");
        var desks = scope.reachable(lists.activeDesks(getLocale()));
        deskId = requested
                .flatMap(id -> desks.stream()
                        .filter(d -> String.valueOf(d.id()).equals(id))
                        .findFirst())
                .map(DeskOption::id)
                .orElse(visits.defaultDeskId());
        desks.stream().filter(d -> d.id() == deskId).findFirst().ifPresent(desk::setValue);
        extensions.forEach(extension -> extension.atDesk(deskId));
        form = new InteractionForm(
                countries,
                departements,
                visits.mostFrequentCountries(deskId),
                // what the desk's office uses (issue 16); the labels of today's list read the whole lists
                lists.offered(ListKind.INTEREST, deskId),
                lists.offered(ListKind.QUESTION, deskId),
                visits::officeNow);
        formHolder.removeAll();
        formHolder.add(form);
        suggestions = new SuggestionPanel(
                suggestionService,
                sheet,
                // the sheet is signed by the desk's office (issue 16)
                offices.signature(deskId, officeName),
                interestName(),
                () -> visits.officeNow().toLocalDate());
        suggestions.addPicksListener(form::setPicks);
        form.addProfileListener(() -> suggestions.setProfile(form.profile()));
        suggestionsCard.removeAll();
        suggestionsCard.add(new H3(getTranslation("suggestion.title")), suggestions);
        reset();
        showQuickButtons();
        refreshToday();
    }

    private void save() {
        status.setText("");
        status.removeClassName("error");
        var draft = form.draft();
        // every section says what is wrong before anything is saved, not only the first one
        var parts = new ArrayList<InteractionPart>();
        var extensionsValid = true;
        for (var extension : extensions) {
            var extensionParts = extension.parts();
            extensionParts.ifPresent(parts::addAll);
            extensionsValid &= extensionParts.isPresent();
        }
        if (draft.isPresent() && !extensionsValid) {
            status.setText(getTranslation("interaction.invalid"));
            status.addClassName("error");
            return;
        }
        draft.ifPresent(valid -> {
            try {
                var saved = visits.save(valid.deskId() == null ? valid.withDeskId(deskId) : valid, parts);
                Notification.show(
                                getTranslation("desk.saved", summary(saved)), 2000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                extensions.forEach(DeskFormExtension::clear);
                reset();
                refreshToday();
            } catch (InteractionInvalid invalid) {
                form.showErrors(invalid.fieldErrors());
                status.setText(getTranslation("interaction.invalid"));
                status.addClassName("error");
            } catch (RuleViolation violation) {
                // nothing was saved: a refusal of a section's part is said next to its fields
                var shown = extensions.stream().anyMatch(extension -> extension.showRefusal(violation));
                status.setText(
                        shown
                                ? getTranslation("interaction.invalid")
                                : getTranslation(violation.messageKey(), violation.arguments()));
                status.addClassName("error");
            } catch (DataAccessException | TransactionException unreachable) {
                // The form keeps everything; the counsellor saves again when the database is back.
                status.setText(getTranslation("desk.not-saved"));
                status.addClassName("error");
                Notification.show(getTranslation("desk.not-saved"), 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
    }

    private void sameAsLast() {
        visits.lastProfile()
                .ifPresentOrElse(
                        this::show,
                        () -> Notification.show(
                                getTranslation("desk.same-as-last.none"), 3000, Notification.Position.BOTTOM_START));
    }

    private void reset() {
        show(InteractionDraft.blank());
    }

    private void show(InteractionDraft draft) {
        form.setDraft(draft);
        suggestions.setPicks(draft.pickIds());
        suggestions.setProfile(form.profile());
        form.focusFirst();
    }

    private Function<Long, String> interestName() {
        return id -> interestItems.stream()
                .filter(i -> i.id() == id)
                .findFirst()
                .map(i -> i.name(getLocale()))
                .orElse("?");
    }

    private void showQuickButtons() {
        quickButtons.removeAll();
        var questions = lists.quickQuestions(deskId);
        if (questions.isEmpty()) {
            quickButtons.add(new Span(getTranslation("desk.quick-count.none")));
        }
        for (var question : questions) {
            var button = new Button(question.name(getLocale()), e -> quickCount(question));
            button.addClassName("quick-button");
            quickButtons.add(button);
        }
    }

    private void quickCount(ListItem question) {
        var channel = form.channel.getSingle() == null ? Channel.DESK : form.channel.getSingle();
        try {
            var saved = visits.quickCount(deskId, channel, question.id());
            refreshToday();
            var notification = new Notification();
            notification.setDuration(6000);
            notification.setPosition(Notification.Position.BOTTOM_START);
            var undo = new Button(getTranslation("desk.undo"), e -> {
                visits.delete(saved.id(), saved.version());
                notification.close();
                refreshToday();
            });
            undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            notification.add(new Span(getTranslation("desk.quick-count.saved", question.name(getLocale()))), undo);
            notification.addClassName("quick-notification");
            notification.open();
        } catch (DataAccessException | TransactionException unreachable) {
            Notification.show(getTranslation("desk.not-saved"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void configureToday() {
        today.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        today.addColumn(i -> TIME.format(i.occurredAt()))
                .setHeader(getTranslation("desk.today.time"))
                .setWidth("4.5em")
                .setFlexGrow(0);
        today.addColumn(this::origin)
                .setHeader(getTranslation("desk.today.origin"))
                .setFlexGrow(2);
        today.addColumn(InteractionDetails::persons)
                .setHeader(getTranslation("desk.today.persons"))
                .setWidth("4.5em")
                .setFlexGrow(0);
        today.addColumn(this::what).setHeader(getTranslation("desk.today.what")).setFlexGrow(3);
        today.addColumn(InteractionDetails::counsellor)
                .setHeader(getTranslation("desk.today.counsellor"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        today.addComponentColumn(this::rowActions).setWidth("7.5em").setFlexGrow(0);
        today.setItems(query -> visits.today(deskId, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        today.setEmptyStateText(getTranslation("desk.today.empty"));
    }

    private String origin(InteractionDetails interaction) {
        if (interaction.country() == null) {
            return interaction.quick() ? "—" : "?";
        }
        var name = countries
                .find(interaction.country())
                .map(c -> c.name(getLocale()))
                .orElse(interaction.country());
        return interaction.departement() == null ? name : name + " (" + interaction.departement() + ")";
    }

    private String what(InteractionDetails interaction) {
        var parts = new ArrayList<String>();
        if (interaction.quick()) {
            parts.add("⚡");
        }
        if (interaction.stayLength() != null) {
            parts.add(getTranslation("StayLength." + interaction.stayLength().name()));
        }
        var names = interestItems.stream()
                .filter(i -> interaction.interestIds().contains(i.id()))
                .map(i -> i.name(getLocale()))
                .collect(Collectors.joining(", "));
        if (!names.isEmpty()) {
            parts.add(names);
        }
        if (!interaction.pickIds().isEmpty()) {
            parts.add("★ "
                    + suggestionService.picked(interaction.pickIds()).stream()
                            .map(a -> a.name(getLocale()))
                            .collect(Collectors.joining(", ")));
        }
        var asked = questionItems.stream()
                .filter(q -> interaction.questionIds().contains(q.id()))
                .map(q -> q.name(getLocale()))
                .collect(Collectors.joining(", "));
        if (!asked.isEmpty()) {
            parts.add(asked);
        }
        return String.join(" · ", parts);
    }

    private Component rowActions(InteractionDetails interaction) {
        var box = new Div();
        box.addClassName("row-actions");
        if (!interaction.pickIds().isEmpty()) {
            box.add(sheetLink(interaction));
        }
        if (!visits.mayChange(interaction)) {
            return box;
        }
        var edit = new Button(
                VaadinIcon.EDIT.create(),
                e -> getUI().ifPresent(ui ->
                        ui.navigate("interactions/" + interaction.id() + "/edit", QueryParameters.of("back", "desk"))));
        edit.setAriaLabel(getTranslation("action.edit"));
        edit.setTooltipText(getTranslation("action.edit"));
        var delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(interaction));
        delete.setAriaLabel(getTranslation("action.delete"));
        delete.setTooltipText(getTranslation("action.delete"));
        for (var button : List.of(edit, delete)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        }
        box.add(edit, delete);
        return box;
    }

    /**
     * The suggestion sheet of a saved interaction, in the language the conversation was held in. A
     * button rather than a link: the grid keeps clicks on links in its cells to itself.
     */
    private Component sheetLink(InteractionDetails interaction) {
        var path = InteractionSheets.path(interaction.id());
        var button = new Button(
                VaadinIcon.FILE_TEXT_O.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.location.href = $0", path)));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation("suggestion.sheet.pdf"));
        button.setTooltipText(getTranslation("suggestion.sheet.pdf"));
        button.addClassName("sheet-link");
        return button;
    }

    private void confirmDelete(InteractionDetails interaction) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("desk.delete.title"));
        dialog.setText(getTranslation("desk.delete.text", TIME.format(interaction.occurredAt()), origin(interaction)));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("action.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                visits.delete(interaction.id(), interaction.version());
                refreshToday();
            } catch (RuleViolation violation) {
                Notification.show(
                                getTranslation(violation.messageKey(), violation.arguments()),
                                5000,
                                Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                refreshToday();
            }
        });
        dialog.open();
    }

    private void refreshToday() {
        today.getDataProvider().refreshAll();
        try {
            var day = visits.todayCounters(deskId);
            counters.setText(getTranslation("desk.counters", day.interactions(), day.visitors(), day.quickCounts()));
        } catch (DataAccessException | TransactionException unreachable) {
            counters.setText("");
        }
    }

    private String summary(InteractionDetails saved) {
        var where = saved.country() == null
                ? ""
                : countries.find(saved.country()).map(c -> c.name(getLocale())).orElse("");
        return getTranslation("desk.saved.summary", where, saved.persons()).strip();
    }

    /** For tests: the quick-count buttons by label. */
    Map<String, Button> quickButtonsByLabel() {
        return quickButtons
                .getChildren()
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .collect(Collectors.toMap(Button::getText, b -> b));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.desk");
    }
}
