package org.comptoir.base;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;

/** Puts {@link ConflictRetry} around every {@link RetryOnConflict} method, outside its transaction. */
@Configuration(proxyBeanMethods = false)
class ConflictRetryConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor conflictRetryAdvisor() {
        var advisor = new DefaultPointcutAdvisor(
                AnnotationMatchingPointcut.forMethodAnnotation(RetryOnConflict.class), new ConflictRetry());
        // before the transaction interceptor (lowest precedence): each attempt is a transaction of its own
        advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        return advisor;
    }
}
