package io.mskconsole.core.trailcache;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Checksum;

/**
 * A file from S3 passed on as it is read, and copied into a new entry on the way: once the reader has had all of it
 * (or, when it closes early, once the rest has been read on), the copy is checked in ({@link DiskTrailFileCache}).
 * A copy that cannot be written, or that grows past the largest entry, is dropped and the file is still passed on;
 * a read that fails keeps nothing. The reader sees the same bytes and failures as without the cache.
 */
final class CachingStream extends FilterInputStream {
    private final DiskTrailFileCache cache;
    private final Path temp;
    private final Path entry;
    private final Checksum crc;
    private final long most;
    /** Where the copy goes; null once dropped. */
    private OutputStream copy;
    private long length;
    private boolean ended;
    private boolean failed;
    private boolean closed;

    /**
     * @param temp where the copy is written, already holding the entry's header
     * @param most the most bytes the entry may keep
     */
    CachingStream(InputStream in, DiskTrailFileCache cache, Path temp, OutputStream copy, Path entry, String name,
                  long most) {
        super(in);
        this.cache = cache;
        this.temp = temp;
        this.copy = copy;
        this.entry = entry;
        this.crc = CacheEntry.checksum(name);
        this.most = most;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n;
        do {
            n = read(one, 0, 1);
        } while (n == 0);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
        int n;
        try {
            n = in.read(buffer, offset, count);
        } catch (IOException | RuntimeException e) {
            failed = true;
            throw e;
        }
        if (n < 0) {
            ended = true;
        } else {
            copy(buffer, offset, n);
        }
        return n;
    }

    /** Skipped bytes are read, so that the copy holds them too. */
    @Override
    public long skip(long count) throws IOException {
        byte[] buffer = new byte[(int) Math.min(8192, Math.max(0, count))];
        long skipped = 0;
        while (skipped < count) {
            int n = read(buffer, 0, (int) Math.min(buffer.length, count - skipped));
            if (n < 0) {
                break;
            }
            skipped += n;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int limit) {
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    private void copy(byte[] buffer, int offset, int n) {
        if (copy == null || n == 0) {
            return;
        }
        length += n;
        if (length > most) {
            drop();
            return;
        }
        try {
            copy.write(buffer, offset, n);
            crc.update(buffer, offset, n);
        } catch (IOException cannotWrite) {
            drop();
        }
    }

    /** Reads on what the reader left (a file it gave up on), then checks the copy in if it is whole. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            byte[] rest = new byte[64 * 1024];
            while (copy != null && !failed && !ended) {
                int n;
                try {
                    n = in.read(rest);
                } catch (IOException | RuntimeException e) {
                    drop();
                    break;
                }
                if (n < 0) {
                    ended = true;
                } else {
                    copy(rest, 0, n);
                }
            }
            if (copy != null && ended && !failed) {
                checkIn();
            } else {
                drop();
            }
        } finally {
            in.close();
        }
    }

    private void checkIn() {
        try {
            copy.write(CacheEntry.trailer(length, crc));
            copy.close();
            copy = null;
            cache.checkIn(temp, entry);
        } catch (IOException | RuntimeException cannot) {
            drop();
        }
    }

    private void drop() {
        if (copy != null) {
            try {
                copy.close();
            } catch (IOException ignored) {
                // the copy is deleted anyway
            }
            copy = null;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a temporary file left behind is deleted when the cache is next loaded
        }
    }
}
