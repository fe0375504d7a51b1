package io.mskconsole.core.trail;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A stream that keeps what it passes on from a mark, so that a record's exact bytes can be taken once the parser has
 * read past its end (the parser reads ahead, so they cannot be taken from it). Holds one record and the parser's
 * read-ahead at a time: {@link #release} lets go of what came before.
 */
final class RecordBytes extends FilterInputStream {
    /** The most bytes one record (or anything around the records) may take: CloudTrail's are a few KB. */
    static final int MOST = 32 * 1024 * 1024;
    private byte[] kept = new byte[64 * 1024];
    /** The offset in the stream of {@code kept[0]}. */
    private long base;
    private int length;

    RecordBytes(InputStream in) {
        super(in);
    }

    /** One record, or what lies between records, takes more than {@link #MOST}. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("a record of more than " + MOST / (1024 * 1024) + " MB: not a trail file");
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            room(1);
            kept[length++] = (byte) b;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
        int n = super.read(buffer, offset, count);
        if (n > 0) {
            room(n);
            System.arraycopy(buffer, offset, kept, length, n);
            length += n;
        }
        return n;
    }

    /** The bytes kept: the stream's bytes from {@link #start} on. */
    byte[] bytes() {
        return kept;
    }

    /** Where in {@link #bytes()} the stream's byte at {@code offset} is, or -1 when it is not kept. */
    int index(long offset) {
        return offset < base || offset > base + length ? -1 : (int) (offset - base);
    }

    /** Lets go of the bytes before the stream's {@code offset}. */
    void release(long offset) {
        int drop = (int) Math.min(length, Math.max(0, offset - base));
        if (drop > 0) {
            System.arraycopy(kept, drop, kept, 0, length - drop);
            length -= drop;
            base += drop;
        }
    }

    long start() {
        return base;
    }

    private void room(int more) throws TooLarge {
        if (length + more > MOST) {
            throw new TooLarge();
        }
        if (length + more > kept.length) {
            kept = Arrays.copyOf(kept, Math.max(kept.length * 2, length + more));
        }
    }
}
