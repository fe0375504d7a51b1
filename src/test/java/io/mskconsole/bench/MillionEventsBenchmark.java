package io.mskconsole.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailExport;
import io.mskconsole.core.trail.TrailColumns;
import io.mskconsole.core.trail.TrailFiles;
import io.mskconsole.core.trail.TrailFilter;
import io.mskconsole.core.trail.TrailSource;
import io.mskconsole.core.trailstore.RecordStore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * Issue 19's yardstick: a million events (the filter benchmark's shapes: MSK API calls and Kafka actions of many
 * users and clusters) in gzipped trail files on disk, loaded as the window opens a folder ({@link TrailFiles}), in a
 * JVM of the app's 1 GiB heap: the load rate, the heap the events keep, a filter keystroke, a structured filter,
 * free text over all records and opening one record's detail. When the events do not fit, it says after how many.
 * Run: {@code ./mvnw -q -B test-compile exec:exec@million-events-benchmark} (add {@code -Dbench.events=N}).
 */
public final class MillionEventsBenchmark {
    static final int EVENTS = Integer.getInteger("bench.events", 1_000_000);
    static final int PER_FILE = 500;

    private MillionEventsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createTempDirectory("million-events");
        try {
            long bytes = write(folder);
            List<Path> files;
            try (Stream<Path> listed = Files.list(folder)) {
                files = listed.filter(Files::isRegularFile).sorted().toList();
            }
            System.out.printf(Locale.ROOT, "%,d events in %,d gzipped trail files (%.1f MB), heap at most %,d MB%n",
                    EVENTS, files.size(), bytes / 1e6, Runtime.getRuntime().maxMemory() >> 20);
            Runtime runtime = Runtime.getRuntime();
            long before = used(runtime);
            long start = System.nanoTime();
            TrailFiles.Result result;
            int threads = Runtime.getRuntime().availableProcessors();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            RecordStore store = RecordStore.in(folder.resolve("store"));
            try {
                result = TrailFiles.read(files, TrailSource.Preset.BOTH, store, pool, threads);
            } catch (OutOfMemoryError full) {
                System.out.printf(Locale.ROOT, "load: out of memory in a %,d MB heap: the events do not fit%n",
                        runtime.maxMemory() >> 20);
                return;
            } finally {
                pool.shutdown();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long kept = used(runtime) - before;
            List<TrailEvent> events = result.events();
            System.out.printf(Locale.ROOT, "load: %,d events in %.1f s, %,.0f events a second; heap kept %,d MB "
                    + "(%,d bytes an event)%n", events.size(), seconds, events.size() / seconds, kept >> 20,
                    kept / Math.max(1, events.size()));
            RecordStore.Size size = store.size();
            System.out.printf(Locale.ROOT, "record texts: %,d MB as read, %,d MB compressed in %s (%,d bytes on the "
                    + "heap)%n", size.textBytes() >> 20, size.storedBytes() >> 20,
                    store.file().map(Path::toString).orElse("the heap"), size.heapBytes());
            long beforeLists = used(runtime);
            long listsStart = System.nanoTime();
            ObservableList<TrailEvent> all = FXCollections.observableArrayList();
            Set<String> loadedIds = new HashSet<>(); // what the browser's view model keeps besides the events
            List<TrailEvent> fresh = new ArrayList<>(events.size());
            for (TrailEvent event : events) {
                if (loadedIds.add(event.eventId())) {
                    fresh.add(event);
                }
            }
            fresh.sort(TrailEvent.NEWEST_FIRST);
            all.setAll(fresh);
            FilteredList<TrailEvent> shown = new FilteredList<>(all);
            SortedList<TrailEvent> table = new SortedList<>(shown);
            double listsMs = (System.nanoTime() - listsStart) / 1e6;
            long withLists = used(runtime);
            System.out.printf(Locale.ROOT, "the browser's lists (events, ids, filtered, sorted): %.0f ms to fill; heap "
                    + "%,d MB more, %,d MB in all (%,d bytes an event)%n", listsMs, (withLists - beforeLists) >> 20,
                    (withLists - before) >> 20, (withLists - before) / Math.max(1, events.size()));
            String typed = "orders-prod updatemonitoring jane";
            List<Double> keys = new ArrayList<>();
            for (int i = 1; i <= typed.length(); i++) {
                long t = System.nanoTime();
                shown.setPredicate(TrailFilter.text(typed.substring(0, i)).predicate());
                keys.add((System.nanoTime() - t) / 1e6);
            }
            System.out.printf(Locale.ROOT, "free-text keystroke: median %.0f ms, max %.0f ms (%,d match)%n",
                    median(keys), keys.stream().mapToDouble(d -> d).max().orElse(0), shown.size());
            List<Double> structured = new ArrayList<>();
            for (int run = 0; run < 10; run++) {
                long t = System.nanoTime();
                shown.setPredicate(new TrailFilter("", "UpdateMonitoring", "jane", "orders-prod", "", Boolean.FALSE,
                        null).predicate());
                structured.add((System.nanoTime() - t) / 1e6);
            }
            System.out.printf(Locale.ROOT, "structured filter: median %.0f ms (%,d match)%n", median(structured),
                    shown.size());
            ObjectMapper json = new ObjectMapper();
            List<Double> details = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                long t = System.nanoTime();
                json.readTree(events.get(i * (events.size() / 20) + 7).record());
                details.add((System.nanoTime() - t) / 1e6);
            }
            System.out.printf(Locale.ROOT, "one record's detail: median %.2f ms%n", median(details));
            shown.setPredicate(null);
            List<Double> sorts = new ArrayList<>();
            for (Comparator<TrailEvent> column : List.<Comparator<TrailEvent>>of(
                    TrailColumns.comparing(TrailEvent::user), TrailColumns.comparing(TrailEvent::name),
                    Comparator.comparing(TrailEvent::time))) {
                long t = System.nanoTime();
                table.setComparator(column);
                sorts.add((System.nanoTime() - t) / 1e6);
            }
            System.out.printf(Locale.ROOT, "sorting the table by a column (user, event, time): %.0f, %.0f, %.0f ms%n",
                    sorts.get(0), sorts.get(1), sorts.get(2));
            long exportStart = System.nanoTime();
            CountingWriter sink = new CountingWriter();
            TrailExport.json(table, sink);
            double exportSeconds = (System.nanoTime() - exportStart) / 1e9;
            System.out.printf(Locale.ROOT, "export JSON of all %,d in the table's order: %.1f s (%,d MB written)%n",
                    table.size(), exportSeconds, sink.count >> 20);
        } finally {
            try (Stream<Path> listed = Files.walk(folder)) {
                listed.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long write(Path folder) throws IOException {
        Random random = new Random(19);
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        long bytes = 0;
        for (int file = 0; file * PER_FILE < EVENTS; file++) {
            Path path = folder.resolve(String.format(Locale.ROOT, "111122223333_CloudTrail_us-east-1_%06d.json.gz",
                    file));
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(path))) {
                out.write("{\"Records\":[".getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < PER_FILE && file * PER_FILE + i < EVENTS; i++) {
                    String record = TrailFilterBenchmark.record(file * PER_FILE + i, random, now);
                    out.write(((i == 0 ? "" : ",") + record).getBytes(StandardCharsets.UTF_8));
                }
                out.write("]}".getBytes(StandardCharsets.UTF_8));
            }
            bytes += Files.size(path);
        }
        return bytes;
    }

    /** Counts what is written and keeps none of it. */
    private static final class CountingWriter extends Writer {
        long count;

        @Override
        public void write(char[] buffer, int offset, int length) {
            count += length;
        }

        @Override
        public void write(String text) {
            count += text.length();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static long used(Runtime runtime) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
