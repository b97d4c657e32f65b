package org.comptoir.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.ObjIntConsumer;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.personaldata.PersonalDataService;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Review finding 7: downloads as slow as their readers leave the connection pool to the desk. */
@ComptoirTest
class PoolExhaustionTest {

    @Autowired
    InteractionExport exports;

    @Autowired
    VisitService visits;

    @Autowired
    PersonalDataService personalData;

    @Test
    void twelve_slow_downloads_in_flight_leave_a_connection_for_a_desk_save_within_its_timeout() throws Exception {
        var today = LocalDate.now();
        var filter = new HistoryFilter(today.minusDays(1), today, null, null, null, null, null);
        aDeskSaveSucceedsWhileTwelveSlowDownloadsRun(
                "director", AppRoles.DIRECTOR, (out, i) -> exports.writeCsv(filter, Locale.FRENCH, out));
    }

    @Test
    void twelve_slow_personal_data_downloads_in_flight_leave_a_connection_for_a_desk_save_within_its_timeout()
            throws Exception {
        aDeskSaveSucceedsWhileTwelveSlowDownloadsRun("admin", AppRoles.ADMIN, (out, i) -> {
            if (i % 2 == 0) {
                personalData.exportNewsletter(out);
            } else {
                personalData.exportJson("nobody@example.org", out);
            }
        });
    }

    /** Starts twelve downloads of the {@code i}-th kind whose reader takes nothing yet, then saves at the desk. */
    private void aDeskSaveSucceedsWhileTwelveSlowDownloadsRun(
            String user, String role, ObjIntConsumer<OutputStream> download) throws Exception {
        var reader = new CountDownLatch(1);
        var downloads = new ArrayList<Future<Integer>>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 12; i++) {
                int kind = i;
                downloads.add(pool.submit(() -> TestUsers.as(user, role, () -> {
                    var slow = new SlowReader(reader);
                    download.accept(slow, kind);
                    return slow.received.size();
                })));
            }
            Thread.sleep(1000);

            var start = Instant.now();
            var saved = TestUsers.as(
                    "counsellor",
                    AppRoles.COUNSELLOR,
                    () -> visits.save(InteractionDraft.blank().withNote("saved while 12 downloads run")));
            var took = Duration.between(start, Instant.now());
            reader.countDown();

            assertThat(saved.id()).isPositive();
            assertThat(took).as("the pool's connection timeout is 3 s").isLessThan(Duration.ofSeconds(3));
            for (var finished : downloads) {
                assertThat(finished.get(60, TimeUnit.SECONDS))
                        .as("every download completes")
                        .isPositive();
            }
        }
    }

    /** A reader on a slow network: nothing gets through until it is let go. */
    private static final class SlowReader extends OutputStream {

        final ByteArrayOutputStream received = new ByteArrayOutputStream();
        private final CountDownLatch letGo;

        SlowReader(CountDownLatch letGo) {
            this.letGo = letGo;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            try {
                letGo.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            received.write(bytes, offset, length);
        }
    }
}
