package org.comptoir.attraction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionRules;
import org.comptoir.attraction.AttractionService;
import org.comptoir.attraction.datatourisme.LinkedFields;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.ui.ActOnce;
import org.comptoir.reference.ListItem;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.jspecify.annotations.Nullable;

/**
 * One attraction, with everything a counsellor tells a visitor: what it is, where and how far, when
 * it is open, for whom, in which languages, how to reach it. Admins edit and retire it from here.
 * The list's filters ride along in the address, so that "back" returns to the same list.
 */
@Route(AttractionDetailView.ROUTE)
@RolesAllowed({AppRoles.COUNSELLOR, AppRoles.DIRECTOR, AppRoles.ADMIN})
class AttractionDetailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "attractions/:id([0-9]+)";

    final Button edit = new Button();
    final Button toggleActive = new Button();
    final Div facts = new Div();
    final Div side = new Div();

    @Nullable
    Anchor website;

    @Nullable
    Anchor phone;

    @Nullable
    Anchor map;

    private final AttractionService attractions;
    private final Map<Long, ListItem> interests;
    private final AttractionWords words;
    private final Clock clock;
    private final boolean admin;
    private @Nullable AttractionDetails attraction;
    private QueryParameters listParameters = QueryParameters.empty();

    AttractionDetailView(
            AttractionService attractions,
            ReferenceListService lists,
            Clock clock,
            ComptoirProperties properties,
            AuthenticationContext authentication) {
        this.attractions = attractions;
        this.interests =
                lists.items(ListKind.INTEREST, true).stream().collect(Collectors.toMap(ListItem::id, item -> item));
        this.words = new AttractionWords(getLocale());
        this.clock = clock.withZone(properties.timeZone());
        this.admin = authentication.hasRole(AppRoles.ADMIN);
        addClassName("attraction-detail");
        edit.setText(getTranslation("action.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.addClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(AttractionEditView.editRoute(current().id()), listParameters)));
        ActOnce.onClick(toggleActive, this::toggleActive);
    }

    static String route(long id) {
        return "attractions/" + id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        listParameters = event.getLocation().getQueryParameters();
        attraction = event.getRouteParameters()
                .getLong("id")
                .flatMap(attractions::find)
                .orElse(null);
        show();
    }

    private void show() {
        removeAll();
        facts.removeAll();
        side.removeAll();
        add(topBar());
        if (attraction == null) {
            var missing = new Paragraph(getTranslation("attraction.not-found"));
            missing.addClassName("card");
            add(missing);
            return;
        }
        var a = attraction;
        add(header(a));
        var main = new Div();
        main.addClassNames("card", "attraction-main");
        var description = a.description(getLocale());
        if (description != null) {
            var text = new Paragraph(description);
            text.addClassName("attraction-description");
            main.add(text);
            if (!description.equals(english() ? a.descriptionEn() : a.descriptionFr())) {
                var hint = new Span(getTranslation("attractions.other-language"));
                hint.addClassName("attraction-hint");
                main.add(hint);
            }
        }
        main.add(new H3(getTranslation("attractions.practical")), facts(a));
        side.addClassNames("card", "attraction-side");
        sidePanel(a);
        var columns = new Div(main, side);
        columns.addClassName("attraction-columns");
        add(columns);
    }

    private Component topBar() {
        var back = new RouterLink(getTranslation("attractions.back"), AttractionsView.class);
        back.setQueryParameters(listParameters);
        back.addComponentAsFirst(VaadinIcon.ARROW_LEFT.create());
        back.addClassName("attraction-back");
        var bar = new Div(back);
        bar.addClassName("attraction-top");
        if (admin && attraction != null) {
            var active = attraction.active();
            toggleActive.setText(getTranslation(active ? "attractions.retire" : "attractions.reactivate"));
            toggleActive.setIcon((active ? VaadinIcon.ARCHIVE : VaadinIcon.ARROW_BACKWARD).create());
            toggleActive.getThemeNames().clear();
            if (active) {
                toggleActive.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            }
            var actions = new Div(toggleActive, edit);
            actions.addClassName("attraction-actions");
            bar.add(actions);
        }
        return bar;
    }

    private Component header(AttractionDetails a) {
        var category = new Span(words.category(a.category()));
        category.addClassName("attraction-category");
        var badges = new Div(category);
        badges.addClassName("attraction-badges");
        var open = a.isOpenOn(today());
        var today = new Span(getTranslation(open ? "attractions.open-today" : "attractions.closed-today"));
        today.addClassName(open ? "badge-ok" : "badge-off");
        badges.add(today);
        var reopening = words.reopening(a, today());
        if (!reopening.isEmpty()) {
            var reopens = new Span(reopening);
            reopens.addClassName("attraction-reopens");
            badges.add(reopens);
        }
        if (!a.active()) {
            var retired = new Span(getTranslation("attractions.retired"));
            retired.addClassName("badge-off");
            badges.add(retired);
        }
        for (var label : a.labels().stream().sorted().toList()) {
            var badge = new Span(words.label(label));
            badge.addClassName("attraction-label");
            badges.add(badge);
        }
        var place = new Div();
        place.addClassName("attraction-place");
        if (a.commune() != null) {
            place.add(iconText(VaadinIcon.MAP_MARKER.create(), a.commune()));
        }
        place.add(iconText(
                VaadinIcon.CAR.create(),
                getTranslation(
                        a.driveEstimated()
                                ? "attractions.drive.from-office.estimated"
                                : "attractions.drive.from-office",
                        words.drive(a))));
        if (a.visitMinutes() != null) {
            place.add(iconText(
                    VaadinIcon.CLOCK.create(),
                    getTranslation("attractions.visit.short", words.duration(a.visitMinutes()))));
        }
        if (a.priceLevel() != null) {
            place.add(iconText(VaadinIcon.EURO.create(), words.price(a.priceLevel())));
        }
        var header = new Div(badges, new H2(a.name(getLocale())), place);
        header.addClassNames("card", "attraction-header");
        return header;
    }

    private Component facts(AttractionDetails a) {
        var list = new DescriptionList();
        list.addClassName("attraction-facts");
        var address = Stream.of(
                        a.address(),
                        Stream.of(a.postalCode(), a.commune())
                                .filter(Objects::nonNull)
                                .collect(Collectors.joining(" ")))
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining("\n"));
        fact(list, "attractions.address", address);
        fact(
                list,
                "attractions.drive",
                getTranslation(
                        a.driveEstimated() ? "attractions.drive.estimated-value" : "attractions.drive.given-value",
                        words.drive(a)));
        if (a.visitMinutes() != null) {
            fact(list, "attractions.visit", words.duration(a.visitMinutes()));
        }
        fact(list, "attractions.price", words.price(a.priceLevel()));
        fact(list, "attractions.months", words.months(a.monthsOpen()));
        fact(list, "attractions.weekly", words.closedDays(a.closedDays()));
        fact(list, "attractions.opening-notes", a.openingNotes(getLocale()));
        facts.add(list);
        return facts;
    }

    private void sidePanel(AttractionDetails a) {
        side.add(new H3(getTranslation("attractions.audience")));
        var needs = new Div(
                need(
                        a.familyFriendly(),
                        VaadinIcon.FAMILY.create(),
                        a.familyFriendly() && a.minAge() != null
                                ? getTranslation("attractions.family.from-age", a.minAge())
                                : getTranslation(a.familyFriendly() ? "attractions.family" : "attractions.family.no")),
                need(
                        a.accessible(),
                        VaadinIcon.ACCESSIBILITY.create(),
                        getTranslation(a.accessible() ? "attractions.accessible" : "attractions.accessible.no")),
                need(
                        a.indoor(),
                        VaadinIcon.UMBRELLA.create(),
                        getTranslation(a.indoor() ? "attractions.indoor" : "attractions.outdoor")),
                need(
                        a.dogsAllowed(),
                        paw(),
                        getTranslation(a.dogsAllowed() ? "attractions.dogs" : "attractions.dogs.no")));
        needs.addClassName("attraction-needs");
        side.add(needs);

        var more = new DescriptionList();
        more.addClassName("attraction-facts");
        if (!a.languages().isEmpty()) {
            fact(more, "attractions.languages", words.languages(a.languages()));
        }
        var interestNames = a.interestIds().stream()
                .map(interests::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(ListItem::sortOrder))
                .map(i -> i.name(getLocale()))
                .collect(Collectors.joining(", "));
        fact(more, "attractions.interests", interestNames);
        side.add(more);

        side.add(new H3(getTranslation("attractions.contact")));
        var contact = new Div();
        contact.addClassName("attraction-contact");
        website = null;
        phone = null;
        if (a.website() != null) {
            website = external(
                    a.website(),
                    a.website().replaceFirst("^https?://(www\\.)?", "").replaceFirst("/$", ""));
            contact.add(iconLink(VaadinIcon.GLOBE.create(), website));
        }
        if (a.phone() != null) {
            phone = new Anchor("tel:" + a.phone().replaceAll("[^+0-9]", ""), a.phone());
            contact.add(iconLink(VaadinIcon.PHONE.create(), phone));
        }
        map = external(mapAddress(a.latitude(), a.longitude()), getTranslation("attractions.map"));
        map.setTitle(getTranslation("attractions.map.title"));
        contact.add(iconLink(VaadinIcon.MAP_MARKER.create(), map));
        side.add(contact);

        var source = new Paragraph(source(a));
        source.addClassName("attraction-source");
        side.add(source);
        if (LinkedFields.isLinked(a)) {
            side.add(origins(a));
        }
    }

    /** Which fields follow the DATAtourisme point and which the office keeps as it wrote them. */
    private Div origins(AttractionDetails a) {
        var origins = new Div(
                new H3(getTranslation("attraction.origin.title")),
                new Paragraph(getTranslation("attraction.origin.feed", fields(LinkedFields.FROM_FEED))),
                new Paragraph(getTranslation("attraction.origin.office", fields(LinkedFields.FROM_OFFICE))),
                new Paragraph(getTranslation("attraction.origin.source", a.sourceUri())));
        origins.addClassName("attraction-origins");
        return origins;
    }

    private String fields(List<String> names) {
        return names.stream()
                .map(name -> getTranslation("attraction.origin.field." + name))
                .collect(Collectors.joining(", "));
    }

    private String source(AttractionDetails a) {
        var origin = getTranslation("attractions.source." + a.source().name());
        return a.sourceDate() == null
                ? getTranslation("attractions.source", origin)
                : getTranslation("attractions.source.dated", origin, words.day(a.sourceDate()));
    }

    /** A link to the place on OpenStreetMap: no embedded map, nothing loaded until someone clicks. */
    static String mapAddress(double latitude, double longitude) {
        var lat = String.format(Locale.ROOT, "%.5f", latitude);
        var lon = String.format(Locale.ROOT, "%.5f", longitude);
        return "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=15/" + lat + "/" + lon;
    }

    private static Anchor external(String href, String text) {
        var link = new Anchor(AttractionRules.isWebAddress(href) ? href : "", text);
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        return link;
    }

    private Component need(boolean yes, Component icon, String text) {
        var mark = (yes ? VaadinIcon.CHECK : VaadinIcon.CLOSE_SMALL).create();
        mark.addClassName("need-mark");
        var item = new Div(icon, new Span(text), mark);
        item.addClassNames("attraction-need", yes ? "yes" : "no");
        return item;
    }

    private static Component paw() {
        var icon = new SvgIcon("images/paw.svg");
        icon.addClassName("paw-icon");
        return icon;
    }

    private static Component iconText(Icon icon, String text) {
        var item = new Span(icon, new Span(text));
        item.addClassName("icon-text");
        return item;
    }

    private static Component iconLink(Icon icon, Anchor link) {
        var item = new Div(icon, link);
        item.addClassName("icon-text");
        return item;
    }

    private void fact(DescriptionList list, String key, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    private void toggleActive() {
        var changed = attractions.setActive(current().id(), !current().active());
        attraction = changed;
        Notification.show(
                        getTranslation(
                                changed.active() ? "attractions.reactivated" : "attractions.retired.done",
                                changed.name(getLocale())),
                        3000,
                        Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        show();
    }

    private AttractionDetails current() {
        return Objects.requireNonNull(attraction);
    }

    private boolean english() {
        return "en".equals(getLocale().getLanguage());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public String getPageTitle() {
        return attraction == null ? getTranslation("nav.attractions") : attraction.name(getLocale());
    }
}
