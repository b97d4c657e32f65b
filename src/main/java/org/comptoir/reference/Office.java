package org.comptoir.reference;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.OptimisticLock;
import org.jspecify.annotations.Nullable;

/** A tourist office of the network: its desks, its users, and what they record (decision 0030). */
@Entity
@Table(name = "office")
class Office {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 120)
    private String name = "";

    /** The interests this office's desks do not offer (V0028). */
    @ElementCollection
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "office_hidden_interest", joinColumns = @JoinColumn(name = "office_id"))
    @Column(name = "interest_id")
    private Set<Long> hiddenInterests = new HashSet<>();

    /** The question topics this office's desks do not offer (V0028). */
    @ElementCollection
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "office_hidden_question", joinColumns = @JoinColumn(name = "office_id"))
    @Column(name = "question_topic_id")
    private Set<Long> hiddenQuestions = new HashSet<>();

    protected Office() {}

    Office(String name) {
        this.name = name;
    }

    @Nullable
    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    /** The entries of a list the office hides: interests or questions; none for any other list. */
    Set<Long> hidden(ListKind kind) {
        return switch (kind) {
            case INTEREST -> Set.copyOf(hiddenInterests);
            case QUESTION -> Set.copyOf(hiddenQuestions);
            default -> Set.of();
        };
    }

    void setHidden(ListKind kind, Set<Long> ids) {
        var hidden = switch (kind) {
            case INTEREST -> hiddenInterests;
            case QUESTION -> hiddenQuestions;
            default -> throw new IllegalArgumentException("only interests and questions are hidden: " + kind);
        };
        hidden.clear();
        hidden.addAll(ids);
    }

    OfficeSummary toSummary() {
        return new OfficeSummary(Objects.requireNonNull(id), version, name);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Office office && id != null && id.equals(office.id);
    }

    @Override
    public int hashCode() {
        return Office.class.hashCode();
    }
}
