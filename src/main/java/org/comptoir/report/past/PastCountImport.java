package org.comptoir.report.past;

import java.time.Instant;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** An import as the list shows it: its file, its months, what it added, who imported it and, if so, undid it. */
public record PastCountImport(
        long id,
        String fileName,
        int rows,
        YearMonth firstMonth,
        YearMonth lastMonth,
        long interactions,
        long persons,
        Instant importedAt,
        String importedBy,
        @Nullable Instant undoneAt,
        @Nullable String undoneBy) {

    public boolean undone() {
        return undoneAt != null;
    }
}
