package org.comptoir.followup;

/** Where a follow-up stands. Labels: "followup.status.&lt;VALUE&gt;". */
public enum FollowUpStatus {
    OPEN,
    DONE,
    CANCELLED
}
