package io.mskconsole.core.trail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reads the log files a trail delivers to S3, downloaded to disk, for history beyond LookupEvents' 90 days: each file
 * is read by {@link TrailFileReader} (plain or gzipped, streamed, bounded). Folders are walked to the bottom for
 * {@code .json} and {@code .json.gz} files.
 *
 * <p>Records come in no order and may repeat across files: the result is sorted newest first, one event per
 * eventID (the first read wins). A record that is not an object or lacks its eventID or eventTime is skipped and
 * counted. A file that cannot be read to its end (not JSON, not a trail file, a broken gzip stream) is listed with
 * the reason and contributes nothing, not even the records before the fault; the others are read. Never throws
 * for a bad file or folder.
 */
public final class TrailFiles {

    private TrailFiles() {
    }

    /** A file or folder that gave nothing, and why ("not JSON: line 3, column 7: ..."). */
    public record Problem(Path path, String reason) {
        @Override
        public String toString() {
            return path + ": " + reason;
        }
    }

    /**
     * What the files held.
     *
     * @param events         the events, newest first, one per eventID, of the preset's sources
     * @param filesRead      files read to their end
     * @param skipped        records skipped as broken (not an object, no eventID or eventTime)
     * @param duplicates     records dropped because their eventID was read before
     * @param otherSources   records of other services, left out by the preset
     * @param problems       files and folders that gave nothing, in the order met
     */
    public record Result(List<TrailEvent> events, int filesRead, int skipped, int duplicates, int otherSources,
                         List<Problem> problems) {
        public Result {
            events = List.copyOf(events);
            problems = List.copyOf(problems);
        }
    }

    /** Every event of the files and folders, of any source, each record's text on the heap. */
    public static Result read(List<Path> paths) {
        return read(paths, null);
    }

    /**
     * The events of the files and folders, read on this thread, each record's text on the heap.
     *
     * @param preset the sources to keep, or null for every record
     */
    public static Result read(List<Path> paths, TrailSource.Preset preset) {
        return read(paths, preset, RecordSink.HEAP, Runnable::run, 1);
    }

    /**
     * The events of the files and folders, read by {@code threads} at a time (this one and others of the pool), the
     * texts of the records kept put in the sink.
     *
     * @param preset the sources to keep, or null for every record
     */
    public static Result read(List<Path> paths, TrailSource.Preset preset, RecordSink texts, Executor pool,
                              int threads) {
        List<Object> met = new ArrayList<>(); // problems, and the indexes of files to read, in the order met
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                folder(path, files, met);
            } else if (Files.exists(path)) {
                met.add(files.size());
                files.add(path);
            } else {
                met.add(new Problem(path, "no such file or folder"));
            }
        }
        AtomicInteger otherSources = new AtomicInteger();
        Predicate<TrailEvent> wanted = preset == null ? event -> true : event -> {
            boolean included = preset.includes(event.source());
            if (!included) {
                otherSources.incrementAndGet();
            }
            return included;
        };
        Object[] outcomes = readAll(files, texts, wanted, pool, Math.max(1, Math.min(threads, files.size())));
        Map<String, TrailEvent> events = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        int filesRead = 0;
        int skipped = 0;
        int duplicates = 0;
        for (Object next : met) { // in the order met: the first read wins, whoever read it
            Object outcome = next instanceof Integer index ? outcomes[index] : next;
            if (outcome instanceof Problem problem) {
                problems.add(problem);
                continue;
            }
            TrailFileReader.Outcome read = (TrailFileReader.Outcome) outcome;
            filesRead++;
            skipped += read.skipped();
            for (TrailEvent event : read.events()) {
                if (events.putIfAbsent(event.eventId(), event.from(TrailOrigin.FILES)) != null) {
                    duplicates++;
                }
            }
        }
        List<TrailEvent> sorted = new ArrayList<>(events.values());
        sorted.sort(TrailEvent.NEWEST_FIRST);
        return new Result(sorted, filesRead, skipped, duplicates, otherSources.get(), problems);
    }

    /** Each file's outcome or problem, at its index; read by workers taking the next file until none is left. */
    private static Object[] readAll(List<Path> files, RecordSink texts, Predicate<TrailEvent> wanted, Executor pool,
                                    int threads) {
        Object[] outcomes = new Object[files.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            try (RecordSink.Writer writer = texts.writer()) {
                for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                    outcomes[i] = file(files.get(i), writer, wanted);
                }
            }
        };
        List<CompletableFuture<Void>> others = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            others.add(CompletableFuture.runAsync(worker, pool));
        }
        worker.run();
        others.forEach(CompletableFuture::join); // join's happens-before makes the others' outcomes visible
        return outcomes;
    }

    private static void folder(Path folder, List<Path> files, List<Object> met) {
        List<Path> found;
        try (Stream<Path> walk = Files.walk(folder)) {
            found = walk.filter(Files::isRegularFile).filter(TrailFiles::isTrailFileName).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            met.add(new Problem(folder, "cannot list the folder: " + TrailFileReader.reason(e)));
            return;
        }
        if (found.isEmpty()) {
            met.add(new Problem(folder, "no .json or .json.gz files in this folder"));
        }
        for (Path file : found) {
            met.add(files.size());
            files.add(file);
        }
    }

    /** The file's outcome when read to its end, else its problem. */
    private static Object file(Path file, RecordSink.Writer writer, Predicate<TrailEvent> wanted) {
        TrailFileReader.Outcome read;
        try {
            read = TrailFileReader.read(file.getFileName().toString(), Files.newInputStream(file), writer, wanted);
        } catch (NoSuchFileException e) {
            return new Problem(file, "no such file or folder");
        } catch (AccessDeniedException e) {
            return new Problem(file, "permission denied");
        } catch (IOException | RuntimeException e) {
            return new Problem(file, "cannot read: " + TrailFileReader.reason(e));
        }
        return read.read() ? read : new Problem(file, read.problem());
    }

    /** Whether a file in a folder looks like a trail log file by its name: .json or .json.gz, any case. */
    static boolean isTrailFileName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".json.gz");
    }
}
