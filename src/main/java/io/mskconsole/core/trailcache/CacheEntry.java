package io.mskconsole.core.trailcache;

import io.mskconsole.core.trailbucket.TrailBucketGateway;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/**
 * One entry's file: a 4-byte header {@code MTC1}, the bytes kept, then a 16-byte trailer: their length (8 bytes), the
 * CRC-32C of the entry's name and the bytes (4) and {@code MTCE}. A file whose header, length, trailer or checksum
 * does not match (cut short, half written, changed on disk, or another entry's file under this name) is corrupt,
 * which its reader takes as no entry.
 */
final class CacheEntry {
    static final byte[] HEADER = {'M', 'T', 'C', '1'};
    private static final byte[] END = {'M', 'T', 'C', 'E'};
    static final int TRAILER = 16;
    /** What an entry's file holds besides the bytes kept. */
    static final int OVERHEAD = HEADER.length + TRAILER;

    private CacheEntry() {
    }

    /** The checksum of an entry begun: the name first, so that another entry's file does not pass for this one. */
    static Checksum checksum(String name) {
        Checksum crc = new CRC32C();
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        crc.update(bytes, 0, bytes.length);
        return crc;
    }

    /** The trailer of an entry of {@code length} bytes whose checksum is {@code crc}. */
    static byte[] trailer(long length, Checksum crc) {
        return ByteBuffer.allocate(TRAILER).putLong(length).putInt((int) crc.getValue()).put(END).array();
    }

    /** Writes a whole entry of bytes held in memory (a day's listing). */
    static void write(Path file, String name, byte[] bytes) throws IOException {
        Checksum crc = checksum(name);
        crc.update(bytes, 0, bytes.length);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(HEADER);
            out.write(bytes);
            out.write(trailer(bytes.length, crc));
        }
    }

    /**
     * The entry's bytes, checked whole before the first is given; null when the file is corrupt.
     *
     * @throws java.nio.file.NoSuchFileException when there is no such file
     * @throws IOException                        when it cannot be read
     */
    static InputStream open(Path file, String name) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            long length = channel.size() - OVERHEAD;
            if (length < 0 || !verified(channel, name, length)) {
                channel.close();
                return null;
            }
            channel.position(HEADER.length);
            return new Kept(channel, length);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static boolean verified(FileChannel channel, String name, long length) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(HEADER.length);
        ByteBuffer trailer = ByteBuffer.allocate(TRAILER);
        if (!readFully(channel, header, 0) || !readFully(channel, trailer, HEADER.length + length)
                || !Arrays.equals(header.array(), HEADER) || trailer.getLong(0) != length
                || !Arrays.equals(Arrays.copyOfRange(trailer.array(), TRAILER - END.length, TRAILER), END)) {
            return false;
        }
        Checksum crc = checksum(name);
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        long position = HEADER.length;
        long end = HEADER.length + length;
        while (position < end) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), end - position));
            int n = channel.read(buffer, position);
            if (n < 0) {
                return false;
            }
            crc.update(buffer.array(), 0, n);
            position += n;
        }
        return (int) crc.getValue() == trailer.getInt(8);
    }

    private static boolean readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position + buffer.position());
            if (n < 0) {
                return false;
            }
        }
        return true;
    }

    /** An entry's bytes, read from its file; a copy on this machine, not S3. */
    private static final class Kept extends InputStream implements TrailBucketGateway.LocalCopy {
        private final FileChannel channel;
        private long remaining;

        Kept(FileChannel channel, long length) {
            this.channel = channel;
            this.remaining = length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (remaining <= 0) {
                return -1;
            }
            int n = channel.read(ByteBuffer.wrap(buffer, offset, (int) Math.min(length, remaining)));
            if (n < 0) {
                throw new IOException("the cached file ended early");
            }
            remaining -= n;
            return n;
        }

        @Override
        public int available() {
            return (int) Math.min(Integer.MAX_VALUE, remaining);
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
