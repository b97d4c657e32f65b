package org.comptoir.report.past;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What importing a file would do, before anything is written: the rows read, the months they cover, the contacts
 * and visitors they add per year, and the rows refused with their reasons; or why the file cannot be read at all
 * ({@code fileError}). The commit reads the same file again and checks it is byte for byte the one previewed
 * ({@code digest}). A file with a refused row is not imported: a month's counts come whole or not at all.
 *
 * @param rejected the first {@link PastCountService#SHOWN_REJECTIONS} refusals; {@code rejectedRows} counts them all
 */
public record PastCountPreview(
        Path file,
        String fileName,
        @Nullable PastCountFormat format,
        @Nullable String digest,
        @Nullable PastCountProblem fileError,
        int rowsRead,
        int rowsAccepted,
        List<YearMonth> months,
        List<PastCountYear> years,
        List<PastCountRejection> rejected,
        int rejectedRows) {

    public PastCountPreview {
        months = List.copyOf(months);
        years = List.copyOf(years);
        rejected = List.copyOf(rejected);
    }

    static PastCountPreview failed(
            Path file, String fileName, @Nullable PastCountFormat format, PastCountProblem error) {
        return new PastCountPreview(file, fileName, format, null, error, 0, 0, List.of(), List.of(), List.of(), 0);
    }

    /** Every row read is accepted, and there is at least one. */
    public boolean committable() {
        return fileError == null && rejectedRows == 0 && rowsAccepted > 0;
    }

    public long interactions() {
        return years.stream().mapToLong(PastCountYear::interactions).sum();
    }

    public long persons() {
        return years.stream().mapToLong(PastCountYear::persons).sum();
    }
}
