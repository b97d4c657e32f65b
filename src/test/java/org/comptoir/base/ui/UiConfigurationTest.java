package org.comptoir.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;

class UiConfigurationTest {

    @Test
    void a_browser_closing_a_download_is_told_apart_from_a_real_failure() {
        assertThat(UiConfiguration.browserLeft(new ClientAbortException(new IOException("Broken pipe"))))
                .isTrue();
        assertThat(UiConfiguration.browserLeft(new IllegalStateException("wrapped", new ClientAbortException("reset"))))
                .isTrue();
        assertThat(UiConfiguration.browserLeft(new IOException("disk full"))).isFalse();
        assertThat(UiConfiguration.browserLeft(new IllegalStateException("bug")))
                .isFalse();
    }
}
