package org.comptoir.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Everything that depends on time takes this clock, so that tests can move it.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(ComptoirProperties properties) {
        return Clock.system(properties.timeZone());
    }
}
