package org.comptoir.followup;

/**
 * What became of an e-mail: the mail server took it, or not (written down either way; the view offers to
 * try again).
 */
public record MailResult(boolean sent) {}
