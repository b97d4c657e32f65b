package org.comptoir.attraction.datatourisme;

import org.comptoir.attraction.AttractionCategory;
import org.jspecify.annotations.Nullable;

/** A mapping line as the admin form hands it to the service: a new one when {@code id} is null. */
public record MappingDraft(
        @Nullable Long id,
        long version,
        String sourceTerm,
        @Nullable AttractionCategory category,
        @Nullable String interestCode,
        int priority) {}
