package io.mskconsole.core.lookupcache;

import io.mskconsole.core.privatefiles.OwnerOnly;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * One file of the cache: the events of one region and source fetched within one span of one UTC day, and that the
 * span is complete. Its name says the span and when it was fetched ({@code <start>_<end>_<fetched>.seg}, epoch
 * seconds), so the spans kept are known from a listing. Its bytes: {@code MLC1}, the entries deflated (each: epoch
 * second, event id, record text), then their length, a CRC-32C of them and {@code MLCE}. Written to a temporary file
 * and moved into place, so a reader sees a whole file or none; one whose length, trailer or checksum does not match
 * (cut short, changed on disk) is corrupt and read as nothing.
 */
final class Segment {
    static final String SUFFIX = ".seg";
    private static final Pattern NAME = Pattern.compile("(\\d{1,12})_(\\d{1,12})_(\\d{1,12})\\.seg");
    private static final byte[] HEADER = {'M', 'L', 'C', '1'};
    private static final byte[] END = {'M', 'L', 'C', 'E'};
    private static final int TRAILER = 16;

    private Segment() {
    }

    /** One event kept: when, its id, and its record as LookupEvents gave it. */
    record Entry(long epochSecond, String eventId, String record) {
    }

    /** A segment file's span and fetch time, from its name. */
    record Name(Path path, Instant start, Instant end, Instant fetchedAt) {
        static Name of(Path path) {
            Matcher m = NAME.matcher(path.getFileName().toString());
            if (!m.matches()) {
                return null;
            }
            Instant start = Instant.ofEpochSecond(Long.parseLong(m.group(1)));
            Instant end = Instant.ofEpochSecond(Long.parseLong(m.group(2)));
            return start.isBefore(end) ? new Name(path, start, end, Instant.ofEpochSecond(Long.parseLong(m.group(3))))
                    : null;
        }

        static String of(Instant start, Instant end, Instant fetchedAt) {
            return start.getEpochSecond() + "_" + end.getEpochSecond() + "_" + fetchedAt.getEpochSecond() + SUFFIX;
        }

        /** Whether the spans overlap or touch. */
        boolean meets(Instant otherStart, Instant otherEnd) {
            return !start.isAfter(otherEnd) && !end.isBefore(otherStart);
        }
    }

    /** Writes the entries to a temporary file beside {@code target} and moves it into place; returns its size. */
    static long write(Path target, List<Entry> entries) throws IOException {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(deflated, deflater, 64 * 1024))) {
            out.writeInt(entries.size());
            for (Entry entry : entries) {
                out.writeLong(entry.epochSecond());
                out.writeUTF(entry.eventId());
                byte[] text = entry.record().getBytes(StandardCharsets.UTF_8);
                out.writeInt(text.length);
                out.write(text);
            }
        } finally {
            deflater.end();
        }
        byte[] payload = deflated.toByteArray();
        CRC32C crc = new CRC32C();
        crc.update(payload);
        byte[] trailer = ByteBuffer.allocate(TRAILER).putLong(payload.length).putInt((int) crc.getValue()).put(END)
                .array();
        Path temporary = OwnerOnly.newFile(target.getParent(), ".segment-", ".tmp");
        try {
            try (var out = Files.newOutputStream(temporary)) {
                out.write(HEADER);
                out.write(payload);
                out.write(trailer);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return HEADER.length + payload.length + TRAILER;
    }

    /** The file's entries, or null when it is corrupt. */
    static List<Entry> read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int length = bytes.length - HEADER.length - TRAILER;
        if (length < 0 || !Arrays.equals(bytes, 0, HEADER.length, HEADER, 0, HEADER.length)
                || !Arrays.equals(bytes, bytes.length - END.length, bytes.length, END, 0, END.length)) {
            return null;
        }
        ByteBuffer trailer = ByteBuffer.wrap(bytes, bytes.length - TRAILER, TRAILER);
        CRC32C crc = new CRC32C();
        crc.update(bytes, HEADER.length, length);
        if (trailer.getLong() != length || trailer.getInt() != (int) crc.getValue()) {
            return null;
        }
        InputStream payload = new java.io.ByteArrayInputStream(bytes, HEADER.length, length);
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(payload))) {
            int count = in.readInt();
            if (count < 0) {
                return null;
            }
            List<Entry> entries = new ArrayList<>(Math.min(count, 100_000));
            for (int i = 0; i < count; i++) {
                long second = in.readLong();
                String id = in.readUTF();
                int size = in.readInt();
                if (size < 0 || size > 16 * 1024 * 1024) {
                    return null;
                }
                byte[] text = in.readNBytes(size);
                if (text.length != size) {
                    return null;
                }
                entries.add(new Entry(second, id, new String(text, StandardCharsets.UTF_8)));
            }
            return entries;
        } catch (EOFException | java.util.zip.ZipException broken) {
            return null;
        }
    }
}
