package io.mskconsole.core.lookupcache;

import io.mskconsole.core.privatefiles.OwnerOnly;
import io.mskconsole.core.trail.LookupCache;
import io.mskconsole.core.trail.LookupCaches;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * LookupEvents' answers kept on disk, in the app's data folder: one folder per account (a hash of its key, so a
 * profile never reads what another fetched), then per region and event source, one {@link Segment} file per span
 * of a UTC day known complete. Folders and files are the owner's only: they hold the organization's audit records.
 * At most its limit: past it, the oldest days' files go first (they are the ones LookupEvents may still give again,
 * or history nobody looked at lately). Thread-safe; another process (the commands and the window) may share it.
 */
public final class DiskLookupCache implements LookupCaches {
    /** The most bytes it holds by default. */
    public static final long DEFAULT_LIMIT = 256L * 1024 * 1024;
    private final Path folder;
    private final long limit;
    private long size = -1;

    public DiskLookupCache(Path folder, long limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.folder = Objects.requireNonNull(folder, "folder");
        this.limit = limit;
    }

    public static DiskLookupCache in(Path folder) {
        return new DiskLookupCache(folder, DEFAULT_LIMIT);
    }

    public Path folder() {
        return folder;
    }

    /** The cache of one account's events: {@code owner} names the profile and the account (a hash names its folder). */
    @Override
    public LookupCache of(String owner) {
        String name = "account-" + OwnerOnly.hashed(Objects.requireNonNull(owner, "owner")).substring(0, 16);
        return new AccountLookupCache(this, folder.resolve(name));
    }

    /** The bytes it holds. */
    @Override
    public synchronized long size() {
        if (size < 0) {
            size = files().stream().mapToLong(DiskLookupCache::sizeOf).sum();
        }
        return size;
    }

    /** Deletes everything it holds, every account's. */
    @Override
    public synchronized void clear() {
        for (Path file : files()) {
            delete(file);
        }
        size = 0;
    }

    synchronized void added(long bytes) {
        size = size() + bytes;
        if (size > limit) {
            evict();
        }
    }

    synchronized void removed(long bytes) {
        size = Math.max(0, size() - bytes);
    }

    /** Deletes the oldest days' files until it holds nine tenths of its limit. */
    private void evict() {
        List<Segment.Name> all = new ArrayList<>();
        for (Path file : files()) {
            Segment.Name name = Segment.Name.of(file);
            if (name != null) {
                all.add(name);
            }
        }
        all.sort(Comparator.comparing(Segment.Name::start));
        long held = all.stream().mapToLong(name -> sizeOf(name.path())).sum();
        for (Segment.Name oldest : all) {
            if (held <= limit - limit / 10) {
                break;
            }
            held -= sizeOf(oldest.path());
            delete(oldest.path());
        }
        size = held;
    }

    private List<Path> files() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException gone) {
            return 0;
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException inUse) {
            // left for the next eviction or clearing
        }
    }
}
