package org.comptoir.personaldata;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler, for the nightly {@link RetentionJob}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RetentionScheduling {}
