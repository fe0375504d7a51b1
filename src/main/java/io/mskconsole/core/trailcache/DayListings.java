package io.mskconsole.core.trailcache;

import io.mskconsole.core.arrival.StoredObject;
import io.mskconsole.core.trailbucket.TrailLayout;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Which day folders' listings may be kept, and a listing as an entry's bytes. A day is closed when it ended more than
 * {@link #SETTLED} ago: CloudTrail delivers a record's file within {@link TrailLayout#DELIVERY_DELAY}, so nothing
 * comes into its folder after that; a day to spare covers a late delivery. Today's and yesterday's folders are
 * never closed, so they are always listed again.
 */
final class DayListings {
    /** How long after a day ends its folder is taken as complete: the delivery delay and a day to spare. */
    static final Duration SETTLED = TrailLayout.DELIVERY_DELAY.plus(Duration.ofDays(1));
    private static final int VERSION = 1;

    private DayListings() {
    }

    /** Whether the prefix is a trail's day folder that will get no more files. */
    static boolean closed(String prefix, Instant now) {
        return TrailLayout.day(prefix).map(day -> day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
                .plus(SETTLED).isBefore(now)).orElse(false);
    }

    static byte[] encode(List<StoredObject> objects) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(VERSION);
            out.writeInt(objects.size());
            for (StoredObject object : objects) {
                out.writeUTF(object.key());
                out.writeLong(object.size());
                out.writeLong(object.lastModified().getEpochSecond());
                out.writeInt(object.lastModified().getNano());
            }
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return bytes.toByteArray();
    }

    /** @throws IOException when the bytes are not a listing of this version */
    static List<StoredObject> decode(InputStream bytes) throws IOException {
        DataInputStream in = new DataInputStream(bytes);
        if (in.readInt() != VERSION) {
            throw new IOException("not a listing of version " + VERSION);
        }
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("a listing of " + count + " objects");
        }
        List<StoredObject> objects = new ArrayList<>(Math.min(count, 10_000));
        for (int i = 0; i < count; i++) {
            String key = in.readUTF();
            long size = in.readLong();
            objects.add(new StoredObject(key, size, Instant.ofEpochSecond(in.readLong(), in.readInt())));
        }
        if (in.read() >= 0) {
            throw new IOException("more bytes after the listing");
        }
        return objects;
    }
}
