package org.comptoir.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.comptoir.ComptoirTest;
import org.comptoir.TestClock;
import org.comptoir.TestDesks;
import org.comptoir.TestUsers;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.reference.WorldRegion.Market;
import org.comptoir.security.AppRoles;
import org.comptoir.security.DeskDirectory;
import org.comptoir.security.OfficeScope;
import org.comptoir.suggestion.SheetLanguage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;

/**
 * The survey's rules against the tests' MariaDB, answered as an anonymous visitor: kiosks and their end, sheet codes
 * that answer once (even twice at the same moment), expiry and rate limits on the Clock bean, and comments that are
 * checked for length and kept as plain text.
 */
@ComptoirTest
@WithAnonymousUser
class SurveyServiceTest {

    /** A day of the tests' own, far from the other tests' answers. */
    private static final LocalDateTime A_MORNING = LocalDateTime.of(2031, 5, 14, 10, 0);

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveySettings settings;

    @Autowired
    ReferenceListService lists;

    @Autowired
    TestClock clock;

    @Autowired
    DataSource dataSource;

    @Autowired
    DeskDirectory desks;

    @Autowired
    OfficeScope scope;

    @Autowired
    ComptoirProperties properties;

    long desk;

    @BeforeEach
    void aDeskOfItsOwn() {
        desk = TestDesks.create(lists, "SURVEY", "Borne de test", "Test kiosk");
        clock.setOfficeTime(A_MORNING);
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    @Test
    void a_kiosk_takes_answers_for_its_desk_until_a_signed_in_person_ends_it() {
        var started = asCounsellor(() -> surveys.startKiosk(desk));
        assertThat(started.secret()).hasSize(24).matches("[A-Za-z0-9_-]+");
        assertThat(surveys.kiosk(started.secret())).map(KioskDetails::deskId).contains(desk);

        surveys.answerAtKiosk(started.secret(), answer(5).withMarket(Market.EUROPE));

        assertThat(answersOfTheDesk()).singleElement().satisfies(a -> {
            assertThat(a.source()).isEqualTo(SurveySource.KIOSK);
            assertThat(a.market()).isEqualTo(Market.EUROPE);
            assertThat(a.satisfaction()).isEqualTo(5);
            assertThat(a.answeredOn()).isEqualTo(A_MORNING.toLocalDate());
        });
        assertThatThrownBy(() -> surveys.endKiosk(started.secret())).isInstanceOf(AccessDeniedException.class);

        assertThat(asCounsellor(() -> surveys.endKiosk(started.secret()))).isTrue();
        assertThat(asCounsellor(() -> surveys.endKiosk(started.secret())))
                .as("ended already")
                .isFalse();

        assertThat(surveys.kiosk(started.secret())).isEmpty();
        assertThatThrownBy(() -> surveys.answerAtKiosk(started.secret(), answer(4)))
                .isInstanceOf(SurveyRefused.class)
                .hasMessage(SurveyRefused.KIOSK);
        assertThat(answersOfTheDesk()).hasSize(1);
    }

    @Test
    void a_kiosk_stops_at_the_end_of_the_office_day_it_was_started() {
        var started = asCounsellor(() -> surveys.startKiosk(desk));
        var zone = properties.timeZone();
        assertThat(started.kiosk().expiresAt())
                .isEqualTo(A_MORNING
                        .toLocalDate()
                        .atTime(settings.kioskUntil())
                        .atZone(zone)
                        .toInstant());

        clock.setOfficeTime(
                A_MORNING.toLocalDate().atTime(settings.kioskUntil()).minusMinutes(1));
        assertThat(surveys.kiosk(started.secret())).isPresent();
        clock.setOfficeTime(
                A_MORNING.toLocalDate().atTime(settings.kioskUntil()).plusSeconds(1));

        assertThat(surveys.kiosk(started.secret())).isEmpty();
        assertThatThrownBy(() -> surveys.answerAtKiosk(started.secret(), answer(4)))
                .isInstanceOf(SurveyRefused.class)
                .hasMessage(SurveyRefused.KIOSK);
        // started after that time, a kiosk works until the next day's
        var late = asCounsellor(() -> surveys.startKiosk(desk));
        assertThat(late.kiosk().expiresAt())
                .isEqualTo(A_MORNING
                        .toLocalDate()
                        .plusDays(1)
                        .atTime(settings.kioskUntil())
                        .atZone(zone)
                        .toInstant());
    }

    @Test
    void a_visitor_cannot_start_a_kiosk_nor_read_the_answers_and_a_counsellor_cannot_read_them_either() {
        assertThatThrownBy(() -> surveys.startKiosk(desk)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> surveys.answers(desk, false, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> surveys.invite(1, desk, "FR")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        TestUsers.as("counsellor", AppRoles.COUNSELLOR, () -> surveys.answers(desk, false, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(TestUsers.as("director", AppRoles.DIRECTOR, () -> surveys.answers(desk, false, 0, 10)))
                .isEmpty();
    }

    @Test
    void a_sheet_code_answers_once_for_the_desk_and_market_of_its_interaction_and_so_do_the_other_codes_of_it() {
        var interaction = anInteraction();
        var first = invite(interaction, "DE");
        var second = invite(interaction, "DE");
        var other = invite(anInteraction(), "US");
        assertThat(surveys.invitation(first)).contains(new SurveyInvitation(desk, Market.EUROPE));

        surveys.answerInvitation(first, answer(4).withMarket(Market.FRANCE).withComment("Très bon accueil"), address());

        assertThat(answersOfTheDesk()).singleElement().satisfies(a -> {
            assertThat(a.source()).isEqualTo(SurveySource.SHEET);
            // from the code, whatever the draft said
            assertThat(a.market()).isEqualTo(Market.EUROPE);
            assertThat(a.deskId()).isEqualTo(desk);
            assertThat(a.comment()).isEqualTo("Très bon accueil");
        });
        for (var used : List.of(first, second)) {
            assertThat(surveys.invitation(used)).isEmpty();
            assertThatThrownBy(() -> surveys.answerInvitation(used, answer(1), address()))
                    .isInstanceOf(SurveyRefused.class)
                    .hasMessage(SurveyRefused.TOKEN);
        }
        assertThat(surveys.invitation(other)).contains(new SurveyInvitation(desk, Market.LONG_HAUL));
        assertThat(answersOfTheDesk()).hasSize(1);
        assertThat(new JdbcTemplate(dataSource)
                        .queryForObject(
                                "select count(*) from survey_invitation where interaction_id = ?",
                                Long.class,
                                interaction))
                .as("nothing left that ties the interaction to the answer")
                .isZero();
    }

    @Test
    void two_answers_to_one_code_at_the_same_moment_make_one_answer() throws Exception {
        for (int round = 0; round < 5; round++) {
            var code = invite(anInteraction(), null);
            var ready = new CountDownLatch(2);
            var go = new CountDownLatch(1);
            Callable<Boolean> answering = () -> {
                SecurityContextHolder.getContext()
                        .setAuthentication(new AnonymousAuthenticationToken(
                                "visitor", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
                ready.countDown();
                go.await();
                try {
                    surveys.answerInvitation(code, answer(3), address());
                    return true;
                } catch (SurveyRefused refused) {
                    return false;
                } finally {
                    SecurityContextHolder.clearContext();
                }
            };
            try (var threads = Executors.newFixedThreadPool(2)) {
                var one = threads.submit(answering);
                var two = threads.submit(answering);
                ready.await();
                go.countDown();
                assertThat(List.of(one.get(), two.get())).containsExactlyInAnyOrder(true, false);
            }
        }
        assertThat(answersOfTheDesk()).hasSize(5);
    }

    @Test
    void a_sheet_code_expires_after_its_validity() {
        var code = invite(anInteraction(), "FR");
        clock.setOfficeTime(A_MORNING.plus(settings.sheetValidity()).minusMinutes(1));
        assertThat(surveys.invitation(code)).isPresent();

        clock.setOfficeTime(A_MORNING.plus(settings.sheetValidity()).plusMinutes(1));

        assertThat(surveys.invitation(code)).isEmpty();
        assertThatThrownBy(() -> surveys.answerInvitation(code, answer(5), address()))
                .isInstanceOf(SurveyRefused.class)
                .hasMessage(SurveyRefused.TOKEN);
    }

    @Test
    void a_hundred_answers_a_minute_from_one_address_keep_only_its_limit_and_the_next_minute_takes_more() {
        var from = address();
        var codes = new ArrayList<String>();
        for (int i = 0; i < 101; i++) {
            codes.add(invite(anInteraction(), "FR"));
        }
        int kept = 0;
        int refused = 0;
        for (int i = 0; i < 100; i++) {
            try {
                surveys.answerInvitation(codes.get(i), answer(5), from);
                kept++;
            } catch (SurveyRefused tooMany) {
                assertThat(tooMany.messageKey()).isEqualTo(SurveyRefused.TOO_MANY);
                refused++;
            }
        }
        assertThat(kept).isEqualTo(settings.addressPerMinute());
        assertThat(refused).isEqualTo(100 - settings.addressPerMinute());
        assertThat(answersOfTheDesk()).hasSize(kept);
        // another address is not held back
        surveys.answerInvitation(codes.get(kept), answer(4), address());

        clock.setOfficeTime(A_MORNING.plusMinutes(1).plusSeconds(1));

        surveys.answerInvitation(codes.get(100), answer(3), from);
        assertThat(answersOfTheDesk()).hasSize(kept + 2);
    }

    @Test
    void tries_with_made_up_codes_count_against_the_address_too() {
        var from = address();
        for (int i = 0; i < settings.addressPerMinute(); i++) {
            assertThatThrownBy(() -> surveys.answerInvitation(SurveyTokens.newSecret(), answer(5), from))
                    .hasMessage(SurveyRefused.TOKEN);
        }
        var code = invite(anInteraction(), "FR");

        assertThatThrownBy(() -> surveys.answerInvitation(code, answer(5), from))
                .hasMessage(SurveyRefused.TOO_MANY);
        assertThat(surveys.invitation(code)).as("not used by a refused try").isPresent();
    }

    @Test
    void a_kiosk_takes_its_answers_a_minute_and_more_the_next_minute() {
        var kiosk = asCounsellor(() -> surveys.startKiosk(desk)).secret();
        for (int i = 0; i < settings.kioskPerMinute(); i++) {
            surveys.answerAtKiosk(kiosk, answer(4));
        }
        assertThatThrownBy(() -> surveys.answerAtKiosk(kiosk, answer(4))).hasMessage(SurveyRefused.TOO_MANY);

        clock.setOfficeTime(A_MORNING.plusSeconds(61));

        surveys.answerAtKiosk(kiosk, answer(4));
        assertThat(answersOfTheDesk()).hasSize(settings.kioskPerMinute() + 1);
    }

    @Test
    void a_comment_of_a_thousand_characters_is_kept_and_a_longer_one_is_refused_before_the_code_is_used() {
        var code = invite(anInteraction(), "FR");
        var tooLong = "é".repeat(SurveyAnswerDraft.MAX_COMMENT + 1);

        assertThatThrownBy(() -> surveys.answerInvitation(code, answer(2).withComment(tooLong), address()))
                .isInstanceOfSatisfying(
                        SurveyInvalid.class,
                        invalid -> assertThat(invalid.fieldErrors()).containsEntry("comment", "invalid.comment"));
        assertThat(surveys.invitation(code)).isPresent();

        // a thousand characters outside the basic plane: two Java chars each, one character for the column
        var longest = "😀".repeat(SurveyAnswerDraft.MAX_COMMENT);
        surveys.answerInvitation(code, answer(2).withComment(longest), address());

        assertThat(answersOfTheDesk())
                .singleElement()
                .extracting(SurveyAnswer::comment)
                .isEqualTo(longest);
    }

    @Test
    void a_script_in_a_comment_is_kept_as_the_text_it_is_and_control_characters_are_dropped() {
        var kiosk = asCounsellor(() -> surveys.startKiosk(desk)).secret();
        var script = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"quotes\"";

        surveys.answerAtKiosk(kiosk, answer(1).withComment(script));
        surveys.answerAtKiosk(kiosk, answer(2).withComment("a\u0000b\u202ec\r\nd\u0007   "));
        surveys.answerAtKiosk(kiosk, answer(3).withComment(" \t\n "));

        assertThat(answersOfTheDesk())
                .extracting(SurveyAnswer::comment)
                .containsExactlyInAnyOrder(script, "abc\nd", null);
    }

    @Test
    void an_answer_without_overall_satisfaction_or_with_scores_out_of_range_is_refused_with_each_field() {
        var kiosk = asCounsellor(() -> surveys.startKiosk(desk)).secret();

        assertThatThrownBy(() -> surveys.answerAtKiosk(kiosk, SurveyAnswerDraft.in(SheetLanguage.DE)))
                .isInstanceOfSatisfying(
                        SurveyInvalid.class,
                        invalid -> assertThat(invalid.fieldErrors())
                                .containsExactlyEntriesOf(Map.of("satisfaction", "invalid.satisfaction")));
        assertThatThrownBy(() -> surveys.answerAtKiosk(
                        kiosk, SurveyAnswerDraft.in(SheetLanguage.DE).withScores(6, 0, 5, 11)))
                .isInstanceOfSatisfying(
                        SurveyInvalid.class,
                        invalid -> assertThat(invalid.fieldErrors())
                                .containsOnlyKeys("satisfaction", "welcome", "recommend"));
        assertThat(answersOfTheDesk()).isEmpty();
    }

    @Test
    void a_made_up_or_huge_token_is_refused_without_saying_more() {
        for (var token : List.of("", "x", "A".repeat(24) + "'--", "A".repeat(100_000), SurveyTokens.newSecret())) {
            assertThat(surveys.invitation(token)).isEmpty();
            assertThat(surveys.kiosk(token)).isEmpty();
            assertThatThrownBy(() -> surveys.answerAtKiosk(token, answer(5))).hasMessage(SurveyRefused.KIOSK);
            assertThatThrownBy(() -> surveys.answerInvitation(token, answer(5), address()))
                    .hasMessage(SurveyRefused.TOKEN);
        }
    }

    @Test
    void with_the_survey_off_there_is_no_code_no_kiosk_and_no_answer() {
        var off = new SurveyService(
                dataSource,
                desks,
                scope,
                clock,
                properties,
                new SurveySettings(false, null, null, null, 0, 0),
                new AnswerTransaction());
        var code = invite(anInteraction(), "FR");

        assertThat(asCounsellor(() -> off.invite(anInteraction(), desk, "FR"))).isEmpty();
        assertThatThrownBy(() -> asCounsellor(() -> off.startKiosk(desk))).hasMessage(SurveyRefused.DISABLED);
        assertThat(off.invitation(code)).isEmpty();
        assertThatThrownBy(() -> off.answerInvitation(code, answer(5), address()))
                .hasMessage(SurveyRefused.DISABLED);
    }

    @Test
    void the_survey_tables_keep_no_address_no_time_and_no_interaction_with_an_answer() {
        var columns = new JdbcTemplate(dataSource)
                .queryForList(
                        "select column_name from information_schema.columns where table_schema = database()"
                                + " and table_name = 'survey_answer'",
                        String.class);
        assertThat(columns)
                .containsExactlyInAnyOrder(
                        "id",
                        "answered_on",
                        "source",
                        "desk_id",
                        "market",
                        "language",
                        "satisfaction",
                        "welcome",
                        "usefulness",
                        "recommend",
                        "comment");
    }

    private static SurveyAnswerDraft answer(int satisfaction) {
        return SurveyAnswerDraft.in(SheetLanguage.FR).withScores(satisfaction, 4, 5, 9);
    }

    private String invite(long interaction, @Nullable String country) {
        return asCounsellor(() -> surveys.invite(interaction, desk, country)).orElseThrow();
    }

    private static long anInteraction() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
    }

    private static String address() {
        return "203.0.113." + UUID.randomUUID();
    }

    private List<SurveyAnswer> answersOfTheDesk() {
        return DeskAnswers.of(surveys, desk);
    }

    private static <T> T asCounsellor(Supplier<T> action) {
        return TestUsers.as("counsellor", AppRoles.COUNSELLOR, action);
    }
}
