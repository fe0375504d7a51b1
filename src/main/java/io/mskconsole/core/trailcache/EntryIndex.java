package io.mskconsole.core.trailcache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The cache's entries and their sizes, least recently used first, and their total kept under the limit: reading the
 * folder once on first use, then told of each entry read, written or found corrupt. One change at a time.
 */
final class EntryIndex {
    /** A temporary file older than this when the folder is read was left by a crash: deleted. */
    private static final Duration STALE_TEMP = Duration.ofHours(1);

    /** Moves a finished temporary file into an entry's place. */
    interface Move {
        void move(Path from, Path to) throws IOException;
    }

    private final Path folder;
    private final long limit;
    private final Clock clock;
    /** Entry → its file's size, in the order of use (the least recent first). */
    private final LinkedHashMap<Path, Long> sizes = new LinkedHashMap<>(256, 0.75f, true);
    private long total;
    private boolean loaded;

    EntryIndex(Path folder, long limit, Clock clock) {
        this.folder = folder;
        this.limit = limit;
        this.clock = clock;
    }

    /** Reads the folder, the first time: its entries, the least recently modified first; old temporary files go. */
    synchronized void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        record Found(Path file, long size, FileTime modified) {
        }
        List<Found> found = new ArrayList<>();
        FileTime stale = FileTime.from(clock.instant().minus(STALE_TEMP));
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.walk(folder, 3)) {
                files.forEach(file -> {
                    String name = file.getFileName().toString();
                    try {
                        BasicFileAttributes about = Files.readAttributes(file, BasicFileAttributes.class);
                        if (!about.isRegularFile()) {
                            return;
                        }
                        if (name.endsWith(DiskTrailFileCache.TEMP) && about.lastModifiedTime().compareTo(stale) < 0) {
                            DiskTrailFileCache.deleteQuietly(file);
                        } else if (name.endsWith(DiskTrailFileCache.FILE) || name.endsWith(DiskTrailFileCache.LISTING)) {
                            found.add(new Found(file, about.size(), about.lastModifiedTime()));
                        }
                    } catch (IOException gone) {
                        // deleted meanwhile (by another process sharing the folder)
                    }
                });
            } catch (IOException | UncheckedIOException unreadable) {
                // what was found is kept; the rest is found when read
            }
        }
        found.sort(Comparator.comparing(Found::modified));
        for (Found entry : found) {
            sizes.put(entry.file(), entry.size());
            total += entry.size();
        }
        evict(null);
    }

    synchronized long size() {
        load();
        return total;
    }

    /** An entry was read: now the most recently used (its modification time too, for the next run). */
    void used(Path entry) {
        synchronized (this) {
            load();
            if (sizes.get(entry) == null) { // written by another process
                try {
                    long size = Files.size(entry);
                    sizes.put(entry, size);
                    total += size;
                    evict(entry);
                } catch (IOException gone) {
                    return;
                }
            }
        }
        try {
            Files.setLastModifiedTime(entry, FileTime.from(clock.instant()));
        } catch (IOException ignored) {
            // the order in memory is right; only the next run's may be less so
        }
    }

    /** The entry is gone. */
    synchronized void forget(Path entry) {
        Long size = sizes.remove(entry);
        if (size != null) {
            total -= size;
        }
    }

    /** The entry is corrupt: forgotten and deleted. */
    synchronized void discard(Path entry) {
        forget(entry);
        DiskTrailFileCache.deleteQuietly(entry);
    }

    /** Moves a whole entry into place (replacing one written meanwhile), then deletes the least used past the limit. */
    synchronized void checkIn(Path temp, Path entry, Move move) throws IOException {
        load();
        long size = Files.size(temp);
        move.move(temp, entry);
        try {
            Files.setLastModifiedTime(entry, FileTime.from(clock.instant()));
        } catch (IOException ignored) {
            // as in used()
        }
        Long before = sizes.put(entry, size);
        total += size - (before == null ? 0 : before);
        evict(entry);
    }

    /** Deletes the least recently used entries, but {@code keep}, until the total is within the limit. */
    private void evict(Path keep) {
        Iterator<Map.Entry<Path, Long>> eldest = sizes.entrySet().iterator();
        while (total > limit && eldest.hasNext()) {
            Map.Entry<Path, Long> entry = eldest.next();
            if (entry.getKey().equals(keep)) {
                continue;
            }
            eldest.remove();
            total -= entry.getValue();
            DiskTrailFileCache.deleteQuietly(entry.getKey());
        }
    }

    /** Deletes everything under the folder (the folder stays); returns the bytes freed. */
    synchronized long clear() {
        long freed = 0;
        if (Files.isDirectory(folder)) {
            List<Path> all;
            try (Stream<Path> files = Files.walk(folder)) {
                all = files.sorted(Comparator.reverseOrder()).toList(); // what a folder holds before the folder
            } catch (IOException | UncheckedIOException unreadable) {
                all = List.of();
            }
            for (Path path : all) {
                if (path.equals(folder)) {
                    continue;
                }
                try {
                    long size = Files.isRegularFile(path) ? Files.size(path) : 0;
                    Files.delete(path);
                    freed += size;
                } catch (IOException inUse) {
                    // a file being written (its writer then keeps nothing) or open elsewhere
                }
            }
        }
        sizes.clear();
        total = 0;
        loaded = true;
        return freed;
    }
}
