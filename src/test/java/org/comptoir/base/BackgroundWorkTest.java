package org.comptoir.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class BackgroundWorkTest {

    private final BackgroundWork work = new BackgroundWork();

    @AfterEach
    void stop() {
        SecurityContextHolder.clearContext();
        work.destroy();
    }

    @Test
    void a_job_runs_off_the_callers_thread_as_the_person_who_started_it() {
        signIn("amelie");
        var caller = Thread.currentThread().getName();

        var seen = work.start(
                        progress -> Thread.currentThread().getName() + " as "
                                + SecurityContextHolder.getContext()
                                        .getAuthentication()
                                        .getName(),
                        new Progress())
                .join();

        assertThat(seen)
                .startsWith("comptoir-background-")
                .endsWith(" as amelie")
                .doesNotStartWith(caller);
    }

    @Test
    void a_person_runs_one_job_at_a_time_and_others_are_not_held_by_it() throws Exception {
        var release = new CountDownLatch(1);
        signIn("amelie");
        var first = work.start(progress -> await(release), new Progress());

        var second = work.start(progress -> "written twice", new Progress());
        assertThatThrownBy(second::join)
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(RuleViolation.class)
                .cause()
                .extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("background.busy");

        signIn("bastien");
        assertThat(work.start(progress -> "bastien's", new Progress()).join()).isEqualTo("bastien's");

        release.countDown();
        assertThat(first.join()).isEqualTo("released");
        signIn("amelie");
        assertThat(work.start(progress -> "again", new Progress()).join()).isEqualTo("again");
    }

    private static String await(CountDownLatch release) {
        try {
            return release.await(10, TimeUnit.SECONDS) ? "released" : "timed out";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static void signIn(String name) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken(name, ""));
        SecurityContextHolder.setContext(context);
    }
}
