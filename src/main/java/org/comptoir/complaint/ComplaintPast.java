package org.comptoir.complaint;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A complaint of the past with the steps it went through, written as it is (the demo history): its status
 * follows from the days given.
 */
public record ComplaintPast(
        ComplaintDraft draft,
        String owner,
        LocalDate dueDate,
        @Nullable LocalDate acknowledgedOn,
        @Nullable LocalDate answeredOn,
        @Nullable ComplaintChannel answerChannel,
        @Nullable String answer,
        @Nullable LocalDate closedOn) {}
