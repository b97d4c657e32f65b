package org.comptoir.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An e-mail sent or tried. The recipient is personal: it goes with the contact when erased. */
@Entity
@Table(name = "mail_log")
class MailLog {

    /** Whether the mail server took the message. */
    /** PENDING: written before the mail server is called, settled after. */
    enum Status {
        PENDING,
        SENT,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "follow_up_id")
    private @Nullable Long followUpId;

    @Column(name = "contact_id")
    private @Nullable Long contactId;

    @Column(name = "complaint_id")
    private @Nullable Long complaintId;

    @Column(nullable = false)
    private Instant at = Instant.EPOCH;

    @Column(name = "by_user", nullable = false)
    private String byUser = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailKind kind = MailKind.SHEET;

    private @Nullable String recipient;

    @Column(nullable = false)
    private String subject = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.SENT;

    private @Nullable String error;

    protected MailLog() {}

    MailLog(
            long followUpId,
            @Nullable Long contactId,
            Instant at,
            String byUser,
            MailKind kind,
            String recipient,
            String subject,
            Status status,
            @Nullable String error) {
        this.followUpId = followUpId;
        this.contactId = contactId;
        this.at = at;
        this.byUser = byUser;
        this.kind = kind;
        this.recipient = recipient;
        this.subject = subject.length() > 200 ? subject.substring(0, 200) : subject;
        this.status = status;
        this.error = error;
    }

    /** The answer to a complaint, about to be handed to the mail server (pending). */
    static MailLog ofComplaint(
            long complaintId, Instant at, String byUser, MailKind kind, String recipient, String subject) {
        var mail = new MailLog();
        mail.complaintId = complaintId;
        mail.at = at;
        mail.byUser = byUser;
        mail.kind = kind;
        mail.recipient = recipient;
        mail.subject = subject.length() > 200 ? subject.substring(0, 200) : subject;
        mail.status = Status.PENDING;
        return mail;
    }

    @Nullable
    Long getId() {
        return id;
    }

    String getSubject() {
        return subject;
    }

    /** What the mail server answered. */
    void settle(@Nullable String failure) {
        this.status = failure == null ? Status.SENT : Status.FAILED;
        this.error = failure;
    }

    MailLogEntry entry() {
        return new MailLogEntry(at, byUser, kind, subject, status == Status.SENT, error);
    }
}
