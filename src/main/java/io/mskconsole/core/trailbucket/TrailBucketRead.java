package io.mskconsole.core.trailbucket;

import io.mskconsole.core.arrival.StoredObject;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.trail.RecordSink;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailFileReader;
import io.mskconsole.core.trail.TrailSource;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A trail's history from its S3 bucket, the same for the window and {@code trail --s3}: for each account and region
 * asked, the day folders of the range ({@link TrailLayout}) are listed, newest first, and the files that may hold it
 * (by their delivery time) are read as they are found, {@code connections} requests at a time (listings and files
 * alike), each streamed and gunzipped ({@link TrailFileReader}, bounded), and
 * the records of the range from the preset's sources are kept once each (trails repeat records across files).
 * Events are told as each file is read; a cancel stops at the next file and keeps what arrived. A folder or file that
 * cannot be read is counted and named, and the others are read; only when every listing fails is it an error.
 * A gateway that keeps files on this machine (a trail file cache) is read the same way; the files it gives from its
 * copies ({@link TrailBucketGateway.LocalCopy}) are counted. Blocking: call it off the UI thread.
 */
public final class TrailBucketRead {
    /** What to read. {@code organizationId} is null for a trail of one account. */
    public record Request(TrailInfo trail, String organizationId, List<String> accounts, List<String> regions,
                          Instant from, Instant to, TrailSource.Preset preset) {
        public Request {
            Objects.requireNonNull(trail, "trail");
            accounts = List.copyOf(accounts);
            regions = List.copyOf(regions);
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /**
     * Where the reading stands: files found and read (of which {@code cached} from a copy on this machine, {@link
     * TrailBucketGateway.LocalCopy}), compressed bytes read, events kept, problems met.
     */
    public record Progress(int filesFound, int filesRead, int cached, long bytes, int events, int problems) {
        /** "240 of 240 files (238 cached), 1.2 MB, 1,258 events, 2 not read". */
        public String describe() {
            return String.format(java.util.Locale.ROOT, "%,d of %,d files%s, %s, %,d events%s", filesRead, filesFound,
                    cached == 0 ? "" : String.format(java.util.Locale.ROOT, " (%,d cached)", cached),
                    megabytes(bytes), events, problems == 0 ? "" : ", " + problems + " not read");
        }
    }

    /** Told from the reading threads (several at once): a listener that touches a window hands over to its thread. */
    public interface Listener {
        void events(List<TrailEvent> batch);

        void progress(Progress progress);
    }

    /**
     * @param events       the events kept, newest first
     * @param problems     each folder or file not read, with why ("s3://bucket/key: broken gzip file: ...")
     * @param duplicates   records dropped because read before
     * @param otherSources records of other services, left out by the preset
     */
    public record Result(List<TrailEvent> events, Progress progress, List<String> problems, int duplicates,
                         int otherSources, boolean stopped) {
        public Result {
            events = List.copyOf(events);
            problems = List.copyOf(problems);
        }
    }

    /**
     * How many requests a read runs at a time: S3 serves thousands of requests a second per prefix, and a year of
     * files is thousands of small requests, so the time to the last event is the requests' latency over this number
     * (16: 1.6 times the AWS CLI's s3 sync, which runs 10, in the benchmark).
     */
    public static final int CONNECTIONS = 16;

    private final TrailBucketGateway gateway;
    private final Executor fetches;
    private final int connections;
    private RecordSink texts = RecordSink.HEAP;

    /**
     * @param fetches     where the files are read (not a bounded pool the caller runs on)
     * @param connections how many files are read at the same time
     */
    public TrailBucketRead(TrailBucketGateway gateway, Executor fetches, int connections) {
        if (connections < 1) {
            throw new IllegalArgumentException("connections must be at least 1: " + connections);
        }
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.fetches = Objects.requireNonNull(fetches, "fetches");
        this.connections = connections;
    }

    /** Puts the texts of the records kept in the sink, as each file is read, a writer per worker. @return this */
    public TrailBucketRead keepingIn(RecordSink sink) {
        this.texts = Objects.requireNonNull(sink, "sink");
        return this;
    }

    /** @throws GatewayException when no folder of the range could be listed at all (the first failure) */
    public Result read(Request request, Listener listener, Cancellation cancellation) {
        String root = TrailLayout.root(request.trail().keyPrefix(), request.organizationId());
        Reading reading = new Reading(request, listener);
        for (String account : request.accounts()) {
            for (String region : request.regions()) {
                List<String> days = new ArrayList<>(TrailLayout.dayPrefixes(root, account, region, request.from(),
                        request.to()));
                java.util.Collections.reverse(days); // the newest days first: the newest events arrive first
                reading.folders.addAll(days);
            }
        }
        int folders = reading.folders.size();
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            workers.add(CompletableFuture.runAsync(() -> reading.work(cancellation), fetches));
        }
        CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).join();
        if (reading.listed.get() == 0 && reading.firstFailure != null && folders > 0) {
            throw reading.firstFailure;
        }
        return reading.result(cancellation.isCancelled() && !(reading.queue.isEmpty()
                && reading.folders.isEmpty()));
    }

    /** "840 KB", "12.4 MB": what was read, compressed. */
    static String megabytes(long bytes) {
        return bytes < 1024 * 1024 ? String.format(java.util.Locale.ROOT, "%,d KB", (bytes + 1023) / 1024)
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** One read's state, shared by its workers. */
    private final class Reading {
        final Request request;
        final Listener listener;
        /** The day folders still to list, and the files found still to read. */
        final Queue<String> folders = new ConcurrentLinkedQueue<>();
        final Queue<String> queue = new ConcurrentLinkedQueue<>();
        final AtomicInteger listed = new AtomicInteger();
        volatile GatewayException firstFailure;
        final Set<String> seen = new HashSet<>();
        final List<TrailEvent> kept = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        final AtomicInteger found = new AtomicInteger();
        final AtomicInteger read = new AtomicInteger();
        final AtomicInteger cached = new AtomicInteger();
        final AtomicLong bytes = new AtomicLong();
        int duplicates;
        int otherSources;

        Reading(Request request, Listener listener) {
            this.request = request;
            this.listener = listener;
        }

        void list(String prefix) {
            String token = null;
            do {
                ObjectPage page = gateway.objects(request.trail().bucket(), prefix, token);
                for (StoredObject object : page.objects()) {
                    String key = object.key();
                    if ((key.endsWith(".json.gz") || key.endsWith(".json"))
                            && TrailLayout.mayHold(key, request.from(), request.to())) {
                        queue.add(key);
                        found.incrementAndGet();
                    }
                }
                token = page.nextToken();
            } while (token != null);
            listener.progress(progress());
        }

        /**
         * A worker: reads a file found when there is one, else lists a folder, until neither is left. A worker that
         * lists reads on the files it found, so none is left behind when the others have stopped.
         */
        /** One worker: files first, else the next folder; its records' texts go to a writer of its own. */
        void work(Cancellation cancellation) {
            try (RecordSink.Writer writer = texts.writer()) {
                work(cancellation, writer);
            }
        }

        private void work(Cancellation cancellation, RecordSink.Writer writer) {
            while (!cancellation.isCancelled()) {
                String key = queue.poll();
                if (key != null) {
                    file(key, writer);
                    continue;
                }
                String folder = folders.poll();
                if (folder == null) {
                    return;
                }
                try {
                    list(folder);
                    listed.incrementAndGet();
                } catch (GatewayException failed) {
                    synchronized (this) {
                        firstFailure = firstFailure == null ? failed : firstFailure;
                    }
                    problem("s3://" + request.trail().bucket() + "/" + folder + ": " + failed.getMessage());
                }
            }
        }

        void file(String key, RecordSink.Writer writer) {
            TrailFileReader.Outcome outcome;
            boolean local;
            try {
                InputStream raw = gateway.open(request.trail().bucket(), key);
                local = raw instanceof TrailBucketGateway.LocalCopy;
                try (InputStream in = new Counting(raw, bytes)) {
                    outcome = TrailFileReader.read(key, in, writer, event -> !event.time().isBefore(request.from())
                            && !event.time().isAfter(request.to()) && (request.preset() == null
                            || request.preset().includes(event.source()) || otherSource()));
                }
            } catch (IOException | RuntimeException failed) { // GatewayException among them
                problem("s3://" + request.trail().bucket() + "/" + key + ": " + failed.getMessage());
                return;
            }
            if (!outcome.read()) {
                problem("s3://" + request.trail().bucket() + "/" + key + ": " + outcome.problem());
                return;
            }
            List<TrailEvent> fresh = new ArrayList<>();
            synchronized (this) {
                for (TrailEvent event : outcome.events()) {
                    if (event.time().isBefore(request.from()) || event.time().isAfter(request.to())) {
                        continue; // the day before's folder, or a file delivered after the end
                    }
                    if (!seen.add(event.eventId())) {
                        duplicates++;
                    } else {
                        TrailEvent fromS3 = event.from(io.mskconsole.core.trail.TrailOrigin.S3);
                        fresh.add(fromS3);
                        kept.add(fromS3);
                    }
                }
            }
            if (local) {
                cached.incrementAndGet();
            }
            read.incrementAndGet();
            if (!fresh.isEmpty()) {
                listener.events(fresh);
            }
            listener.progress(progress());
        }

        /** Counts a record of another source, left out by the preset: never wanted. */
        synchronized boolean otherSource() {
            otherSources++;
            return false;
        }

        void problem(String what) {
            Progress now;
            synchronized (this) {
                problems.add(what);
                now = progress();
            }
            listener.progress(now);
        }

        synchronized Progress progress() {
            return new Progress(found.get(), read.get(), cached.get(), bytes.get(), kept.size(), problems.size());
        }

        synchronized Result result(boolean stopped) {
            List<TrailEvent> events = new ArrayList<>(kept);
            events.sort(TrailEvent.NEWEST_FIRST);
            return new Result(events, progress(), problems, duplicates, otherSources, stopped);
        }
    }

    /** Counts the bytes read from S3 (compressed, as transferred). */
    private static final class Counting extends FilterInputStream {
        private final AtomicLong count;

        Counting(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }
    }
}
