package org.comptoir.followup;

import java.time.Clock;
import java.time.LocalDate;
import org.comptoir.base.ComptoirProperties;
import org.springframework.context.ApplicationContext;

/** Follow-ups the service would refuse to create: overdue ones, as if recorded last week. */
public final class FollowUpFixtures {

    private FollowUpFixtures() {}

    /** An open follow-up due {@code daysAgo} days ago, owned by {@code owner}; its id. */
    public static long overdue(ApplicationContext context, long interactionId, String owner, int daysAgo) {
        var clock = context.getBean(Clock.class);
        var today = LocalDate.now(
                clock.withZone(context.getBean(ComptoirProperties.class).timeZone()));
        return context.getBean(FollowUpRepository.class)
                .save(new FollowUp(
                        interactionId,
                        null,
                        FollowUpKind.CALL_BACK,
                        today.minusDays(daysAgo),
                        owner,
                        null,
                        clock.instant(),
                        owner))
                .getId();
    }
}
