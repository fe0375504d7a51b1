package io.mskconsole.core.trailathena;

import java.util.Locale;

/**
 * What a query costs: Athena bills USD 5 per TB scanned (a TB of 2^40 bytes), each query rounded up to the megabyte
 * with 10 MB at least.
 */
public final class AthenaCost {
    static final double USD_PER_TB = 5.0;
    private static final long MB = 1024L * 1024;
    private static final long MINIMUM = 10 * MB;

    private AthenaCost() {
    }

    /** The bill of a query that scanned so many bytes, in US dollars. */
    public static double usd(long scannedBytes) {
        long billed = Math.max(MINIMUM, (scannedBytes + MB - 1) / MB * MB);
        return billed / (double) (1L << 40) * USD_PER_TB;
    }

    /** "1.2 GB scanned · about USD 0.0059". */
    public static String describe(long scannedBytes) {
        return size(scannedBytes) + " scanned · about USD " + String.format(Locale.ROOT, usd(scannedBytes) < 0.01
                ? "%.5f" : "%.2f", usd(scannedBytes));
    }

    /** "0 B", "840 KB", "12.4 MB", "1.2 GB". */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < MB) {
            return String.format(Locale.ROOT, "%,d KB", (bytes + 1023) / 1024);
        }
        if (bytes < 1024 * MB) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
        }
        return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1024 * MB));
    }
}
