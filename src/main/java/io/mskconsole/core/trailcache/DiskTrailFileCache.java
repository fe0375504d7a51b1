package io.mskconsole.core.trailcache;

import io.mskconsole.core.privatefiles.OwnerOnly;
import io.mskconsole.core.trailbucket.TrailBucketGateway;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The trail file cache on disk: under its folder, one folder per partition and reader ({@code aws-<hash of the
 * account>}, {@code aws-cn-…}; the Sandbox's apart) and bucket, one file per trail file or closed day's listing ({@link CacheEntry}), named after a
 * hash of its key, the owner's only ({@link OwnerOnly}). An entry is written to a temporary file and moved into
 * place, so a reader sees a whole entry or none; one that does not verify is deleted and read again from S3.
 * The cache holds at most its limit: past it, the entries least recently read or written are deleted. Which entries
 * exist and how large is read from the folder on first use (least recently used: oldest modification time, which a
 * read sets) and then kept in memory; another process sharing the folder may add entries, found when read.
 * Thread-safe: reads run at the same time, the index's changes one at a time.
 */
public final class DiskTrailFileCache implements TrailFileCache {
    /** The most bytes it holds by default. */
    public static final long DEFAULT_LIMIT = 512L * 1024 * 1024;
    /** The largest entry it keeps: a larger object is read through and not kept. */
    public static final long LARGEST_ENTRY = 64L * 1024 * 1024;
    static final String FILE = ".file";
    static final String LISTING = ".list";
    static final String TEMP = ".tmp";
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

    private final Path folder;
    private final long limit;
    private final Clock clock;
    private final EntryIndex index;

    /**
     * @param folder where it lives (made when first written)
     * @param limit  the most bytes it holds
     * @param clock  "now": which days are closed, and when an entry was last used
     */
    public DiskTrailFileCache(Path folder, long limit, Clock clock) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.folder = Objects.requireNonNull(folder, "folder");
        this.limit = limit;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.index = new EntryIndex(folder, limit, clock);
    }

    /** The cache in the folder, at most {@link #DEFAULT_LIMIT}, on the system's clock. */
    public static DiskTrailFileCache in(Path folder) {
        return new DiskTrailFileCache(folder, DEFAULT_LIMIT, Clock.systemUTC());
    }

    public Path folder() {
        return folder;
    }

    @Override
    public TrailBucketGateway cached(TrailBucketGateway bucket, String owner) {
        return new CachedTrailBucket(bucket, this, SANDBOX.equals(owner) ? SANDBOX : owner == null || owner.isEmpty()
                ? partition(bucket.region()) : partition(bucket.region()) + "-" + OwnerOnly.hashed(owner).substring(0, 16));
    }

    @Override
    public long size() {
        return index.size();
    }

    @Override
    public long clear() {
        return index.clear();
    }

    @Override
    public long limit() {
        return limit;
    }

    Instant now() {
        return clock.instant();
    }

    /** Bucket names are unique within a partition only: each has its own folder. */
    static String partition(String region) {
        String name = region == null ? "" : region;
        return name.startsWith("cn-") ? "aws-cn" : name.startsWith("us-gov-") ? "aws-us-gov"
                : name.startsWith("us-isob-") ? "aws-iso-b" : name.startsWith("us-iso-") ? "aws-iso" : "aws";
    }

    /** The file of the entry named {@code name} of the bucket; {@code suffix} tells its kind. */
    Path entry(String namespace, String bucket, String name, String suffix) {
        String bucketFolder = "bucket-" + (BUCKET.matcher(bucket).matches() ? bucket : OwnerOnly.hashed(bucket).substring(0,
                32));
        return folder.resolve(namespace).resolve(bucketFolder).resolve(OwnerOnly.hashed(name) + suffix);
    }

    /** The entry's bytes (a {@link TrailBucketGateway.LocalCopy}), or null when there is none or it is corrupt. */
    InputStream open(Path entry, String name) {
        index.load();
        InputStream kept;
        try {
            kept = CacheEntry.open(entry, name);
        } catch (NoSuchFileException none) {
            index.forget(entry);
            return null;
        } catch (IOException unreadable) {
            return null;
        }
        if (kept == null) {
            index.discard(entry);
            return null;
        }
        index.used(entry);
        return kept;
    }

    /** Deletes an entry that verified but could not be read (a listing of another version). */
    void discard(Path entry) {
        index.discard(entry);
    }

    /** The file from S3, kept as an entry on the way; as it is when no copy can be begun. */
    InputStream keeping(InputStream fresh, Path entry, String name) {
        Path temp;
        OutputStream copy;
        try {
            temp = newTemp(entry.getParent());
        } catch (IOException | UncheckedIOException cannot) {
            return fresh;
        }
        try {
            copy = new BufferedOutputStream(Files.newOutputStream(temp), 64 * 1024);
            copy.write(CacheEntry.HEADER);
        } catch (IOException cannot) {
            deleteQuietly(temp);
            return fresh;
        }
        return new CachingStream(fresh, this, temp, copy, entry, name, Math.min(limit, LARGEST_ENTRY)
                - CacheEntry.OVERHEAD);
    }

    /** Keeps bytes held in memory as the entry; nothing when they cannot be written. */
    void keep(Path entry, String name, byte[] bytes) {
        if (bytes.length + CacheEntry.OVERHEAD > Math.min(limit, LARGEST_ENTRY)) {
            return;
        }
        Path temp = null;
        try {
            temp = newTemp(entry.getParent());
            CacheEntry.write(temp, name, bytes);
            checkIn(temp, entry);
        } catch (IOException | RuntimeException cannot) {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    /** Moves a whole entry into place, then deletes the least recently used past the limit. */
    void checkIn(Path temp, Path entry) throws IOException {
        index.checkIn(temp, entry, (from, to) -> {
            try {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        });
    }

    /** A new temporary file beside the entries of a bucket, its folders made when missing (or cleared meanwhile). */
    private static Path newTemp(Path bucketFolder) throws IOException {
        try {
            return OwnerOnly.newFile(bucketFolder, "entry-", TEMP);
        } catch (NoSuchFileException noFolder) {
            OwnerOnly.folder(bucketFolder.getParent().getParent());
            OwnerOnly.folder(bucketFolder.getParent());
            OwnerOnly.folder(bucketFolder);
            return OwnerOnly.newFile(bucketFolder, "entry-", TEMP);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // it is found and deleted when the cache is next loaded
        }
    }
}
