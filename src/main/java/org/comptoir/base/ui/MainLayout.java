package org.comptoir.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.Translations;

/**
 * The shell around every signed-in page: the navigation the person's roles allow, the page title,
 * who is signed in, the language switch, their account, the light or dark theme and logout.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** Route of the signed-in person's own account page (change password). */
    public static final String ACCOUNT_ROUTE = "account";

    /** The id of the page's content, the skip link's target. */
    static final String CONTENT_ID = "main-content";

    private final H1 pageTitle = new H1();
    private final List<MenuBadge> badges;
    /** Menu items by route path, for their badges. */
    private final Map<String, SideNavItem> items = new HashMap<>();

    MainLayout(AuthenticationContext authentication, ComptoirProperties properties, List<MenuBadge> badges) {
        this.badges = badges;
        setPrimarySection(Section.DRAWER);
        addClassName("comptoir-shell");
        var menu = new Nav(brand(properties.officeName()), new Scroller(navigation()));
        menu.addClassName("shell-menu");
        menu.getElement().setAttribute("aria-label", getTranslation("shell.navigation"));
        addToDrawer(menu);
        pageTitle.addClassName("page-title");
        var spacer = new Div();
        spacer.addClassName("spacer");
        // first in the tab order, shown when focused: straight to the page's content (RGAA 12.7)
        var skip = new Anchor("#" + CONTENT_ID, getTranslation("shell.skip"));
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        // the page's base URL is the app's root: a plain "#…" link would leave the page
        skip.getElement()
                .executeJs(
                        "this.addEventListener('click', e => { e.preventDefault();"
                                + " document.getElementById($0)?.focus(); })",
                        CONTENT_ID);
        var header = new Header(skip, new DrawerToggle(), pageTitle, spacer, userMenu(authentication));
        header.addClassName("shell-header");
        addToNavbar(header);
    }

    private Component brand(String officeName) {
        var logo = new Image("images/comptoir-logo.svg", "");
        logo.addClassName("brand-logo");
        var name = new Span("Comptoir");
        name.addClassName("brand-name");
        var office = new Span(officeName);
        office.addClassName("brand-office");
        var text = new Div(name, office);
        text.addClassName("brand-text");
        var brand = new Div(logo, text);
        brand.addClassName("brand");
        return brand;
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.addClassName("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(navItem(entry)));
        return nav;
    }

    private SideNavItem navItem(MenuEntry entry) {
        var item = new SideNavItem(getTranslation(entry.title()), entry.path());
        item.setMatchNested(true);
        items.put(stripSlashes(entry.path()), item);
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }

    private Component userMenu(AuthenticationContext authentication) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("user-menu");
        var userName = authentication.getPrincipalName().orElse("");
        var root = menu.addItem(new Span(new Icon(VaadinIcon.USER), new Span(userName)));
        root.setAriaLabel(getTranslation("shell.user-menu", userName));
        var sub = root.getSubMenu();
        sub.addItem(getTranslation("shell.account"), e -> getUI().ifPresent(ui -> ui.navigate(ACCOUNT_ROUTE)));
        var other = Translations.FRENCH.getLanguage().equals(getLocale().getLanguage())
                ? Translations.ENGLISH
                : Translations.FRENCH;
        sub.addItem(getTranslation("shell.language", other.getDisplayLanguage(other)), e -> UiLocale.switchTo(other));
        themeMenu(sub.addItem(getTranslation("shell.theme")).getSubMenu());
        sub.addItem(getTranslation("shell.logout"), e -> authentication.logout());

        var languageButton = new MenuBar();
        languageButton.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        languageButton.addClassName("language-switch");
        languageButton
                .addItem(other.getLanguage().toUpperCase(Locale.ROOT), e -> UiLocale.switchTo(other))
                .setAriaLabel(getTranslation("shell.language", other.getDisplayLanguage(other)));
        return new Div(languageButton, menu);
    }

    /** Light, dark or the system's setting; the one in force is checked. */
    private void themeMenu(SubMenu menu) {
        var current = UiTheme.current();
        var choices = new ArrayList<MenuItem>();
        for (var theme : UiTheme.values()) {
            var item = menu.addItem(getTranslation(theme.translationKey()));
            item.setCheckable(true);
            item.setChecked(theme == current);
            item.addClickListener(e -> {
                choices.forEach(other -> other.setChecked(other == item));
                theme.apply();
            });
            choices.add(item);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        pageTitle.setText(getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
        if (getContent() != null) {
            // the page's main landmark, for skipping the menu with a screen reader (RGAA 12.6), and the
            // skip link's target, which takes the focus when reached
            getContent().getElement().setAttribute("role", "main");
            getContent().getElement().setAttribute("id", CONTENT_ID);
            getContent().getElement().setAttribute("tabindex", "-1");
        }
        showBadges();
    }

    private void showBadges() {
        for (var badge : badges) {
            var item = items.get(stripSlashes(badge.path()));
            if (item != null) {
                item.setSuffixComponent(
                        badge.badge(getLocale()).map(MainLayout::badgeOf).orElse(null));
            }
        }
    }

    private static Component badgeOf(MenuBadge.Badge badge) {
        var span = new Span(String.valueOf(badge.count()));
        span.addClassName("menu-badge");
        span.addClassName(badge.urgent() ? "urgent" : "calm");
        span.getElement().setAttribute("title", badge.description());
        span.getElement().setAttribute("aria-label", badge.description());
        return span;
    }

    private static String stripSlashes(String path) {
        return path.replaceAll("^/+|/+$", "");
    }
}
