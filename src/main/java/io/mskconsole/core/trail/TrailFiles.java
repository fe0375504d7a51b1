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

    /** Every event of the files and folders, of any source. */
    public static Result read(List<Path> paths) {
        return read(paths, null);
    }

    /**
     * The events of the files and folders.
     *
     * @param preset the sources to keep, or null for every record
     */
    public static Result read(List<Path> paths, TrailSource.Preset preset) {
        Reading reading = new Reading(preset);
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                reading.folder(path);
            } else if (Files.exists(path)) {
                reading.file(path);
            } else {
                reading.problems.add(new Problem(path, "no such file or folder"));
            }
        }
        List<TrailEvent> events = new ArrayList<>(reading.events.values());
        events.sort(TrailEvent.NEWEST_FIRST);
        return new Result(events, reading.filesRead, reading.skipped, reading.duplicates, reading.otherSources,
                reading.problems);
    }

    /** Whether a file in a folder looks like a trail log file by its name: .json or .json.gz, any case. */
    static boolean isTrailFileName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".json.gz");
    }

    private static final class Reading {
        final TrailSource.Preset preset;
        final Map<String, TrailEvent> events = new LinkedHashMap<>();
        final List<Problem> problems = new ArrayList<>();
        int filesRead;
        int skipped;
        int duplicates;
        int otherSources;

        Reading(TrailSource.Preset preset) {
            this.preset = preset;
        }

        void folder(Path folder) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(folder)) {
                files = walk.filter(Files::isRegularFile).filter(TrailFiles::isTrailFileName).sorted().toList();
            } catch (IOException | UncheckedIOException e) {
                problems.add(new Problem(folder, "cannot list the folder: " + TrailFileReader.reason(e)));
                return;
            }
            if (files.isEmpty()) {
                problems.add(new Problem(folder, "no .json or .json.gz files in this folder"));
            }
            files.forEach(this::file);
        }

        void file(Path file) {
            TrailFileReader.Outcome read;
            try {
                read = TrailFileReader.read(file.getFileName().toString(), Files.newInputStream(file));
            } catch (NoSuchFileException e) {
                problems.add(new Problem(file, "no such file or folder"));
                return;
            } catch (AccessDeniedException e) {
                problems.add(new Problem(file, "permission denied"));
                return;
            } catch (IOException | RuntimeException e) {
                problems.add(new Problem(file, "cannot read: " + TrailFileReader.reason(e)));
                return;
            }
            if (!read.read()) {
                problems.add(new Problem(file, read.problem()));
                return;
            }
            filesRead++;
            skipped += read.skipped();
            for (TrailEvent event : read.events()) {
                if (preset != null && !preset.includes(event.source())) {
                    otherSources++;
                } else if (events.putIfAbsent(event.eventId(), event.from(TrailOrigin.FILES)) != null) {
                    duplicates++;
                }
            }
        }
    }
}
