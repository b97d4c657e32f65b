package org.comptoir.reference;

import org.jspecify.annotations.Nullable;

/**
 * A new entry (no id) or changes to one: names in both languages and its place in the list.
 */
public record ListItemDraft(
        @Nullable Long id, long version, String code, String nameFr, String nameEn, int sortOrder) {}
