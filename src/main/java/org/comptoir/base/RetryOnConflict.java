package org.comptoir.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the annotated transactional method again, a few times, when the database gave its transaction up on a
 * deadlock or a Galera certification conflict (MariaDB error 1213, SQLState 40001): the attempt was rolled back
 * whole, so the next one cannot save twice. Only where the method starts the transaction; called inside another
 * one, it runs once and the outer method's retry, if any, runs again (see {@link ConflictRetry}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RetryOnConflict {}
