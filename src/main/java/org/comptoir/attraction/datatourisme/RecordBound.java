package org.comptoir.attraction.datatourisme;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops a JSON-LD file whose one record goes on past a bound, before the whole record is held in memory:
 * the characters read since the record began are counted (give or take the parser's read-ahead).
 */
final class RecordBound extends FilterReader {

    private final int maxChars;
    private long sinceStart;
    private int record;

    RecordBound(Reader in, int maxChars) {
        super(in);
        this.maxChars = maxChars;
    }

    /** A new record begins: its count starts. */
    void startRecord(int number) {
        record = number;
        sinceStart = 0;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        count(read);
        return read;
    }

    @Override
    public int read() throws IOException {
        int read = super.read();
        count(read < 0 ? -1 : 1);
        return read;
    }

    private void count(int read) {
        if (read > 0 && record > 0) {
            sinceStart += read;
            if (sinceStart > maxChars) {
                throw new ImportFileError("import.file.record-too-large", record, maxChars);
            }
        }
    }
}
