package org.comptoir.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.comptoir.ComptoirTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.util.ClassUtils;

@ComptoirTest
class StartupOrderTest {

    @Autowired
    List<ApplicationRunner> runners;

    @Test
    void the_users_come_first_then_the_starter_set_then_the_report_aggregates_check() {
        var names = runners.stream()
                .map(runner -> ClassUtils.getUserClass(runner).getSimpleName())
                .toList();
        assertThat(names).containsSubsequence("UserBootstrap", "StarterSet", "ReportAggregates");
        assertThat(names.getFirst()).isEqualTo("UserBootstrap");
    }
}
