package org.comptoir.complaint;

/** A step in a complaint's history. Labels: "complaint.action.&lt;VALUE&gt;". */
public enum ComplaintAction {
    RECORDED,
    ACKNOWLEDGED,
    ANSWERED,
    CLOSED,
    /** Closed with no answer (nobody to answer): the reason is the detail. */
    CLOSED_UNANSWERED,
    REASSIGNED,
    DUE_DATE_CHANGED,
    MAIL_SENT,
    MAIL_FAILED
}
