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
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
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

    @Test
    void twelve_slow_downloads_in_flight_leave_a_connection_for_a_desk_save_within_its_timeout() throws Exception {
        var reader = new CountDownLatch(1);
        var downloads = new ArrayList<Future<Integer>>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 12; i++) {
                downloads.add(pool.submit(() -> TestUsers.as("director", AppRoles.DIRECTOR, () -> {
                    var slow = new SlowReader(reader);
                    var today = LocalDate.now();
                    exports.writeCsv(
                            new HistoryFilter(today.minusDays(1), today, null, null, null, null, null),
                            Locale.FRENCH,
                            slow);
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
            for (var download : downloads) {
                assertThat(download.get(60, TimeUnit.SECONDS))
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
