package org.comptoir.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.TwoOffices;
import org.comptoir.reference.OfficeService;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.report.aggregate.ReportAggregates;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.VisitService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reports of a network of offices (issue 16, decision 0030): the network director reads the recovery report
 * for the network and for each office, and the offices' figures add up to the network's; a director of one office
 * reads their office's, whatever office they filter on.
 */
@ComptoirTest
class OfficeReportTest {

    @Autowired
    ReportService reports;

    @Autowired
    VisitService visits;

    @Autowired
    OfficeService offices;

    @Autowired
    ReferenceListService lists;

    @Autowired
    ReportAggregates aggregates;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    TwoOffices two;

    @BeforeEach
    void twoOfficesWithVisitors() {
        two = TwoOffices.create(offices, lists);
        record(two.officeA(), two.deskA(), "anna", "DE", 2);
        record(two.officeB(), two.deskB(), "bea", "DE", 3);
        record(two.officeB(), two.deskB(), "bea", "US", 4);
        record(two.officeB(), two.deskB(), "bea", "FR", 1);
    }

    @AfterEach
    void onlyOneOfficeAgain() {
        two.remove(jdbc, aggregates, List.of("anna", "bea"));
    }

    @Test
    void a_network_director_reads_the_recovery_report_for_the_network_and_by_office_and_the_offices_add_up() {
        var network = TestUsers.inOffice(two.officeA(), "network", AppRoles.NETWORK, () -> counts(null));
        var officeA = TestUsers.inOffice(two.officeA(), "network", AppRoles.NETWORK, () -> counts(two.officeA()));
        var officeB = TestUsers.inOffice(two.officeA(), "network", AppRoles.NETWORK, () -> counts(two.officeB()));

        assertThat(officeB).as("office B's visitors this year").isNotEmpty().allMatch(v -> v >= 0);
        assertThat(officeB.stream().mapToLong(Long::longValue).sum())
                .as("office B: 3 German, 4 American, 1 French visitor (rows and totals)")
                .isPositive();
        var added = new ArrayList<Long>();
        for (int i = 0; i < network.size(); i++) {
            added.add(officeA.get(i) + officeB.get(i));
        }
        assertThat(network).as("the network is its offices, figure by figure").isEqualTo(added);
        assertThat(officeA).isNotEqualTo(network);
    }

    @Test
    void a_director_of_one_office_reads_their_office_only_whatever_office_they_ask_for() {
        var officeA = TestUsers.inOffice(two.officeA(), "network", AppRoles.NETWORK, () -> counts(two.officeA()));
        var zero = TestUsers.inOffice(two.officeA(), "network", AppRoles.NETWORK, () -> counts(-1L));

        assertThat(TestUsers.inOffice(two.officeA(), "director", AppRoles.DIRECTOR, () -> counts(null)))
                .isEqualTo(officeA);
        assertThat(TestUsers.inOffice(two.officeA(), "director", AppRoles.DIRECTOR, () -> counts(two.officeB())))
                .as("office B asked for, nothing of it given")
                .isEqualTo(zero);
    }

    /** Every count of the recovery report's first table (visitors by market and year), in order. */
    private List<Long> counts(Long office) {
        var year = LocalDate.now(clock).getYear();
        var request = new ReportRequest(
                ReportKind.RECOVERY,
                ReportPeriod.year(year),
                new ReportFilter(null, null, null, office),
                Comparison.none(),
                false);
        var section = reports.report(request, Locale.FRENCH).sections().getFirst();
        var counts = new ArrayList<Long>();
        for (var row : section.rows()) {
            for (int i = 0; i < row.values().size(); i++) {
                if (section.columns().get(i).format() == ReportColumn.Format.COUNT
                        && row.values().get(i) != null) {
                    counts.add(row.values().get(i).longValue());
                }
            }
        }
        return counts;
    }

    private void record(long office, long desk, String counsellor, String country, int adults) {
        TestUsers.inOffice(
                office,
                counsellor,
                AppRoles.COUNSELLOR,
                () -> visits.save(Interactions.draft()
                        .deskId(desk)
                        .country(country)
                        .adults(adults)
                        .build()));
    }
}
