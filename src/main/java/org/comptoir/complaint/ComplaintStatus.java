package org.comptoir.complaint;

/**
 * Where a complaint stands: received → acknowledged → answered → closed. Acknowledging may be skipped (an
 * answer given at once); a complaint nobody can answer (anonymous, no contact) may be closed unanswered.
 * Labels: "complaint.status.&lt;VALUE&gt;".
 */
public enum ComplaintStatus {
    RECEIVED,
    ACKNOWLEDGED,
    ANSWERED,
    CLOSED;

    /** Still waiting for its answer: what the due date and the menu's count are about. */
    public boolean awaitingAnswer() {
        return this == RECEIVED || this == ACKNOWLEDGED;
    }
}
