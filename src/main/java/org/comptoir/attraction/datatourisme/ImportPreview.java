package org.comptoir.attraction.datatourisme;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What importing a file would do, record by record, before anything is written; or why the file
 * cannot be read at all ({@code fileError}). The commit reads the same file again and checks it is
 * byte for byte the one previewed ({@code digest}).
 */
public record ImportPreview(
        Path file,
        String fileName,
        @Nullable ImportFormat format,
        @Nullable String digest,
        @Nullable ImportReason fileError,
        List<ImportLine> lines) {

    public ImportPreview {
        lines = List.copyOf(lines);
    }

    static ImportPreview failed(Path file, String fileName, @Nullable ImportFormat format, ImportReason error) {
        return new ImportPreview(file, fileName, format, null, error, List.of());
    }

    public int count(ImportOutcome outcome) {
        return (int) lines.stream().filter(line -> line.outcome() == outcome).count();
    }

    public Map<ImportOutcome, Integer> counts() {
        var counts = new EnumMap<ImportOutcome, Integer>(ImportOutcome.class);
        for (var outcome : ImportOutcome.values()) {
            counts.put(outcome, 0);
        }
        lines.forEach(line -> counts.merge(line.outcome(), 1, Integer::sum));
        return counts;
    }

    /** Something to write: the file was read and at least one record is new or changed. */
    public boolean committable() {
        return fileError == null
                && lines.stream()
                        .anyMatch(
                                line -> line.outcome() == ImportOutcome.NEW || line.outcome() == ImportOutcome.UPDATED);
    }
}
