package org.comptoir.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.comptoir.ComptoirTest;
import org.comptoir.Csv;
import org.comptoir.TestUsers;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.reference.ListItemDraft;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history's CSV export, read back as a spreadsheet would: the interactions of one counsellor
 * invented per test, so that other tests' interactions never get in the way.
 */
@ComptoirTest
@Transactional
@WithMockUser(username = "director", roles = AppRoles.DIRECTOR)
class InteractionExportTest {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final List<String> FRENCH_HEADER = List.of(
            "Date",
            "Heure",
            "Accueil",
            "Conseiller",
            "Canal",
            "Adultes",
            "Enfants",
            "Personnes",
            "Composition",
            "Type de visiteur",
            "Pays",
            "Code pays",
            "Département",
            "Langue",
            "Durée du séjour",
            "Hébergement",
            "Motif",
            "Centres d’intérêt",
            "Questions posées",
            "Suites données",
            "Comptage rapide",
            "Note");
    private static final List<String> ENGLISH_HEADER = List.of(
            "Date",
            "Time",
            "Desk",
            "Counsellor",
            "Channel",
            "Adults",
            "Children",
            "Persons",
            "Party",
            "Visitor type",
            "Country",
            "Country code",
            "Département",
            "Language",
            "Length of stay",
            "Accommodation",
            "Purpose",
            "Interests",
            "Questions asked",
            "Outcomes",
            "Quick count",
            "Note");

    @Autowired
    InteractionExport export;

    @Autowired
    VisitService visits;

    @Autowired
    ReferenceListService lists;

    @Autowired
    ComptoirProperties properties;

    @Autowired
    Clock clock;

    String counsellor;
    LocalDate today;
    long mainDesk;

    @BeforeEach
    void aNewCounsellor() {
        counsellor = "export" + NAMES.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        today = LocalDate.now(clock.withZone(properties.timeZone()));
        mainDesk = lists.items(ListKind.DESK, true).stream()
                .filter(d -> d.code().equals("MAIN"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void the_file_is_utf8_with_a_bom_a_french_header_and_one_line_per_interaction_oldest_first() {
        var germans = save(germanFamily(hoursAgo(2), "Aime les volcans"));
        var quick = save(quickCount(hoursAgo(1)));

        var bytes = csv(mine(), Locale.FRENCH);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        var text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        var rows = parse(text.substring(1));

        assertThat(rows.getFirst()).containsExactlyElementsOf(FRENCH_HEADER);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1))
                .containsExactly(
                        date(germans.occurredAt()),
                        time(germans.occurredAt()),
                        "Accueil principal",
                        counsellor,
                        "Téléphone",
                        "2",
                        "1",
                        "3",
                        "Famille",
                        "Touriste",
                        "Allemagne",
                        "DE",
                        "",
                        "Allemand",
                        "2 à 3 nuits",
                        "Hôtel",
                        "Loisirs",
                        "Volcans et nature, Randonnée",
                        "Transports",
                        "Documentation remise, Suite à donner",
                        "Non",
                        "Aime les volcans");
        assertThat(rows.get(2))
                .containsExactly(
                        date(quick.occurredAt()),
                        time(quick.occurredAt()),
                        "Accueil principal",
                        counsellor,
                        "Comptoir",
                        "1",
                        "0",
                        "1",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "Itinéraire et plans",
                        "",
                        "Oui",
                        "");
    }

    @Test
    void the_file_speaks_english_when_asked() {
        save(germanFamily(hoursAgo(1), null));

        var rows = parse(new String(csv(mine(), Locale.ENGLISH), StandardCharsets.UTF_8).substring(1));

        assertThat(rows.getFirst()).containsExactlyElementsOf(ENGLISH_HEADER);
        assertThat(rows.get(1))
                .containsSequence(
                        "Main desk",
                        counsellor,
                        "Phone",
                        "2",
                        "1",
                        "3",
                        "Family",
                        "Tourist",
                        "Germany",
                        "DE",
                        "",
                        "German",
                        "2–3 nights",
                        "Hotel",
                        "Leisure",
                        "Volcanoes & nature, Hiking",
                        "Transport",
                        "Brochures given, Follow-up needed",
                        "No",
                        "");
    }

    @Test
    void a_note_with_separators_quotes_and_a_line_break_comes_back_unchanged() {
        var note = "Demande \"Panoramique des Dômes\"; revient demain\navec des amis";
        save(germanFamily(hoursAgo(1), note));

        var text = new String(csv(mine(), Locale.FRENCH), StandardCharsets.UTF_8);

        assertThat(text).contains("\"Demande \"\"Panoramique des Dômes\"\"; revient demain\navec des amis\"\r\n");
        assertThat(parse(text.substring(1)).get(1).getLast()).isEqualTo(note);
    }

    @Test
    void the_filters_keep_only_what_they_select() {
        var otherDesk = asAdmin(() -> lists.save(
                        ListKind.DESK,
                        new ListItemDraft(null, 0, "EXPORT_" + System.nanoTime(), "Kiosque export", "Export kiosk", 99))
                .id());
        save(germanFamily(hoursAgo(3), "german"));
        save(Interactions.draft()
                .occurredAt(hoursAgo(2))
                .deskId(otherDesk)
                .channel(Channel.EMAIL)
                .visitorType(VisitorType.LOCAL_RESIDENT)
                .country("JP")
                .note("japanese")
                .build());

        assertThat(notes(mine())).containsExactly("german", "japanese");
        assertThat(notes(mine(null, "JP", null, null))).containsExactly("japanese");
        assertThat(notes(mine(otherDesk, null, null, null))).containsExactly("japanese");
        assertThat(notes(mine(null, null, Channel.PHONE, null))).containsExactly("german");
        assertThat(notes(mine(null, null, null, VisitorType.LOCAL_RESIDENT))).containsExactly("japanese");
        assertThat(notes(new HistoryFilter(today.plusDays(1), today.plusDays(30), null, counsellor, null, null, null)))
                .isEmpty();
        assertThat(notes(new HistoryFilter(today.minusDays(1), today, null, counsellor + "x", null, null, null)))
                .isEmpty();
    }

    @Test
    void both_days_of_the_period_are_included() {
        var at = hoursAgo(1);
        save(germanFamily(at, "that day"));
        var day = at.toLocalDate();

        assertThat(notes(new HistoryFilter(day, day, null, counsellor, null, null, null)))
                .containsExactly("that day");
        assertThat(notes(new HistoryFilter(day.minusDays(7), day.minusDays(1), null, counsellor, null, null, null)))
                .isEmpty();
    }

    @Test
    void deleted_interactions_are_left_out() {
        save(germanFamily(hoursAgo(2), "kept"));
        var deleted = save(germanFamily(hoursAgo(1), "deleted"));
        as(counsellor, AppRoles.COUNSELLOR, () -> {
            visits.delete(deleted.id(), deleted.version());
            return null;
        });

        assertThat(notes(mine())).containsExactly("kept");
    }

    @Test
    void a_counsellor_cannot_export_the_history() {
        assertThatThrownBy(() -> as(counsellor, AppRoles.COUNSELLOR, () -> {
                    export.writeCsv(mine(), Locale.FRENCH, new ByteArrayOutputStream());
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
    }

    private HistoryFilter mine() {
        return mine(null, null, null, null);
    }

    private HistoryFilter mine(Long desk, String country, Channel channel, VisitorType visitorType) {
        return new HistoryFilter(today.minusDays(2), today, desk, counsellor, country, channel, visitorType);
    }

    private byte[] csv(HistoryFilter filter, Locale locale) {
        var out = new ByteArrayOutputStream();
        export.writeCsv(filter, locale, out);
        return out.toByteArray();
    }

    /** The notes of the exported lines: which interactions the filter kept, in order. */
    private List<String> notes(HistoryFilter filter) {
        var rows = parse(new String(csv(filter, Locale.FRENCH), StandardCharsets.UTF_8).substring(1));
        return rows.subList(1, rows.size()).stream().map(List::getLast).toList();
    }

    private InteractionDetails save(InteractionDraft draft) {
        return as(counsellor, AppRoles.COUNSELLOR, () -> visits.save(draft));
    }

    private InteractionDraft germanFamily(LocalDateTime at, String note) {
        return Interactions.draft()
                .occurredAt(at)
                .deskId(mainDesk)
                .channel(Channel.PHONE)
                .adults(2)
                .children(1)
                .partyType(PartyType.FAMILY)
                .visitorType(VisitorType.TOURIST)
                .country("DE")
                .language(ConversationLanguage.DE)
                .stayLength(StayLength.TWO_THREE_NIGHTS)
                .accommodation(Accommodation.HOTEL)
                .purpose(Purpose.LEISURE)
                .interestIds(Set.of(item(ListKind.INTEREST, "HIKING"), item(ListKind.INTEREST, "VOLCANOES_NATURE")))
                .questionIds(Set.of(item(ListKind.QUESTION, "TRANSPORT")))
                .outcomes(Set.of(Outcome.FOLLOW_UP_NEEDED, Outcome.BROCHURES_GIVEN))
                .note(note)
                .build();
    }

    private InteractionDraft quickCount(LocalDateTime at) {
        return Interactions.draft()
                .occurredAt(at)
                .deskId(mainDesk)
                .questionIds(Set.of(item(ListKind.QUESTION, "DIRECTIONS_MAPS")))
                .quick(true)
                .build();
    }

    private LocalDateTime hoursAgo(int hours) {
        // within the last two days whatever the hour the tests run at
        return LocalDateTime.now(clock.withZone(properties.timeZone()))
                .minusHours(hours)
                .withNano(0);
    }

    private long item(ListKind kind, String code) {
        return lists.items(kind, true).stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static String date(LocalDateTime at) {
        return at.toLocalDate().toString();
    }

    private static String time(LocalDateTime at) {
        return "%02d:%02d".formatted(at.getHour(), at.getMinute());
    }

    private static <T> T asAdmin(Supplier<T> action) {
        return as("admin", AppRoles.ADMIN, action);
    }

    private static <T> T as(String user, String role, Supplier<T> action) {
        return TestUsers.as(user, role, action);
    }

    static List<List<String>> parse(String text) {
        return Csv.parse(text);
    }
}
