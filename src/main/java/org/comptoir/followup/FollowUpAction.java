package org.comptoir.followup;

/** A step in a follow-up's history. Labels: "followup.action.&lt;VALUE&gt;". */
public enum FollowUpAction {
    CREATED,
    REASSIGNED,
    DUE_DATE_CHANGED,
    MAIL_SENT,
    MAIL_FAILED,
    DONE,
    CANCELLED,
    REOPENED
}
