package io.mskconsole.core.lookupcache;

import io.mskconsole.core.privatefiles.OwnerOnly;
import io.mskconsole.core.trail.LookupCache;
import io.mskconsole.core.trail.TrailEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** One account's part of the {@link DiskLookupCache}: its folder holds a folder per region and event source. */
final class AccountLookupCache implements LookupCache {
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");
    private static final Pattern SOURCE = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");
    private static final java.util.concurrent.ConcurrentHashMap<Path, Object> LOCKS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final DiskLookupCache disk;
    private final Path folder;

    AccountLookupCache(DiskLookupCache disk, Path folder) {
        this.disk = disk;
        this.folder = folder;
    }

    @Override
    public Kept read(String region, String eventSource, Instant start, Instant end) {
        Path stream = stream(region, eventSource);
        List<String> records = new ArrayList<>();
        List<Span> covered = new ArrayList<>();
        Instant fetchedAt = null;
        Instant firstFetchedAt = null;
        synchronized (lock(stream)) {
            for (Segment.Name segment : segments(stream)) {
                if (!segment.start().isBefore(end) || !segment.end().isAfter(start)) {
                    continue;
                }
                List<Segment.Entry> entries = entries(segment.path());
                if (entries == null) { // corrupt or half written: deleted, and its span asked for again
                    long bytes = DiskLookupCache.sizeOf(segment.path());
                    DiskLookupCache.delete(segment.path());
                    disk.removed(bytes);
                    continue;
                }
                entries.forEach(entry -> records.add(entry.record()));
                covered.add(new Span(segment.start(), segment.end()));
                fetchedAt = fetchedAt == null || segment.fetchedAt().isAfter(fetchedAt) ? segment.fetchedAt()
                        : fetchedAt;
                firstFetchedAt = firstFetchedAt == null || segment.fetchedAt().isBefore(firstFetchedAt)
                        ? segment.fetchedAt() : firstFetchedAt;
            }
        }
        return new Kept(records, missing(new Span(start, end), covered), fetchedAt, firstFetchedAt);
    }

    @Override
    public void write(String region, String eventSource, Span complete, List<TrailEvent> events, Instant fetchedAt) {
        Instant settled = fetchedAt.minus(SETTLE);
        Instant end = complete.end().isAfter(settled) ? settled : complete.end();
        if (!complete.start().isBefore(end)) {
            return; // all of it may still change: asked again next time
        }
        Path stream = stream(region, eventSource);
        synchronized (lock(stream)) {
            try {
                OwnerOnly.folder(stream);
                for (Instant day = complete.start().truncatedTo(ChronoUnit.DAYS); day.isBefore(end);
                     day = day.plus(1, ChronoUnit.DAYS)) {
                    Instant from = day.isBefore(complete.start()) ? complete.start() : day;
                    Instant next = day.plus(1, ChronoUnit.DAYS);
                    // kept in whole seconds, inside what was fetched (a span under a second is not kept)
                    Instant start = from.truncatedTo(ChronoUnit.SECONDS).equals(from) ? from
                            : from.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
                    Instant stop = (next.isBefore(end) ? next : end).truncatedTo(ChronoUnit.SECONDS);
                    if (start.isBefore(stop)) {
                        day(stream, start, stop, events, fetchedAt);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(why(e), e);
            }
        }
    }

    /** Writes one day's span, merged with the files of that day it meets. */
    private void day(Path stream, Instant start, Instant end, List<TrailEvent> events, Instant fetchedAt)
            throws IOException {
        Instant mergedStart = start;
        Instant mergedEnd = end;
        Map<String, Segment.Entry> entries = new LinkedHashMap<>();
        List<Segment.Name> merged = new ArrayList<>();
        Instant dayStart = start.truncatedTo(ChronoUnit.DAYS);
        for (Segment.Name segment : segments(stream)) {
            if (!segment.start().truncatedTo(ChronoUnit.DAYS).equals(dayStart) || !segment.meets(start, end)) {
                continue;
            }
            List<Segment.Entry> kept = entries(segment.path());
            merged.add(segment);
            if (kept == null) {
                continue; // corrupt: replaced by what was fetched now
            }
            kept.forEach(entry -> entries.put(entry.eventId(), entry));
            mergedStart = segment.start().isBefore(mergedStart) ? segment.start() : mergedStart;
            mergedEnd = segment.end().isAfter(mergedEnd) ? segment.end() : mergedEnd;
        }
        for (TrailEvent event : events) {
            if (!event.time().isBefore(start) && event.time().isBefore(end)) {
                entries.put(event.eventId(), new Segment.Entry(event.time().getEpochSecond(), event.eventId(),
                        event.record()));
            }
        }
        Path target = stream.resolve(Segment.Name.of(mergedStart, mergedEnd, fetchedAt));
        long written = Segment.write(target, new ArrayList<>(entries.values()));
        long freed = 0;
        for (Segment.Name old : merged) {
            if (!old.path().equals(target)) {
                freed += DiskLookupCache.sizeOf(old.path());
                DiskLookupCache.delete(old.path());
            }
        }
        disk.removed(freed);
        disk.added(written);
    }

    /** One stream's files are read and written one thread at a time; other streams meanwhile go on. */
    private static Object lock(Path stream) {
        return LOCKS.computeIfAbsent(stream.toAbsolutePath().normalize(), key -> new Object());
    }

    private Path stream(String region, String eventSource) {
        if (!REGION.matcher(region).matches() || !SOURCE.matcher(eventSource).matches()) {
            throw new IllegalArgumentException("not a region and an event source: " + region + ", " + eventSource);
        }
        return folder.resolve(region).resolve(eventSource);
    }

    private static List<Segment.Name> segments(Path stream) {
        List<Segment.Name> names = new ArrayList<>();
        if (!Files.isDirectory(stream)) {
            return names;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(stream, "*" + Segment.SUFFIX)) {
            for (Path file : files) {
                Segment.Name name = Segment.Name.of(file);
                if (name != null) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + stream + ": " + e.getMessage(), e);
        }
        names.sort(Comparator.comparing(Segment.Name::start));
        return names;
    }

    private static List<Segment.Entry> entries(Path file) {
        try {
            return Segment.read(file);
        } catch (java.nio.file.NoSuchFileException gone) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** "/home/ana/.local/share/msk-console/data: not a folder", whatever the exception's own words. */
    static String why(IOException e) {
        if (e instanceof java.nio.file.FileSystemException failed && failed.getFile() != null) {
            String reason = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
                    : e instanceof java.nio.file.FileAlreadyExistsException ? "a file is in the way of a folder"
                    : failed.getReason() != null ? failed.getReason() : e.getClass().getSimpleName();
            return failed.getFile() + ": " + reason;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The parts of the range no span covers, newest first. */
    static List<Span> missing(Span range, List<Span> covered) {
        List<Span> sorted = new ArrayList<>(covered);
        sorted.sort(Comparator.comparing(Span::start));
        List<Span> missing = new ArrayList<>();
        Instant at = range.start();
        for (Span span : sorted) {
            if (span.start().isAfter(at)) {
                Instant gapEnd = span.start().isBefore(range.end()) ? span.start() : range.end();
                if (at.isBefore(gapEnd)) {
                    missing.add(new Span(at, gapEnd));
                }
            }
            if (span.end().isAfter(at)) {
                at = span.end();
            }
        }
        if (at.isBefore(range.end())) {
            missing.add(new Span(at, range.end()));
        }
        java.util.Collections.reverse(missing);
        return missing;
    }
}
