package org.comptoir.survey;

import org.comptoir.base.RetryOnConflict;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transaction an answer is written in, tried again whole when the database gives it up on a deadlock or a
 * Galera conflict ({@link RetryOnConflict}): two answers of the same day, desk and market add to the same row of
 * {@code survey_day} (decision 0034). A bean apart from {@link SurveyService} so that the service checks a
 * visitor's rate limit once, before the transaction, and a retried attempt does not count against it again.
 */
@Component
class AnswerTransaction {

    /** Runs {@code writes} in a transaction of its own; again, whole, after a conflict (at most three times). */
    @Transactional
    @RetryOnConflict
    public void run(Runnable writes) {
        writes.run();
    }
}
