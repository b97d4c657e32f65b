package org.comptoir.attraction.datatourisme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.comptoir.attraction.AttractionCategory;
import org.jspecify.annotations.Nullable;

/** One line of the import mapping: a source type or theme, and the category and/or interest it gives. */
@Entity
@Table(name = "import_mapping")
class ImportMapping {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "source_term", nullable = false, length = 200)
    private String sourceTerm = "";

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private @Nullable AttractionCategory category;

    @Column(name = "interest_code", length = 40)
    private @Nullable String interestCode;

    @Column(nullable = false)
    private int priority;

    protected ImportMapping() {}

    ImportMapping(String sourceTerm) {
        this.sourceTerm = sourceTerm;
    }

    void apply(MappingDraft draft) {
        sourceTerm = draft.sourceTerm().strip();
        category = draft.category();
        interestCode = draft.interestCode() == null || draft.interestCode().isBlank()
                ? null
                : draft.interestCode().strip();
        priority = draft.priority();
    }

    MappingRule rule() {
        return new MappingRule(Objects.requireNonNull(id), version, sourceTerm, category, interestCode, priority);
    }

    long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ImportMapping that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return ImportMapping.class.hashCode();
    }
}
