package io.mskconsole.core.brokerlogs;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The lines of a gzipped log object, streamed: never the whole object in memory, each line kept up to
 * {@link SafeText#MAX_LINE} characters (the rest counted and noted), and reading stops once {@link #MAX_BYTES}
 * have been decompressed (a gzip bomb, or an object far larger than any 5-minute log), with a last line saying so.
 */
public final class BoundedLines {
    /** The most bytes decompressed from one object. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private BoundedLines() {
    }

    /** Reads the gzipped stream's lines and closes it. */
    public static List<String> gunzip(InputStream gzipped, String name) throws IOException {
        return gunzip(gzipped, name, MAX_BYTES, SafeText.MAX_LINE);
    }

    static List<String> gunzip(InputStream gzipped, String name, long maxBytes, int maxLine) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Counting counted = new Counting(new GZIPInputStream(gzipped, 64 * 1024));
             Reader in = new InputStreamReader(counted, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder();
            long dropped = 0;
            char[] buffer = new char[8192];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                for (int i = 0; i < read; i++) {
                    char c = buffer[i];
                    if (c == '\n') {
                        lines.add(finish(line, dropped));
                        line.setLength(0);
                        dropped = 0;
                    } else if (c != '\r') {
                        if (line.length() < maxLine) {
                            line.append(c);
                        } else {
                            dropped++;
                        }
                    }
                }
                if (counted.count > maxBytes) {
                    if (line.length() > 0) {
                        lines.add(finish(line, dropped));
                    }
                    lines.add("[MSK Console: " + name + " was cut after " + maxBytes / (1024 * 1024)
                            + " MB decompressed: the rest is not read]");
                    return lines;
                }
            }
            if (line.length() > 0 || dropped > 0) {
                lines.add(finish(line, dropped));
            }
        }
        return lines;
    }

    private static String finish(StringBuilder line, long dropped) {
        return dropped == 0 ? line.toString() : line + " … [cut: " + dropped + " more characters]";
    }

    /** Counts the bytes decompressed. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
