package org.comptoir.personaldata.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.ui.ActOnce;
import org.comptoir.personaldata.PersonalAuditEntry;
import org.comptoir.personaldata.PersonalContact;
import org.comptoir.personaldata.PersonalData;
import org.comptoir.personaldata.PersonalDataService;
import org.comptoir.personaldata.PersonalFollowUp;
import org.comptoir.security.AppRoles;
import org.comptoir.security.DeskDirectory;
import org.jspecify.annotations.Nullable;

/**
 * Admin › Personal data: find a person by e-mail or phone, see what is kept about them, export it, erase
 * it; the newsletter list and its withdrawals; the audit of all that. What the admin types stays in the
 * page, never in the address.
 */
@Route("admin/personal-data")
@RolesAllowed(AppRoles.ADMIN)
@Menu(title = "personal.nav", order = 55, icon = "vaadin:user-card")
class PersonalDataView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    final TextField query = new TextField();
    final Button search = new Button();
    final Paragraph summary = new Paragraph();
    final Grid<PersonalContact> contacts = new Grid<>();
    final Grid<PersonalFollowUp> followUps = new Grid<>();
    final Anchor exportJson;
    final Anchor exportCsv;
    final Button erase = new Button();
    final Anchor newsletterExport;
    final TextField withdrawEmail = new TextField();
    final Button withdraw = new Button();
    final Grid<PersonalAuditEntry> audit = new Grid<>();

    private final PersonalDataService personalData;
    private final DeskDirectory desks;
    /** Desk names already looked up: a person's contacts are mostly at one or two desks. */
    private final Map<Long, String> deskNames = new HashMap<>();

    private final ZoneId zone;
    private final Clock clock;
    /** What the last search was for: the exports and the erasure act on it. Held here, not in the URL. */
    private String searched = "";

    private PersonalData found = new PersonalData(List.of(), List.of(), 0);

    PersonalDataView(
            PersonalDataService personalData, DeskDirectory desks, ComptoirProperties properties, Clock clock) {
        this.personalData = personalData;
        this.desks = desks;
        this.zone = properties.timeZone();
        this.clock = clock;
        addClassName("personal-data-view");

        var intro = new Paragraph(
                getTranslation("personal.intro", personalData.replyRetention().toTotalMonths()));
        intro.addClassName("personal-intro");
        summary.addClassName("personal-summary");

        exportJson = download(
                "personal.export.json", "comptoir-personal-data.json", "application/json", personalData::exportJson);
        exportCsv = download(
                "personal.export.csv", "comptoir-personal-data.csv", "text/csv;charset=UTF-8", personalData::exportCsv);
        newsletterExport = newsletterLink();

        add(
                intro,
                heading("personal.search.title"),
                searchBar(),
                summary,
                contactGrid(),
                followUpGrid(),
                resultActions(),
                heading("newsletter.title"),
                newsletterBar(),
                heading("personal.audit.title"),
                auditGrid());
        show(found);
        refreshAudit();
    }

    private Component heading(String key) {
        var heading = new H2(getTranslation(key));
        heading.addClassName("personal-heading");
        return heading;
    }

    private Component searchBar() {
        query.setLabel(getTranslation("personal.search.label"));
        query.setPlaceholder(getTranslation("personal.search.placeholder"));
        query.setClearButtonVisible(true);
        query.setWidth("22em");
        search.setText(getTranslation("personal.search.button"));
        search.setIcon(VaadinIcon.SEARCH.create());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(Key.ENTER).listenOn(query);
        search.addClickListener(e -> find());
        var bar = new Div(query, search);
        bar.addClassName("personal-bar");
        bar.getElement().setAttribute("role", "search");
        return bar;
    }

    private Component contactGrid() {
        // a person has a handful of contacts: every row shown, long values wrapped rather than cut
        contacts.addThemeVariants(
                GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        contacts.setAllRowsVisible(true);
        contacts.addClassName("personal-contacts");
        contacts.addColumn(c -> c.interactionAt().format(WHEN))
                .setHeader(getTranslation("personal.interaction"))
                .setWidth("7.5rem")
                .setFlexGrow(0);
        contacts.addColumn(c -> deskName(c.deskId()))
                .setHeader(getTranslation("personal.desk"))
                .setWidth("6rem")
                .setFlexGrow(1);
        contacts.addColumn(c -> text(c.name()))
                .setHeader(getTranslation("personal.name"))
                .setWidth("7rem")
                .setFlexGrow(2);
        contacts.addColumn(c -> text(c.email()))
                .setHeader(getTranslation("personal.email"))
                .setWidth("9rem")
                .setFlexGrow(2);
        contacts.addColumn(c -> text(c.phone()))
                .setHeader(getTranslation("personal.phone"))
                .setWidth("8.5rem")
                .setFlexGrow(0);
        contacts.addColumn(c -> text(c.postalCode()))
                .setHeader(getTranslation("personal.postal-code"))
                .setWidth("5.5rem")
                .setFlexGrow(0);
        contacts.addColumn(this::consents)
                .setHeader(getTranslation("personal.consents"))
                .setWidth("8rem")
                .setFlexGrow(1);
        contacts.addColumn(c -> getTranslation("personal.consented", when(c.consentedAt()), c.consentedBy()))
                .setHeader(getTranslation("personal.consented-at"))
                .setWidth("8rem")
                .setFlexGrow(1);
        return contacts;
    }

    private String consents(PersonalContact contact) {
        var purposes = new ArrayList<String>();
        if (contact.consentReply()) {
            purposes.add(getTranslation("personal.consent.reply"));
        }
        if (contact.consentNewsletter()) {
            purposes.add(
                    contact.newsletterWithdrawnAt() == null
                            ? getTranslation("personal.consent.newsletter")
                            : getTranslation(
                                    "personal.consent.newsletter-withdrawn", when(contact.newsletterWithdrawnAt())));
        }
        return String.join(", ", purposes);
    }

    private Component followUpGrid() {
        followUps.addThemeVariants(
                GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        followUps.setAllRowsVisible(true);
        followUps.addClassName("personal-follow-ups");
        followUps
                .addColumn(f -> getTranslation("followup.kind." + f.kind()))
                .setHeader(getTranslation("personal.follow-up.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        followUps
                .addColumn(f -> f.dueDate().format(DAY))
                .setHeader(getTranslation("personal.follow-up.due"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        followUps
                .addColumn(f -> getTranslation("followup.status." + f.status()))
                .setHeader(getTranslation("personal.follow-up.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        followUps
                .addColumn(PersonalFollowUp::owner)
                .setHeader(getTranslation("personal.follow-up.owner"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        followUps
                .addColumn(f -> text(f.note()))
                .setHeader(getTranslation("personal.follow-up.note"))
                .setTooltipGenerator(f -> text(f.note()))
                .setFlexGrow(1);
        return followUps;
    }

    private Component resultActions() {
        erase.setText(getTranslation("personal.erase"));
        erase.setIcon(VaadinIcon.TRASH.create());
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.addClickListener(e -> confirmErase());
        var actions = new Div(exportJson, exportCsv, erase);
        actions.addClassName("personal-actions");
        return actions;
    }

    private Anchor download(
            String labelKey, String fileName, String contentType, BiConsumer<String, OutputStream> export) {
        DownloadHandler handler = event -> {
            var person = searched;
            event.setFileName(fileName);
            event.setContentType(contentType);
            export.accept(person, event.getOutputStream());
            event.getUI().access(this::refreshAudit);
        };
        var link = new Anchor(handler, getTranslation(labelKey));
        link.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        link.addClassName("personal-download");
        return link;
    }

    private Anchor newsletterLink() {
        DownloadHandler handler = event -> {
            event.setFileName("comptoir-newsletter-" + LocalDate.now(clock.withZone(zone)) + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            personalData.exportNewsletter(event.getOutputStream());
            event.getUI().access(this::refreshAudit);
        };
        var link = new Anchor(handler, getTranslation("newsletter.export"));
        link.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        link.addClassName("personal-download");
        return link;
    }

    private Component newsletterBar() {
        withdrawEmail.setLabel(getTranslation("newsletter.withdraw.label"));
        withdrawEmail.setClearButtonVisible(true);
        withdrawEmail.setWidth("22em");
        withdraw.setText(getTranslation("newsletter.withdraw"));
        ActOnce.onClick(withdraw, this::withdraw);
        var bar = new Div(withdrawEmail, withdraw, newsletterExport);
        bar.addClassName("personal-bar");
        return bar;
    }

    private Component auditGrid() {
        audit.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        audit.addClassName("personal-audit");
        audit.setHeight("20em");
        audit.addColumn(a -> when(a.at()))
                .setHeader(getTranslation("personal.audit.at"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        audit.addColumn(PersonalAuditEntry::by)
                .setHeader(getTranslation("personal.audit.by"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        audit.addColumn(a -> getTranslation("personal.audit.action." + a.action()))
                .setHeader(getTranslation("personal.audit.action"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        audit.addColumn(a -> a.contactId() == null ? "" : a.contactId().toString())
                .setHeader(getTranslation("personal.audit.contact"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        audit.addColumn(a -> text(a.detail()))
                .setHeader(getTranslation("personal.audit.detail"))
                .setFlexGrow(1);
        return audit;
    }

    private void find() {
        searched = query.getValue().strip();
        show(searched.isEmpty() ? new PersonalData(List.of(), List.of(), 0) : personalData.find(searched));
        refreshAudit();
    }

    private void show(PersonalData data) {
        found = data;
        contacts.setItems(data.contacts());
        followUps.setItems(data.followUps());
        contacts.setVisible(!data.contacts().isEmpty());
        followUps.setVisible(!data.followUps().isEmpty());
        summary.setText(
                searched.isEmpty()
                        ? getTranslation("personal.search.hint")
                        : data.isEmpty()
                                ? getTranslation("personal.none")
                                : getTranslation(
                                        "personal.found",
                                        data.contacts().size(),
                                        data.followUps().size(),
                                        data.mails()));
        for (var action : List.<Component>of(exportJson, exportCsv, erase)) {
            action.setVisible(!data.isEmpty());
        }
    }

    private void confirmErase() {
        var shown = found;
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("personal.erase.title"));
        dialog.setText(getTranslation(
                "personal.erase.text",
                shown.contacts().size(),
                shown.followUps().size(),
                shown.mails()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("personal.erase.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            int erased = personalData.erase(searched);
            Notification.show(getTranslation("personal.erased", erased), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            find();
        });
        dialog.open();
    }

    private void withdraw() {
        var email = withdrawEmail.getValue().strip();
        if (!email.contains("@")) {
            withdrawEmail.setInvalid(true);
            withdrawEmail.setErrorMessage(getTranslation("newsletter.withdraw.invalid"));
            return;
        }
        withdrawEmail.setInvalid(false);
        int withdrawn = personalData.withdrawNewsletter(email);
        Notification.show(
                        getTranslation(withdrawn == 0 ? "newsletter.withdraw.none" : "newsletter.withdrawn", withdrawn),
                        4000,
                        Notification.Position.BOTTOM_START)
                .addThemeVariants(
                        withdrawn == 0 ? NotificationVariant.LUMO_CONTRAST : NotificationVariant.LUMO_SUCCESS);
        withdrawEmail.clear();
        refreshAudit();
    }

    private void refreshAudit() {
        audit.setItems(personalData.audit());
    }

    private String when(@Nullable Instant instant) {
        return instant == null ? "" : instant.atZone(zone).format(WHEN);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("personal.nav");
    }

    private String deskName(long deskId) {
        return deskNames.computeIfAbsent(
                deskId,
                id -> desks.find(id, getLocale())
                        .map(DeskDirectory.DeskOption::name)
                        .orElse(""));
    }
}
