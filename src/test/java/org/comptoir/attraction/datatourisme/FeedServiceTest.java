package org.comptoir.attraction.datatourisme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.comptoir.ComptoirTest;
import org.comptoir.TestClock;
import org.comptoir.TestUsers;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionService;
import org.comptoir.base.JobLock;
import org.comptoir.base.RuleViolation;
import org.comptoir.base.SecretBox;
import org.comptoir.base.Translations;
import org.comptoir.security.AppRoles;
import org.comptoir.testmail.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly feed against a feed served on the loopback: a good run imports like a manual import and
 * keeps probable duplicates for review; a bad feed (HTTP error, timeout, cut short, not JSON-LD, ten times
 * larger or smaller, past the download bound or the record bound) stops the run with nothing written and
 * is e-mailed to the admins' address; points missing from two runs are retired; two runs at once run once;
 * the address and the key are sealed in the database.
 */
@ComptoirTest
@WithMockUser(username = "admin", roles = AppRoles.ADMIN)
class FeedServiceTest {

    private static final String SAMPLE = "clermont-sample.jsonld";
    private static final String GERGOVIE = "a1f2c3d4-0001-4e5f-8a9b-gergovie0001";
    private static final String GRAVENOIRE = "a1f2c3d4-0002-4e5f-8a9b-gravenoire02";

    @Autowired
    FeedService feeds;

    @Autowired
    AttractionService attractions;

    @Autowired
    JobLock lock;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ImportService imports;

    @Autowired
    Translations translations;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    FeedAlert alert;

    @Autowired
    ImportLimits limits;

    @Autowired
    SecretBox secrets;

    private final String tag = "t" + UUID.randomUUID().toString().substring(0, 8);
    private final LocalFeed feed = new LocalFeed();

    @BeforeEach
    void aFeedOfItsOwn() {
        feed.serve(sample());
        feeds.saveSettings(new FeedDraft(feed.url(), null, null, FeedSettings.DEFAULT_CRON, 2, false));
    }

    @AfterEach
    void cleanUp() {
        feed.close();
        clock.reset();
        FeedTables.clear(jdbc, Fixtures.prefix(tag));
    }

    @Test
    void a_run_imports_the_feed_and_keeps_a_probable_duplicate_for_review_instead_of_creating_it() {
        var run = feeds.runNow();

        assertThat(run.status()).isEqualTo(FeedRun.Status.DONE);
        assertThat(List.of(run.created(), run.updated(), run.unchanged(), run.rejected(), run.toReview()))
                .containsExactly(9, 0, 0, 1, 1);
        assertThat(run.rejectedLines())
                .startsWith("#11 Bureau d’information touristique de Royat — ")
                .endsWith("Coordonnées manquantes.");
        assertThat(run.bytes()).isEqualTo(feed.body.length);
        assertThat(imported())
                .hasSize(9)
                .extracting(AttractionDetails::sourceUri)
                .doesNotContain(Fixtures.prefix(tag) + GERGOVIE);
        assertThat(feeds.reviews()).singleElement().satisfies(review -> {
            assertThat(review.name()).isEqualTo("Maison de site du plateau de Gergovie");
            assertThat(review.attractionName()).isEqualTo("Plateau de Gergovie");
            assertThat(review.meters()).isBetween(150, 250);
            assertThat(review.decision()).isNull();
        });

        var again = feeds.runNow();
        assertThat(List.of(again.created(), again.unchanged(), again.toReview()))
                .containsExactly(0, 9, 1);

        feeds.decide(Fixtures.prefix(tag) + GERGOVIE, DuplicateChoice.KEEP_BOTH);
        var decided = feeds.runNow();
        assertThat(List.of(decided.created(), decided.unchanged(), decided.toReview()))
                .containsExactly(1, 9, 0);
        assertThat(feeds.reviews()).isEmpty();
        assertThat(imported()).hasSize(10);
        assertThat(feeds.runs(10)).extracting(FeedRun::id).containsExactly(decided.id(), again.id(), run.id());
    }

    @Test
    void the_key_goes_in_its_header_and_is_never_shown_back_in_full() {
        feed.keyHeader = "X-Api-Key";
        feed.key = "k-0123456789";
        var settings = feeds.saveSettings(
                new FeedDraft(feed.url(), "X-Api-Key", "k-0123456789", FeedSettings.DEFAULT_CRON, 2, false));

        assertThat(settings.secretHint()).isEqualTo("••••89");
        assertThat(settings.url()).endsWith("/feed?key=••••").doesNotContain("s3cr3t");
        assertThat(feeds.runNow().status()).isEqualTo(FeedRun.Status.DONE);

        var kept = feeds.saveSettings(new FeedDraft(settings.url(), "X-Api-Key", "", "0 30 2 * * *", 2, true));
        assertThat(kept.cron()).isEqualTo("0 30 2 * * *");
        assertThat(secrets.open(jdbc.queryForObject("select url from import_feed", String.class)))
                .as("the masked address shown back keeps the saved one")
                .isEqualTo(feed.url());
        assertThat(feeds.runNow().status()).as("and the saved key").isEqualTo(FeedRun.Status.DONE);

        feed.key = "another";
        var refused = feeds.runNow();
        assertThat(refused.errorKey()).isEqualTo("feed.error.http");
        assertThat(refused.errorArguments()).containsExactly("401");
    }

    @Test
    void an_http_error_stops_the_run_and_writes_nothing() {
        for (var status : List.of(404, 500)) {
            feed.status = status;
            var run = feeds.runNow();
            assertThat(run.status()).isEqualTo(FeedRun.Status.FAILED);
            assertThat(run.errorKey()).isEqualTo("feed.error.http");
            assertThat(run.errorArguments()).containsExactly(String.valueOf(status));
        }
        assertThat(imported()).isEmpty();
    }

    @Test
    void a_feed_that_does_not_answer_in_time_or_cannot_be_reached_stops_the_run() {
        feed.delayMillis = 4000;
        var slow = feeds.runNow();
        assertThat(slow.status()).isEqualTo(FeedRun.Status.FAILED);
        assertThat(slow.errorKey()).isEqualTo("feed.error.timeout");

        feed.close();
        var gone = feeds.runNow();
        assertThat(gone.errorKey()).isEqualTo("feed.error.unreachable");
        assertThat(gone.errorArgs()).doesNotContain("s3cr3t");
        assertThat(imported()).isEmpty();
    }

    @Test
    void a_body_cut_short_stops_the_run_and_writes_nothing() {
        feed.cutShort = true;
        var cut = feeds.runNow();
        assertThat(cut.status()).isEqualTo(FeedRun.Status.FAILED);
        assertThat(cut.errorKey()).isEqualTo("feed.error.unreachable");

        feed.cutShort = false;
        var text = sample();
        feed.serve(text.substring(0, text.length() * 2 / 3));
        var truncated = feeds.runNow();
        assertThat(truncated.status()).isEqualTo(FeedRun.Status.FAILED);
        assertThat(truncated.errorKey()).isEqualTo("import.file.json-truncated");
        assertThat(imported()).isEmpty();
    }

    @Test
    void a_page_that_is_not_json_ld_stops_the_run() {
        feed.serve("<html><body>Maintenance</body></html>");
        var run = feeds.runNow();
        assertThat(run.status()).isEqualTo(FeedRun.Status.FAILED);
        assertThat(run.errorKey()).startsWith("import.file.");
        assertThat(imported()).isEmpty();
    }

    @Test
    void a_feed_ten_times_larger_or_smaller_than_the_last_good_run_is_not_imported() {
        assertThat(feeds.runNow().status()).isEqualTo(FeedRun.Status.DONE);
        var before = imported();

        var text = sample();
        var last = text.length();
        feed.serve(text.replace("\"Puy de Côme\"", "\"Puy de Côme des grands jours\"") + " ".repeat(10 * last));
        var larger = feeds.runNow();
        assertThat(larger.errorKey()).isEqualTo("feed.error.size-jump");

        feed.serve("{\"@graph\": []}");
        var smaller = feeds.runNow();
        assertThat(smaller.errorKey()).isEqualTo("feed.error.size-jump");

        feed.serve(text.replace("\"Puy de Côme\"", "\"Puy de Côme des grands jours\"") + " ".repeat(8 * last));
        assertThat(feeds.runNow().status())
                .as("nine times larger is still a feed")
                .isEqualTo(FeedRun.Status.DONE);
        assertThat(before).extracting(AttractionDetails::nameFr).contains("Puy de Côme");
        assertThat(imported()).extracting(AttractionDetails::nameFr).contains("Puy de Côme des grands jours");
        assertThat(imported()).noneMatch(a -> !a.active());
    }

    @Test
    void the_address_and_the_key_are_sealed_in_the_database_and_never_kept_in_clear() {
        feed.keyHeader = "X-Api-Key";
        feed.key = "k-0123456789";
        feeds.saveSettings(new FeedDraft(feed.url(), "X-Api-Key", "k-0123456789", FeedSettings.DEFAULT_CRON, 2, false));

        var row = jdbc.queryForMap("select url, secret from import_feed");
        assertThat(row.values())
                .allSatisfy(value -> assertThat((String) value)
                        .startsWith("v1:")
                        .doesNotContain("k-0123456789", "s3cr3t", "127.0.0.1", "feed?key"));
        var rowText = jdbc.queryForList("select * from import_feed").toString();
        assertThat(rowText).doesNotContain("k-0123456789", "s3cr3t-in-the-address");
        assertThat(feeds.runNow().status()).as("the run opens them").isEqualTo(FeedRun.Status.DONE);

        feeds.saveSettings(new FeedDraft(feed.url(), "X-Api-Key", "k-0123456789", FeedSettings.DEFAULT_CRON, 2, false));
        assertThat(jdbc.queryForObject("select secret from import_feed", String.class))
                .as("sealed afresh each time: equal keys do not look equal")
                .isNotEqualTo(row.get("secret"));
    }

    @Test
    void without_an_encryption_key_the_feed_cannot_be_set_up_and_says_why() {
        var before = jdbc.queryForMap("select url, secret from import_feed");
        var withoutKey = new FeedService(
                imports, attractions, lock, jdbc, clock, translations, transactions, new SecretBox(""), alert, limits);

        assertThatThrownBy(() -> withoutKey.saveSettings(
                        new FeedDraft(feed.url(), "X-Api-Key", "k-0123456789", FeedSettings.DEFAULT_CRON, 2, false)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("secret-key.missing"));
        assertThat(translations.getTranslation("secret-key.missing", Translations.FRENCH))
                .contains("COMPTOIR_SECRET_KEY");
        assertThat(jdbc.queryForMap("select url, secret from import_feed")).isEqualTo(before);

        var run = withoutKey.runNow();
        assertThat(run.status()).as("what was sealed cannot be opened").isEqualTo(FeedRun.Status.FAILED);
        assertThat(run.errorKey()).isEqualTo("secret-key.missing");
        assertThat(feed.requests.get()).isZero();
    }

    @Test
    void a_feed_past_the_download_bound_stops_the_run_and_writes_nothing() {
        var limit = (int) limits.maxBytes().toBytes();
        var text = sample();
        var padding = limit - text.getBytes(StandardCharsets.UTF_8).length;
        // white space inside the object, before the graph: past the last record it would count toward that
        // record's own bound, and before the object the file would not look like JSON
        feed.serve(padded(text, padding + 1));

        var announced = feeds.runNow();
        assertThat(announced.status()).isEqualTo(FeedRun.Status.FAILED);
        assertThat(announced.errorKey()).isEqualTo("feed.error.too-large");
        assertThat(announced.errorArguments()).containsExactly(String.valueOf(limit / (1024 * 1024)));
        assertThat(translations.getTranslation(announced.errorKey(), Translations.FRENCH, announced.errorArguments()))
                .isEqualTo("Le flux dépasse " + limit / (1024 * 1024)
                        + " Mo : le téléchargement est arrêté et rien n’est importé.");

        feed.unannounced = true;
        var counted = feeds.runNow();
        assertThat(counted.errorKey())
                .as("a server that does not say the length")
                .isEqualTo("feed.error.too-large");

        feed.unannounced = false;
        feed.serve(padded(text, padding));
        assertThat(feeds.runNow().status()).as("exactly at the bound is a feed").isEqualTo(FeedRun.Status.DONE);
        assertThat(imported()).hasSize(9);
    }

    @Test
    void a_point_past_the_record_bound_stops_the_run_and_writes_none_of_the_others() {
        feed.serve(sample().replace("\"Puy de Côme\"", "\"Puy de Côme " + "très ".repeat(42_000) + "\""));

        var run = feeds.runNow();

        assertThat(run.status()).isEqualTo(FeedRun.Status.FAILED);
        assertThat(run.errorKey()).isEqualTo("import.file.record-too-large");
        assertThat(imported()).isEmpty();
    }

    @Test
    void a_run_that_stops_is_mailed_to_the_admins_address_without_the_feed_address_or_key() throws Exception {
        TestMailServer.clear();
        assertThat(feeds.runNow().status()).isEqualTo(FeedRun.Status.DONE);
        assertThat(TestMailServer.received()).as("a good run mails nobody").isEmpty();

        feed.status = 500;
        var stopped = feeds.runNow();

        assertThat(TestMailServer.awaitMessages(1)).isTrue();
        var mail = TestMailServer.received().getFirst();
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(limits.feedAlertTo());
        assertThat(mail.getSubject()).isEqualTo("Comptoir : le flux DATAtourisme s’est arrêté");
        var text = String.valueOf(mail.getContent());
        assertThat(text)
                .contains("s’est arrêtée sans rien écrire", "erreur HTTP 500", "Admin › Import › Flux")
                .doesNotContain("s3cr3t", "127.0.0.1");
        assertThat(stopped.status()).isEqualTo(FeedRun.Status.FAILED);

        TestMailServer.clear();
        TestMailServer.stop();
        try {
            var unmailed = feeds.runNow();
            assertThat(unmailed.status())
                    .as("a mail server that is down changes nothing to the run")
                    .isEqualTo(FeedRun.Status.FAILED);
            assertThat(unmailed.errorKey()).isEqualTo("feed.error.http");
        } finally {
            TestMailServer.resume();
        }
    }

    @Test
    void a_point_missing_from_two_runs_in_a_row_is_retired_not_deleted() {
        feeds.runNow();
        var gravenoire = Fixtures.prefix(tag) + GRAVENOIRE;
        feed.serve(sample().replace("8a9b-gravenoire02\"", "8a9b-gravenoire99\""));

        var once = feeds.runNow();
        assertThat(once.retired()).isZero();
        assertThat(attractions
                        .findBySourceUris(List.of(gravenoire))
                        .get(gravenoire)
                        .active())
                .isTrue();

        var twice = feeds.runNow();
        assertThat(twice.retired()).isEqualTo(1);
        assertThat(attractions
                        .findBySourceUris(List.of(gravenoire))
                        .get(gravenoire)
                        .active())
                .as("kept for history and reports")
                .isFalse();
        assertThat(imported()).filteredOn(AttractionDetails::active).hasSize(9);
    }

    @Test
    void two_runs_at_once_run_once() throws Exception {
        feed.delayMillis = 1500;
        var start = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> runAfter(start));
        var second = CompletableFuture.supplyAsync(() -> runAfter(start));
        start.countDown();

        var statuses = List.of(first.get().status(), second.get().status());
        assertThat(statuses).containsExactlyInAnyOrder(FeedRun.Status.DONE, FeedRun.Status.ALREADY_RUNNING);
        assertThat(feed.requests.get()).as("the feed was fetched once").isEqualTo(1);
        assertThat(imported()).hasSize(9);
        assertThat(feeds.runNow().status())
                .as("the lock is released after the run")
                .isEqualTo(FeedRun.Status.DONE);
    }

    @Test
    void another_instance_sharing_the_database_finds_the_feed_claimed_and_runs_nothing() throws Exception {
        // a second instance of Comptoir: its own lock (its own name in job_lock), the same database
        var otherInstance = new FeedService(
                imports,
                attractions,
                new JobLock(jdbc, clock, transactions),
                jdbc,
                clock,
                translations,
                transactions,
                secrets,
                alert,
                limits);
        feed.delayMillis = 1500;
        var here = CompletableFuture.supplyAsync(() -> TestUsers.as("admin", AppRoles.ADMIN, feeds::runNow));
        while (feed.requests.get() == 0 && !here.isDone()) {
            Thread.sleep(20);
        }

        assertThat(otherInstance.runNow().status()).isEqualTo(FeedRun.Status.ALREADY_RUNNING);
        assertThat(here.get().status()).isEqualTo(FeedRun.Status.DONE);
        assertThat(feed.requests.get()).as("the feed was fetched once").isEqualTo(1);
        assertThat(feeds.runs(10)).as("one run in the log").hasSize(1);
        assertThat(otherInstance.runNow().status())
                .as("free once the first run is over")
                .isEqualTo(FeedRun.Status.DONE);
    }

    @Test
    void a_job_lock_is_held_by_one_claimer_until_released_or_its_lease_ends() {
        var job = "test-" + tag;
        assertThat(lock.claim(job, Duration.ofMinutes(5))).isTrue();
        assertThat(lock.claim(job, Duration.ofMinutes(5))).isFalse();
        lock.release(job);
        assertThat(lock.claim(job, Duration.ofMillis(1))).isTrue();
        clock.setOfficeTime(LocalDateTime.now(clock).plusSeconds(5));
        assertThat(lock.claim(job, Duration.ofMinutes(5)))
                .as("a lease that ran out")
                .isTrue();
        jdbc.update("delete from job_lock where job = ?", job);
    }

    @Test
    void a_run_is_due_when_its_schedule_has_come_since_the_last_one() {
        clock.setOfficeTime(LocalDateTime.of(2026, 3, 10, 2, 0));
        feeds.saveSettings(new FeedDraft(feed.url(), null, null, "0 0 3 * * *", 2, true));
        assertThat(feeds.due()).isFalse();
        clock.setOfficeTime(LocalDateTime.of(2026, 3, 10, 3, 0, 5));
        assertThat(feeds.due()).isTrue();
        feeds.runNow();
        assertThat(feeds.due()).as("not again until the next night").isFalse();
        clock.setOfficeTime(LocalDateTime.of(2026, 3, 11, 3, 0, 5));
        assertThat(feeds.due()).isTrue();
    }

    @Test
    void a_wrong_schedule_or_address_is_refused_and_only_admins_may_touch_the_feed() {
        assertThatThrownBy(() -> feeds.saveSettings(new FeedDraft(feed.url(), null, null, "every night", 2, true)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("feed.settings.cron"));
        assertThatThrownBy(() -> feeds.saveSettings(new FeedDraft("ftp://x", null, null, "", 2, true)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("feed.error.address"));
        for (var role : List.of(AppRoles.DIRECTOR, AppRoles.COUNSELLOR)) {
            TestUsers.as("someone", role, () -> {
                assertThatThrownBy(feeds::runNow).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(feeds::settings).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> feeds.runs(5)).isInstanceOf(AccessDeniedException.class);
            });
        }
        assertThat(feed.requests.get()).isZero();
    }

    private FeedRun runAfter(CountDownLatch start) {
        return TestUsers.as("admin", AppRoles.ADMIN, () -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return feeds.runNow();
        });
    }

    private static String padded(String json, int spaces) {
        return "{" + " ".repeat(spaces) + json.substring(json.indexOf('{') + 1);
    }

    private String sample() {
        return Fixtures.text(SAMPLE).replace(Fixtures.BASE, Fixtures.prefix(tag));
    }

    private List<AttractionDetails> imported() {
        var uris = jdbc.queryForList(
                "select source_uri from attraction where source_uri like ?", String.class, Fixtures.prefix(tag) + "%");
        return List.copyOf(attractions.findBySourceUris(uris).values());
    }
}
