package org.comptoir.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.attraction.AttractionCategory;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionFilter;
import org.comptoir.attraction.AttractionService;
import org.comptoir.attraction.AttractionSort;
import org.comptoir.reference.ListItem;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.report.Comparison;
import org.comptoir.report.RawReports;
import org.comptoir.report.ReportFilter;
import org.comptoir.report.ReportKind;
import org.comptoir.report.ReportPeriod;
import org.comptoir.report.ReportRequest;
import org.comptoir.report.ReportService;
import org.comptoir.report.Season;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.Channel;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.StayLength;
import org.comptoir.visit.VisitService;
import org.comptoir.visit.VisitorType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's reports are the report service's: random interactions in years no other test reads (2003–2006),
 * then, for random periods, filters and comparisons, the JSON over HTTP equals the report computed from the raw
 * rows (the exactness test's way), as the screen and the exports show it. And its attraction search is the
 * attraction list's.
 */
@ComptoirTest
class ApiReportTest {

    private static final String[] COUNTRIES = {"FR", "FR", "FR", "DE", "GB", "BE", "NL", "US", "JP"};

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    ReferenceListService lists;

    @Autowired
    VisitService visits;

    @Autowired
    ReportService reports;

    @Autowired
    AttractionService attractions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    private final Random random = new Random(20261203);
    private ApiClient api;
    private long desk;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        desk = ApiClient.newDesk(lists, "APIREP");
    }

    @Test
    void every_report_over_the_api_equals_the_report_services_figures_for_random_periods() {
        randomHistory(150);
        var token = ApiClient.token(tokens, desk, 100_000, ApiScope.REPORTS_READ);

        for (int i = 0; i < 40; i++) {
            var request = randomRequest();
            var locale = random.nextBoolean() ? Locale.FRENCH : Locale.ENGLISH;
            var response = api.get(
                    "/api/v1/reports/" + request.kind().slug() + "?" + query(request) + "&lang=" + locale.getLanguage(),
                    token);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            var expected = TestUsers.as(
                    "director", AppRoles.DIRECTOR, () -> RawReports.report(reports, jdbc, request, locale));
            var answered = ApiClient.json(response);
            assertThat(answered.get("report"))
                    .as(request.toString())
                    .isEqualTo(ApiClient.JSON.readTree(json.writeValueAsString(expected)));
            assertThat(answered.get("from").asString())
                    .isEqualTo(request.period().from().toString());
        }
    }

    @Test
    void this_months_origins_are_the_default_and_a_wrong_parameter_is_a_400_naming_it() {
        var token = ApiClient.token(tokens, desk, 100_000, ApiScope.REPORTS_READ);
        var month = YearMonth.from(TestUsers.as("director", AppRoles.DIRECTOR, () -> reports.today()));

        var origins = ApiClient.json(api.get("/api/v1/reports/origins", token));
        var badMonth = api.get("/api/v1/reports/origins?period=month&month=2026-13", token);
        var badCompare = api.get("/api/v1/reports/stay?compare=yesterday", token);
        var tooLong = api.get("/api/v1/reports/stay?period=custom&from=1990&to=2026", token);

        assertThat(origins.get("from").asString()).isEqualTo(month.atDay(1).toString());
        assertThat(origins.get("to").asString()).isEqualTo(month.atEndOfMonth().toString());
        assertThat(origins.get("report").get("sections").size()).isPositive();
        assertThat(ApiClient.json(badMonth).get("parameter").asString()).isEqualTo("month");
        assertThat(ApiClient.json(badCompare).get("parameter").asString()).isEqualTo("compare");
        assertThat(ApiClient.json(tooLong).get("parameter").asString()).isEqualTo("to");
    }

    @Test
    void the_attraction_search_is_the_attraction_lists_with_the_same_filters() {
        var token = ApiClient.token(tokens, desk, 100_000, ApiScope.ATTRACTIONS_READ);
        var day = LocalDate.of(2026, 7, 14);
        var searches = List.of(
                new Object[] {"q=puy", AttractionFilter.text("puy"), AttractionSort.NAME, true},
                new Object[] {
                    "category=MUSEUM&sort=drive&desc=true",
                    new AttractionFilter(
                            "", AttractionCategory.MUSEUM, null, false, false, false, false, null, null, false),
                    AttractionSort.DRIVE_TIME,
                    false
                },
                new Object[] {
                    "indoor=true&open=" + day + "&drive=45",
                    new AttractionFilter("", null, null, false, false, false, true, day, 45, false),
                    AttractionSort.NAME,
                    true
                },
                new Object[] {
                    "family=true&accessible=true&sort=category",
                    new AttractionFilter("", null, null, true, true, false, false, null, null, false),
                    AttractionSort.CATEGORY,
                    true
                });

        for (var search : searches) {
            var answered = ApiClient.json(api.get("/api/v1/attractions?size=20&" + search[0], token));
            var expected = TestUsers.as(
                    "counsellor",
                    AppRoles.COUNSELLOR,
                    () -> attractions
                            .search(
                                    (AttractionFilter) search[1],
                                    (AttractionSort) search[2],
                                    (Boolean) search[3],
                                    PageRequest.of(0, 20))
                            .getContent());
            assertThat(answered.get("items").valueStream().map(a -> a.get("id").asLong()))
                    .as((String) search[0])
                    .containsExactlyElementsOf(
                            expected.stream().map(AttractionDetails::id).toList());
        }
        var all = ApiClient.json(api.get("/api/v1/attractions?size=1", token));
        assertThat(all.get("items").size()).isOne();
        assertThat(all.get("hasNext").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/attractions?category=CASINO", token).statusCode())
                .isEqualTo(400);
    }

    private void randomHistory(int count) {
        var interests = TestUsers.as("admin", AppRoles.ADMIN, () -> ids(ListKind.INTEREST));
        var questions = TestUsers.as("admin", AppRoles.ADMIN, () -> ids(ListKind.QUESTION));
        var picks = TestUsers.as(
                "admin",
                AppRoles.ADMIN,
                () -> attractions.active().stream()
                        .map(AttractionDetails::id)
                        .limit(20)
                        .toList());
        for (int i = 0; i < count; i++) {
            var country = COUNTRIES[random.nextInt(COUNTRIES.length)];
            var draft = Interactions.draft()
                    .occurredAt(LocalDateTime.of(2003, 1, 1, 9, 0)
                            .plusDays(random.nextInt(4 * 365))
                            .plusMinutes(random.nextInt(9 * 60)))
                    .deskId(random.nextInt(4) == 0 ? null : desk)
                    .channel(Channel.values()[random.nextInt(Channel.values().length)])
                    .adults(1 + random.nextInt(3))
                    .children(random.nextInt(3))
                    .visitorType(random.nextInt(3) == 0 ? null : VisitorType.values()[random.nextInt(6)])
                    .country(country)
                    .departement("FR".equals(country) && random.nextBoolean() ? "63" : null)
                    .stayLength(random.nextInt(4) == 0 ? null : StayLength.values()[random.nextInt(6)])
                    .interestIds(subset(interests, 3))
                    .questionIds(subset(questions, 2))
                    .pickIds(List.copyOf(subset(picks, 2)))
                    .build();
            TestUsers.asHistoryWriter(
                    random.nextBoolean() ? "api-anna" : "api-bruno",
                    () -> visits.save(draft, TestUsers.HISTORY_REASON));
        }
    }

    private List<Long> ids(ListKind kind) {
        return lists.items(kind, false).stream().map(ListItem::id).toList();
    }

    private Set<Long> subset(List<Long> ids, int max) {
        var chosen = new LinkedHashSet<Long>();
        for (int i = random.nextInt(max + 1); i > 0 && !ids.isEmpty(); i--) {
            chosen.add(ids.get(random.nextInt(ids.size())));
        }
        return chosen;
    }

    private ReportRequest randomRequest() {
        var kind = ReportKind.values()[random.nextInt(ReportKind.values().length)];
        var year = 2003 + random.nextInt(5);
        var period = switch (random.nextInt(5)) {
            case 0 -> ReportPeriod.month(YearMonth.of(year, 1 + random.nextInt(12)));
            case 1 -> ReportPeriod.season(Season.values()[random.nextInt(4)], year);
            case 2 -> ReportPeriod.year(year);
            case 3 -> ReportPeriod.years(2003 + random.nextInt(2), 2005 + random.nextInt(2));
            default -> {
                var from = LocalDate.of(2003, 1, 1).plusDays(random.nextInt(1400));
                yield ReportPeriod.custom(from, from.plusDays(random.nextInt(500)));
            }
        };
        var comparison = switch (random.nextInt(3)) {
            case 0 -> Comparison.none();
            case 1 -> Comparison.previousYear();
            default -> Comparison.referenceYear(2003 + random.nextInt(3));
        };
        var filter = new ReportFilter(
                random.nextInt(3) == 0 ? null : desk,
                random.nextInt(3) == 0 ? Channel.values()[random.nextInt(Channel.values().length)] : null,
                random.nextInt(3) == 0 ? VisitorType.values()[random.nextInt(6)] : null);
        return new ReportRequest(kind, period, filter, comparison, random.nextBoolean());
    }

    /** The request as the report view's address says it. */
    private static String query(ReportRequest request) {
        var parts = new ArrayList<String>();
        var period = request.period();
        switch (period.kind()) {
            case MONTH -> parts.add("period=month&month=" + YearMonth.from(period.from()));
            case SEASON ->
                parts.add("period=season&season="
                        + Season.of(period.from().getMonth()).name().toLowerCase(Locale.ROOT) + "&year="
                        + period.from().getYear());
            case YEAR -> parts.add("period=year&year=" + period.from().getYear());
            case CUSTOM -> parts.add("period=custom&from=" + period.from() + "&to=" + period.to());
        }
        add(parts, "desk", request.filter().deskId());
        add(parts, "channel", request.filter().channel());
        add(parts, "visitorType", request.filter().visitorType());
        switch (request.comparison().kind()) {
            case NONE -> parts.add("compare=none");
            case PREVIOUS_YEAR -> parts.add("compare=previous");
            case REFERENCE_YEAR ->
                parts.add("compare=reference&ref=" + request.comparison().referenceYear());
        }
        parts.add("fine=" + request.fineRegions());
        return String.join("&", parts);
    }

    private static void add(List<String> parts, String name, @Nullable Object value) {
        if (value != null) {
            parts.add(name + "=" + value);
        }
    }
}
