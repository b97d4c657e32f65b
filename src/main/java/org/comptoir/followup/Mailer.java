package org.comptoir.followup;

import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Hands e-mails to the mail server. Spring creates the sender only when {@code spring.mail.host} is set:
 * without it, mail is "not set up" and the views say so instead of failing.
 */
@Component
class Mailer {

    /** A file attached to a mail. */
    record Attachment(String fileName, String contentType, byte[] content) {}

    private final ObjectProvider<JavaMailSender> senders;
    private final @Nullable String from;

    Mailer(ObjectProvider<JavaMailSender> senders, MailSettings settings) {
        this.senders = senders;
        this.from = settings.from() == null || settings.from().isBlank()
                ? null
                : settings.from().strip();
    }

    boolean ready() {
        return sender() != null && from != null;
    }

    /** The mail sender, unless its host is blank: docker-compose.yml passes an unset SPRING_MAIL_HOST as "". */
    private @Nullable JavaMailSender sender() {
        var sender = senders.getIfAvailable();
        return sender instanceof JavaMailSenderImpl impl && !StringUtils.hasText(impl.getHost()) ? null : sender;
    }

    /** Sends a plain-text mail; throws when the server refuses or does not answer. */
    void send(String to, String subject, String text, @Nullable Attachment attachment) throws MailException {
        var sender = sender();
        if (sender == null || from == null) {
            throw new MailPreparationException("mail is not set up");
        }
        var message = sender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, attachment != null, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text, false);
            if (attachment != null) {
                helper.addAttachment(
                        attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.contentType());
            }
        } catch (MessagingException e) {
            // the message of a MessagingException may quote the address: keep only its kind
            throw new MailPreparationException(
                    "the message could not be prepared: " + e.getClass().getSimpleName());
        }
        sender.send(message);
    }

    /**
     * What went wrong, in words that name no one: the kinds of the exceptions in the chain, never their
     * messages (which quote addresses).
     */
    static String describe(Throwable failure) {
        var kinds = new StringBuilder();
        for (Throwable cause = failure; cause != null && kinds.length() < 400; cause = cause.getCause()) {
            if (!kinds.isEmpty()) {
                kinds.append(" ← ");
            }
            kinds.append(cause.getClass().getSimpleName());
            if (cause.getCause() == cause) {
                break;
            }
        }
        return kinds.toString();
    }
}
