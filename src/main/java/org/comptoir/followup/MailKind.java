package org.comptoir.followup;

/** What an e-mail to a visitor carried. Labels: "mail.kind.&lt;VALUE&gt;". */
public enum MailKind {
    /** The suggestion sheet of the interaction, as a PDF. */
    SHEET,
    /** An answer the counsellor wrote. */
    ANSWER,
    /** The answer to a complaint or a suggestion, from the complaints register. */
    COMPLAINT_ANSWER
}
