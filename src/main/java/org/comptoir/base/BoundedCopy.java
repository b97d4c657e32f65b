package org.comptoir.base;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies an upload or a download to a file, stopping past a bound whatever the other side announced. */
public final class BoundedCopy {

    /** What {@link #copy} answers for a stream longer than the bound. */
    public static final long TOO_LARGE = -1;

    private BoundedCopy() {}

    /** The bytes copied, or {@link #TOO_LARGE} (the file then holds a part only) past {@code maxBytes}. */
    public static long copy(InputStream in, Path file, long maxBytes) throws IOException {
        long copied = 0;
        try (var out = Files.newOutputStream(file)) {
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                copied += read;
                if (copied > maxBytes) {
                    return TOO_LARGE;
                }
                out.write(buffer, 0, read);
            }
        }
        return copied;
    }
}
