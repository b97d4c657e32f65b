package org.comptoir.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void a_job_that_never_said_how_much_work_there_is_has_no_share_done() {
        var progress = new Progress();
        progress.done(40);
        assertThat(progress.fraction()).isEmpty();
    }

    @Test
    void the_share_done_is_what_is_done_of_the_total_and_never_more_than_all() {
        var progress = new Progress();
        progress.total(1_000);
        progress.done(250);
        assertThat(progress.fraction()).hasValue(0.25);
        progress.done(1_200);
        assertThat(progress.fraction()).hasValue(1.0);
    }
}
