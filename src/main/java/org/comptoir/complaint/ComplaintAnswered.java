package org.comptoir.complaint;

import org.comptoir.followup.MailResult;
import org.jspecify.annotations.Nullable;

/**
 * A complaint once answered, and what became of the e-mail that carried the answer (null when answered by
 * another channel).
 */
public record ComplaintAnswered(
        ComplaintDetails complaint, @Nullable MailResult mail) {}
