package org.comptoir.attraction.datatourisme;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.comptoir.base.StrictUtf8Reader;
import org.jspecify.annotations.Nullable;

/**
 * Reads a DATAtourisme file one point at a time, whatever its size: JSON-LD or CSV (told apart by
 * their first character), strict UTF-8 with or without a byte-order mark. Also fingerprints the
 * bytes, so that a commit can check it writes exactly the file that was previewed.
 */
public final class SourceReader implements AutoCloseable {

    /** Reads the next point of an open file; null at the end. */
    interface Records {
        @Nullable
        SourceRecord next();

        /** Where the reading stands, for a file-level message ("line 12"). */
        long line();
    }

    private static final int SNIFF = 4096;

    private final InputStream bytes;
    private final MessageDigest digest;
    private final ImportFormat format;
    private final Records records;
    private boolean finished;

    private SourceReader(InputStream bytes, MessageDigest digest, ImportFormat format, Reader text) {
        this.bytes = bytes;
        this.digest = digest;
        this.format = format;
        this.records = format == ImportFormat.JSON_LD ? new JsonLdRecords(text) : new CsvRecords(text);
    }

    /** Opens a file; an {@link ImportFileError} when it is empty, binary or starts in a way we cannot read. */
    public static SourceReader open(Path file) throws IOException {
        var digest = sha256();
        var in = new BufferedInputStream(new DigestInputStream(Files.newInputStream(file), digest), 1 << 16);
        try {
            in.mark(SNIFF);
            var head = in.readNBytes(SNIFF);
            in.reset();
            var start = 0;
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                start = 3;
                in.skipNBytes(3);
            }
            var format = sniff(head, start);
            return new SourceReader(in, digest, format, new StrictUtf8Reader(in));
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static ImportFormat sniff(byte[] head, int start) {
        if (head.length >= 2
                && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                        || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
            throw new ImportFileError("import.file.not-utf8", 1);
        }
        for (int i = start; i < head.length; i++) {
            if (head[i] == 0) {
                throw new ImportFileError("import.file.binary");
            }
        }
        for (int i = start; i < head.length; i++) {
            var c = head[i];
            if (c == '{' || c == '[') {
                return ImportFormat.JSON_LD;
            }
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return ImportFormat.CSV;
            }
        }
        throw new ImportFileError("import.file.empty");
    }

    public ImportFormat format() {
        return format;
    }

    /**
     * The next point, or null at the end of the file. A file-level problem (invalid UTF-8, broken
     * JSON, unreadable file) is thrown as an {@link ImportFileError}.
     */
    public @Nullable SourceRecord next() {
        if (finished) {
            return null;
        }
        try {
            var record = records.next();
            if (record == null) {
                finished = true;
            }
            return record;
        } catch (ImportFileError e) {
            throw e;
        } catch (UncheckedIOException e) {
            throw fileError(e.getCause());
        } catch (RuntimeException e) {
            var io = ioCause(e);
            if (io != null) {
                throw fileError(io);
            }
            if (e instanceof tools.jackson.core.exc.UnexpectedEndOfInputException) {
                throw new ImportFileError("import.file.json-truncated", records.line());
            }
            if (e instanceof tools.jackson.core.exc.StreamConstraintsException) {
                throw new ImportFileError("import.file.too-large", records.line());
            }
            if (e instanceof tools.jackson.core.JacksonException json) {
                var location = json.getLocation();
                throw new ImportFileError(
                        "import.file.json-syntax",
                        location == null ? records.line() : location.getLineNr(),
                        location == null ? 0 : location.getColumnNr(),
                        json.getOriginalMessage());
            }
            throw e;
        }
    }

    private ImportFileError fileError(IOException e) {
        if (e instanceof CharacterCodingException) {
            return new ImportFileError("import.file.not-utf8", records.line());
        }
        return new ImportFileError("import.file.unreadable", String.valueOf(e.getMessage()));
    }

    private static @Nullable IOException ioCause(Throwable e) {
        for (var cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    /** SHA-256 of the whole file, once {@link #next()} has returned null. */
    public String digest() {
        if (!finished) {
            throw new IllegalStateException("the file has not been read to its end");
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public void close() {
        try {
            bytes.close();
        } catch (IOException e) {
            // nothing left to read from it: closing cannot lose anything
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
