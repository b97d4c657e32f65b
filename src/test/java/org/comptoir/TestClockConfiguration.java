package org.comptoir;

import org.comptoir.base.ComptoirProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/** In the tests' shared context, the clock every service and view takes is one a test can move. */
@Configuration(proxyBeanMethods = false)
@Profile("test")
class TestClockConfiguration {

    @Bean
    @Primary
    TestClock testClock(ComptoirProperties properties) {
        return new TestClock(properties.timeZone());
    }
}
