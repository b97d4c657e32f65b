package org.comptoir.visit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * One conversation with a visitor (a "contact d'accueil"), whatever the channel. Only the channel
 * and the party are required; everything else is filled in as the conversation goes.
 */
@Entity
@Table(name = "interaction")
class Interaction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt = LocalDateTime.MIN;

    @Column(name = "desk_id", nullable = false)
    private long deskId;

    @Column(nullable = false, length = 60)
    private String counsellor = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel = Channel.DESK;

    @Column(nullable = false)
    private int adults;

    @Column(nullable = false)
    private int children;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_type", length = 20)
    private @Nullable PartyType partyType;

    @Enumerated(EnumType.STRING)
    @Column(name = "visitor_type", length = 30)
    private @Nullable VisitorType visitorType;

    @Column(length = 2)
    private @Nullable String country;

    @Column(length = 3)
    private @Nullable String departement;

    @Enumerated(EnumType.STRING)
    @Column(length = 5)
    private @Nullable ConversationLanguage language;

    @Enumerated(EnumType.STRING)
    @Column(name = "stay_length", length = 20)
    private @Nullable StayLength stayLength;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private @Nullable Accommodation accommodation;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private @Nullable Purpose purpose;

    @Column(length = 2000)
    private @Nullable String note;

    @Column(nullable = false)
    private boolean quick;

    @Column(nullable = false)
    private boolean deleted;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "interaction_interest", joinColumns = @JoinColumn(name = "interaction_id"))
    @Column(name = "interest_id", nullable = false)
    @BatchSize(size = 100)
    private Set<Long> interestIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "interaction_question", joinColumns = @JoinColumn(name = "interaction_id"))
    @Column(name = "question_topic_id", nullable = false)
    @BatchSize(size = 100)
    private Set<Long> questionIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "interaction_outcome", joinColumns = @JoinColumn(name = "interaction_id"))
    @Column(name = "outcome", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 100)
    private Set<Outcome> outcomes = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "interaction_pick", joinColumns = @JoinColumn(name = "interaction_id"))
    @OrderColumn(name = "position")
    @Column(name = "attraction_id", nullable = false)
    @BatchSize(size = 100)
    private List<Long> pickIds = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy = "";

    protected Interaction() {}

    Interaction(String counsellor, Instant now) {
        this.counsellor = counsellor;
        this.createdAt = now;
        this.updatedAt = now;
        this.updatedBy = counsellor;
    }

    /** Copies the editable fields of a valid draft. */
    void apply(InteractionDraft draft, LocalDateTime occurredAt, long deskId) {
        this.occurredAt = occurredAt;
        this.deskId = deskId;
        this.channel = draft.channel();
        var profile = draft.profile();
        this.adults = profile.adults();
        this.children = profile.children();
        this.partyType = profile.partyType();
        this.visitorType = profile.visitorType();
        this.country = profile.country();
        this.departement = profile.departement();
        this.language = profile.language();
        this.stayLength = profile.stayLength();
        this.accommodation = profile.accommodation();
        this.purpose = profile.purpose();
        this.note = draft.note() == null || draft.note().isBlank()
                ? null
                : draft.note().strip();
        this.quick = draft.quick();
        this.interestIds = new HashSet<>(profile.interestIds());
        this.questionIds = new HashSet<>(profile.questionIds());
        this.outcomes = new HashSet<>(profile.outcomes());
        this.pickIds = new ArrayList<>(draft.pickIds());
    }

    void touch(String by, Instant now) {
        this.updatedBy = by;
        this.updatedAt = now;
    }

    void markDeleted(String by, Instant now) {
        this.deleted = true;
        touch(by, now);
    }

    @Nullable
    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getCounsellor() {
        return counsellor;
    }

    LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    boolean isDeleted() {
        return deleted;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    InteractionDetails details() {
        return new InteractionDetails(
                Objects.requireNonNull(id),
                version,
                occurredAt,
                deskId,
                counsellor,
                channel,
                adults,
                children,
                partyType,
                visitorType,
                country,
                departement,
                language,
                stayLength,
                accommodation,
                purpose,
                Set.copyOf(interestIds),
                Set.copyOf(questionIds),
                Set.copyOf(outcomes),
                note,
                quick,
                updatedBy,
                updatedAt,
                List.copyOf(pickIds));
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Interaction that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Interaction.class.hashCode();
    }
}
