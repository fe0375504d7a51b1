package io.mskconsole.core.trail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads the log files a trail delivers to S3, for history beyond LookupEvents' 90 days: each file is
 * {@code {"Records":[...]}}, plain or gzipped (told by the first bytes, whatever the name says), read as a stream so
 * a big file is never held whole. Folders are walked to the bottom for {@code .json} and {@code .json.gz} files.
 *
 * <p>Records come in no order and may repeat across files: the result is sorted newest first, one event per
 * eventID (the first read wins). A record that is not an object or lacks its eventID or eventTime is skipped and
 * counted. A file that cannot be read to its end (not JSON, not a trail file, a broken gzip stream) is listed with
 * the reason and contributes nothing, not even the records before the fault; the others are read. Never throws
 * for a bad file or folder.
 */
public final class TrailFiles {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final JsonFactory FACTORY = JSON.getFactory();
    /** The first two bytes of every gzip stream. */
    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

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
                problems.add(new Problem(folder, "cannot list the folder: " + reason(e)));
                return;
            }
            if (files.isEmpty()) {
                problems.add(new Problem(folder, "no .json or .json.gz files in this folder"));
            }
            files.forEach(this::file);
        }

        void file(Path file) {
            FileRecords records = new FileRecords();
            try (InputStream in = open(file)) {
                records.read(in);
            } catch (NotATrailFile e) {
                problems.add(new Problem(file, e.getMessage()));
                return;
            } catch (JsonProcessingException e) {
                problems.add(new Problem(file, "not JSON: " + where(e)));
                return;
            } catch (ZipException | EOFException e) {
                problems.add(new Problem(file, "broken gzip file: " + reason(e)));
                return;
            } catch (NoSuchFileException e) {
                problems.add(new Problem(file, "no such file or folder"));
                return;
            } catch (AccessDeniedException e) {
                problems.add(new Problem(file, "permission denied"));
                return;
            } catch (IOException | RuntimeException e) {
                problems.add(new Problem(file, "cannot read: " + reason(e)));
                return;
            }
            filesRead++;
            skipped += records.skipped;
            for (TrailEvent event : records.events) {
                if (preset != null && !preset.includes(event.source())) {
                    otherSources++;
                } else if (events.putIfAbsent(event.eventId(), event) != null) {
                    duplicates++;
                }
            }
        }
    }

    /** The records of one file, kept apart until the file has been read to its end. */
    private static final class FileRecords {
        final List<TrailEvent> events = new ArrayList<>();
        int skipped;

        void read(InputStream in) throws IOException {
            try (JsonParser parser = FACTORY.createParser(in)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new NotATrailFile("not a trail log file: it is not a JSON object {\"Records\": [...]}");
                }
                boolean sawRecords = false;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if ("Records".equals(field)) {
                        if (value != JsonToken.START_ARRAY) {
                            throw new NotATrailFile("not a trail log file: Records is not an array");
                        }
                        sawRecords = true;
                        records(parser);
                    } else {
                        parser.skipChildren();
                    }
                }
                if (!sawRecords) {
                    throw new NotATrailFile("not a trail log file: no Records array (a digest file?)");
                }
                if (parser.nextToken() != null) {
                    throw new NotATrailFile("not a trail log file: more JSON after the document, at line "
                            + parser.currentLocation().getLineNr());
                }
            }
        }

        private void records(JsonParser parser) throws IOException {
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new NotATrailFile("not JSON: the file ends inside Records");
                }
                if (token != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    skipped++;
                    continue;
                }
                JsonNode record = JSON.readTree(parser);
                String text = JSON.writeValueAsString(record);
                TrailRecords.parse(record, text).ifPresentOrElse(events::add, () -> skipped++);
            }
        }
    }

    /** Opens a file, through gzip when its first bytes say so (a .json that is gzipped, too). */
    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        try {
            in.mark(2);
            int first = in.read();
            int second = in.read();
            in.reset();
            if (first == GZIP_MAGIC_1 && second == GZIP_MAGIC_2) {
                return new GZIPInputStream(in, 64 * 1024);
            }
            if (first == -1) {
                throw new NotATrailFile("empty file");
            }
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz") && first != '{'
                    && !Character.isWhitespace(first) && first != 0xEF) {
                throw new NotATrailFile("not gzip: the name ends in .gz but the file does not start with gzip's "
                        + "header (nor with JSON)");
            }
            return in;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** "line 3, column 7: Unexpected character ..." */
    private static String where(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        message = message.strip().replaceAll("\\s*\\R\\s*", " ");
        if (e.getLocation() == null || e.getLocation().getLineNr() < 1) {
            return message;
        }
        return "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": " + message;
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName()
                : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** The file is JSON, or empty, but not a trail log file. */
    private static final class NotATrailFile extends IOException {
        NotATrailFile(String message) {
            super(message);
        }
    }
}
