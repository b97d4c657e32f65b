package org.comptoir.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * UTF-8 that refuses any invalid byte (a Latin-1 file must not be imported as garbled names), and hands
 * out every character before the bad one first: the reader then knows on which line it is. (The JDK's
 * InputStreamReader throws for the whole buffer, so the error would seem to be at its start.)
 */
public final class StrictUtf8Reader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 14).flip();
    private @Nullable CoderResult error;
    private boolean ended;
    private boolean flushed;

    public StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (flushed) {
            return -1;
        }
        var out = CharBuffer.wrap(target, offset, length);
        while (out.position() == offset) {
            if (error != null) {
                error.throwException();
            }
            var result = decoder.decode(bytes, out, ended);
            if (result.isError()) {
                // thrown on the next call when characters were decoded before it
                error = result;
            } else if (result.isOverflow()) {
                break;
            } else if (ended) {
                decoder.flush(out);
                flushed = true;
                break;
            } else {
                fill();
            }
        }
        var count = out.position() - offset;
        return count == 0 && flushed ? -1 : count;
    }

    private void fill() throws IOException {
        bytes.compact();
        var count = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (count < 0) {
            ended = true;
        } else {
            bytes.position(bytes.position() + count);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
