package org.comptoir.attraction.datatourisme;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One point of interest as read from the file, before any check: texts as found (numbers and dates
 * included), so that the mapping can say precisely what is wrong.
 *
 * @param number    the point's position: its rank in the {@code @graph}, or the CSV line it starts on
 * @param labels    language ("" when none is given) → name, in the file's order
 * @param comments  language → description
 * @param themes    theme identifiers and labels, as found
 * @param malformed set when the record could not be read as a point at all
 */
public record SourceRecord(
        int number,
        @Nullable String uri,
        List<String> types,
        List<String> themes,
        Map<String, String> labels,
        Map<String, String> comments,
        @Nullable String latitude,
        @Nullable String longitude,
        @Nullable String street,
        @Nullable String postalCode,
        @Nullable String city,
        @Nullable String insee,
        @Nullable String email,
        @Nullable String website,
        @Nullable String phone,
        @Nullable String lastUpdate,
        List<Period> periods,
        @Nullable ImportReason malformed) {

    /** When an event takes place, as found (ISO or French dates). */
    public record Period(@Nullable String start, @Nullable String end) {}

    public SourceRecord {
        types = List.copyOf(types);
        themes = List.copyOf(themes);
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        comments = Collections.unmodifiableMap(new LinkedHashMap<>(comments));
        periods = List.copyOf(periods);
    }

    static SourceRecord malformed(int number, @Nullable String uri, ImportReason reason) {
        return new SourceRecord(
                number, uri, List.of(), List.of(), Map.of(), Map.of(), null, null, null, null, null, null, null, null,
                null, null, List.of(), reason);
    }
}
