package org.comptoir.followup;

/** What was promised to the visitor. Labels: "followup.kind.&lt;VALUE&gt;". */
public enum FollowUpKind {
    SEND_DOCUMENTATION,
    CALL_BACK,
    ANSWER_EMAIL
}
