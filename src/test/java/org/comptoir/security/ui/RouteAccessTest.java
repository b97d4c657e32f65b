package org.comptoir.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.comptoir.ViewTest;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every route, tried anonymously and as each role: allowed or denied as designed.
 */
class RouteAccessTest {

    private static final String ANONYMOUS = "anonymous";

    /** Route → view class simple name → who may open it. */
    private static final Map<String, Route> ROUTES = Map.ofEntries(
            Map.entry(
                    "login",
                    new Route(
                            "LoginView",
                            Set.of(
                                    ANONYMOUS,
                                    AppRoles.COUNSELLOR,
                                    AppRoles.DIRECTOR,
                                    AppRoles.ADMIN,
                                    AppRoles.NETWORK))),
            Map.entry(
                    "account",
                    new Route(
                            "AccountView",
                            Set.of(AppRoles.COUNSELLOR, AppRoles.DIRECTOR, AppRoles.ADMIN, AppRoles.NETWORK))),
            Map.entry("desk", new Route("DeskView", Set.of(AppRoles.COUNSELLOR))),
            Map.entry(
                    "attractions",
                    new Route("AttractionsView", Set.of(AppRoles.COUNSELLOR, AppRoles.DIRECTOR, AppRoles.ADMIN))),
            Map.entry(
                    "attractions/1",
                    new Route("AttractionDetailView", Set.of(AppRoles.COUNSELLOR, AppRoles.DIRECTOR, AppRoles.ADMIN))),
            Map.entry("attractions/new", new Route("AttractionEditView", Set.of(AppRoles.ADMIN))),
            Map.entry("attractions/1/edit", new Route("AttractionEditView", Set.of(AppRoles.ADMIN))),
            Map.entry("reports", new Route("ReportsView", Set.of(AppRoles.DIRECTOR, AppRoles.ADMIN, AppRoles.NETWORK))),
            Map.entry(
                    "reports/origins",
                    new Route("ReportView", Set.of(AppRoles.DIRECTOR, AppRoles.ADMIN, AppRoles.NETWORK))),
            Map.entry(
                    "reports/activity",
                    new Route("ReportView", Set.of(AppRoles.DIRECTOR, AppRoles.ADMIN, AppRoles.NETWORK))),
            Map.entry("history", new Route("HistoryView", Set.of(AppRoles.DIRECTOR, AppRoles.ADMIN, AppRoles.NETWORK))),
            Map.entry("admin/journal", new Route("AdminJournalView", Set.of(AppRoles.ADMIN))),
            Map.entry("admin/api", new Route("ApiTokensView", Set.of(AppRoles.ADMIN))),
            Map.entry("admin/users", new Route("UsersView", Set.of(AppRoles.ADMIN))),
            Map.entry(
                    "interactions/1/edit",
                    new Route(
                            "InteractionEditView",
                            Set.of(AppRoles.COUNSELLOR, AppRoles.DIRECTOR, AppRoles.ADMIN, AppRoles.NETWORK))),
            Map.entry("admin/lists", new Route("ListsView", Set.of(AppRoles.ADMIN))),
            Map.entry("admin/offices", new Route("OfficesView", Set.of(AppRoles.ADMIN))),
            Map.entry(
                    "recommend",
                    new Route("RecommendView", Set.of(AppRoles.COUNSELLOR, AppRoles.DIRECTOR, AppRoles.ADMIN))),
            Map.entry("admin/import", new Route("ImportView", Set.of(AppRoles.ADMIN))),
            Map.entry("admin/import/mapping", new Route("ImportMappingView", Set.of(AppRoles.ADMIN))),
            Map.entry("admin/import/past-counts", new Route("PastCountsView", Set.of(AppRoles.ADMIN))),
            Map.entry("admin/personal-data", new Route("PersonalDataView", Set.of(AppRoles.ADMIN))),
            Map.entry(
                    "follow-ups",
                    new Route("FollowUpsView", Set.of(AppRoles.COUNSELLOR, AppRoles.DIRECTOR, AppRoles.ADMIN))),
            // the satisfaction survey: the kiosk and the phone's page are open to visitors (the token decides what they
            // show); starting and leaving kiosk mode need someone signed in; the comments are the directors'
            Map.entry(
                    "kiosk/AAAAAAAAAAAAAAAAAAAAAAAA",
                    new Route(
                            "KioskView",
                            Set.of(
                                    ANONYMOUS,
                                    AppRoles.COUNSELLOR,
                                    AppRoles.DIRECTOR,
                                    AppRoles.ADMIN,
                                    AppRoles.NETWORK))),
            Map.entry(
                    "survey/AAAAAAAAAAAAAAAAAAAAAAAA",
                    new Route(
                            "SurveyView",
                            Set.of(
                                    ANONYMOUS,
                                    AppRoles.COUNSELLOR,
                                    AppRoles.DIRECTOR,
                                    AppRoles.ADMIN,
                                    AppRoles.NETWORK))),
            Map.entry(
                    "kiosk/AAAAAAAAAAAAAAAAAAAAAAAA/leave",
                    new Route("KioskLeaveView", Set.of(AppRoles.COUNSELLOR, AppRoles.DIRECTOR, AppRoles.ADMIN))),
            Map.entry("kiosk-mode", new Route("KioskStartView", Set.of(AppRoles.COUNSELLOR))),
            Map.entry("satisfaction", new Route("SatisfactionView", Set.of(AppRoles.DIRECTOR, AppRoles.ADMIN))),
            // the complaints register: every role records and lists; whether one complaint may be seen is the service's
            Map.entry(
                    "complaints",
                    new Route("ComplaintsView", Set.of(AppRoles.COUNSELLOR, AppRoles.DIRECTOR, AppRoles.ADMIN))),
            Map.entry(
                    "complaints/new",
                    new Route("ComplaintFormView", Set.of(AppRoles.COUNSELLOR, AppRoles.DIRECTOR, AppRoles.ADMIN))),
            Map.entry(
                    "complaints/1",
                    new Route("ComplaintView", Set.of(AppRoles.COUNSELLOR, AppRoles.DIRECTOR, AppRoles.ADMIN))),
            // the view opens for every role; whether this follow-up may be seen is the service's call
            Map.entry(
                    "follow-ups/1",
                    new Route("FollowUpView", Set.of(AppRoles.COUNSELLOR, AppRoles.DIRECTOR, AppRoles.ADMIN))));

    record Route(String view, Set<String> allowed) {}

    static List<String> routes() {
        return ROUTES.keySet().stream().sorted().toList();
    }

    abstract static class AsSomeone extends ViewTest {

        abstract String who();

        @ParameterizedTest
        @MethodSource("org.comptoir.security.ui.RouteAccessTest#routes")
        void each_route_opens_only_for_those_allowed(String path) {
            var route = ROUTES.get(path);
            Component view;
            try {
                view = navigate(path, Component.class);
            } catch (RuntimeException refused) {
                assertThat(route.allowed())
                        .as("%s refused to %s: %s", path, who(), refused.getMessage())
                        .doesNotContain(who());
                return;
            }
            var opened = view.getClass().getSimpleName().equals(route.view());
            assertThat(opened)
                    .as("%s opened %s for %s", path, view.getClass().getSimpleName(), who())
                    .isEqualTo(route.allowed().contains(who()));
            if (!opened && who().equals(ANONYMOUS)) {
                assertThat(view)
                        .as("anonymous visitors are sent to the login page")
                        .isInstanceOf(LoginView.class);
            }
        }
    }

    @Nested
    @WithAnonymousUser
    class Anonymous extends AsSomeone {
        String who() {
            return ANONYMOUS;
        }
    }

    @Nested
    @WithMockUser(username = "counsellor", roles = AppRoles.COUNSELLOR)
    class Counsellor extends AsSomeone {
        String who() {
            return AppRoles.COUNSELLOR;
        }
    }

    @Nested
    @WithMockUser(username = "director", roles = AppRoles.DIRECTOR)
    class Director extends AsSomeone {
        String who() {
            return AppRoles.DIRECTOR;
        }
    }

    @Nested
    @WithMockUser(username = "admin", roles = AppRoles.ADMIN)
    class Admin extends AsSomeone {
        String who() {
            return AppRoles.ADMIN;
        }
    }

    @Nested
    @WithMockUser(username = "network", roles = AppRoles.NETWORK)
    class Network extends AsSomeone {
        String who() {
            return AppRoles.NETWORK;
        }
    }
}
