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
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * One trail log file, read from a stream (a file on disk, an S3 object): {@code {"Records":[...]}}, plain or gzipped
 * (told by the first bytes, whatever the name says), parsed as it streams so it is never held whole, and cut at
 * {@link #MAX_BYTES} read (decompressed): a file past it (a gzip bomb, or not a trail file) gives nothing. A file
 * that cannot be read to its end gives nothing either, not even the records before the fault, and says why. A record
 * that is not an object or lacks its eventID or eventTime is skipped and counted.
 */
public final class TrailFileReader {
    /** The most bytes one file may give, decompressed: far beyond any trail file (CloudTrail's are a few MB). */
    public static final long MAX_BYTES = 512L * 1024 * 1024;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final JsonFactory FACTORY = JSON.getFactory();
    /** The first two bytes of every gzip stream. */
    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private TrailFileReader() {
    }

    /**
     * What one file gave.
     *
     * @param events  its records, in the file's order (none when it had a problem)
     * @param skipped records skipped as broken
     * @param problem why the file gave nothing ("not JSON: line 3, column 7: ..."), or null when it was read
     */
    public record Outcome(List<TrailEvent> events, int skipped, String problem) {
        public Outcome {
            events = List.copyOf(events);
        }

        public boolean read() {
            return problem == null;
        }
    }

    /** Reads the stream to its end and closes it, every record a text of its own; {@code name} tells a {@code .gz}
     * name that is not gzip. */
    public static Outcome read(String name, InputStream raw) {
        return read(name, raw, RecordSink.HEAP.writer(), event -> true);
    }

    /**
     * Reads the stream to its end and closes it.
     *
     * @param texts  where the texts of the records kept go, exactly the bytes the file holds
     * @param wanted the records to keep (a source, a time range); the others are read and let go, their texts never
     *               kept
     */
    public static Outcome read(String name, InputStream raw, RecordSink.Writer texts, Predicate<TrailEvent> wanted) {
        return read(name, raw, MAX_BYTES, texts, wanted);
    }

    static Outcome read(String name, InputStream raw, long maxBytes) {
        return read(name, raw, maxBytes, RecordSink.HEAP.writer(), event -> true);
    }

    private static Outcome read(String name, InputStream raw, long maxBytes, RecordSink.Writer texts,
                                Predicate<TrailEvent> wanted) {
        FileRecords records = new FileRecords(texts, wanted);
        try (RecordBytes in = new RecordBytes(new Bounded(open(name, raw), maxBytes))) {
            records.read(in);
        } catch (TooLarge e) {
            return failed("gives more than " + maxBytes / (1024 * 1024) + " MB decompressed: not read (not a trail "
                    + "file, or a gzip bomb)");
        } catch (NotATrailFile | RecordBytes.TooLarge e) {
            return failed(e.getMessage());
        } catch (JsonProcessingException e) {
            return failed("not JSON: " + where(e));
        } catch (ZipException | EOFException e) {
            return failed("broken gzip file: " + reason(e));
        } catch (IOException | RuntimeException e) {
            return failed("cannot read: " + reason(e));
        }
        return new Outcome(records.events, records.skipped, null);
    }

    private static Outcome failed(String problem) {
        return new Outcome(List.of(), 0, problem);
    }

    /** The records of one file, kept apart until the file has been read to its end. */
    private static final class FileRecords {
        /** Stands for a text until the record is known to be wanted. */
        private static final Records PENDING = Records.of("");
        final List<TrailEvent> events = new ArrayList<>();
        final RecordSink.Writer texts;
        final Predicate<TrailEvent> wanted;
        int skipped;

        FileRecords(RecordSink.Writer texts, Predicate<TrailEvent> wanted) {
            this.texts = texts;
            this.wanted = wanted;
        }

        void read(RecordBytes in) throws IOException {
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
                        records(parser, in);
                    } else {
                        parser.skipChildren();
                    }
                    in.release(parser.currentLocation().getByteOffset());
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

        private void records(JsonParser parser, RecordBytes in) throws IOException {
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new NotATrailFile("not JSON: the file ends inside Records");
                }
                if (token != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    skipped++;
                    in.release(parser.currentLocation().getByteOffset());
                    continue;
                }
                long start = parser.currentTokenLocation().getByteOffset();
                parser.skipChildren();
                long end = parser.currentLocation().getByteOffset();
                int from = in.index(start);
                int to = in.index(end);
                byte[] bytes = in.bytes();
                if (from < 0 || to <= from || bytes[from] != '{' || bytes[to - 1] != '}') {
                    throw new NotATrailFile("not a trail log file: its records are not in UTF-8, as CloudTrail "
                            + "writes them");
                }
                record(bytes, from, to - from);
                in.release(end);
            }
        }

        private void record(byte[] bytes, int from, int length) throws IOException {
            JsonNode record = JSON.readTree(bytes, from, length);
            TrailEvent parsed = TrailRecords.parse(record, PENDING, 0).orElse(null);
            if (parsed == null) {
                skipped++;
            } else if (wanted.test(parsed)) {
                int slot = texts.add(bytes, from, length);
                events.add(parsed.keptIn(texts.block(), slot));
            }
        }
    }

    /** The stream, through gzip when its first bytes say so (a .json that is gzipped, too); closed if refused. */
    private static InputStream open(String name, InputStream raw) throws IOException {
        InputStream in = new BufferedInputStream(raw, 64 * 1024);
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
            if (name.toLowerCase(Locale.ROOT).endsWith(".gz") && first != '{' && !Character.isWhitespace(first)
                    && first != 0xEF) {
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

    static String reason(Exception e) {
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

    /** The file gives more bytes than allowed. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("too large");
        }
    }

    /** Fails once more than the bound has been read. */
    private static final class Bounded extends FilterInputStream {
        private final long max;
        private long count;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++count > max) {
                throw new TooLarge();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0 && (count += n) > max) {
                throw new TooLarge();
            }
            return n;
        }
    }
}
