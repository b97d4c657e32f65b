package org.comptoir.followup;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sender of the e-mails to visitors ({@code comptoir.mail.from}, or {@code COMPTOIR_MAIL_FROM}). The
 * server itself is Spring's {@code spring.mail.*} ({@code SPRING_MAIL_HOST}…).
 *
 * @param from the address visitors see and answer to
 */
@ConfigurationProperties("comptoir.mail")
public record MailSettings(@Nullable String from) {}
