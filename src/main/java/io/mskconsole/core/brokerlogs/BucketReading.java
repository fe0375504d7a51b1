package io.mskconsole.core.brokerlogs;

import io.mskconsole.core.arrival.ArrivalGateway;
import io.mskconsole.core.arrival.StoredObject;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterArn;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * A cluster's broker logs of a range from the S3 delivery layout, newest first: the hour folders from the end of the
 * range back (at most {@value #MAX_HOURS}), each folder's objects from the newest, each object streamed and gunzipped
 * ({@link BoundedLines}), {@value #AT_ONCE} at a time. It stops as soon as the newest {@code max} entries the filter lets through are known (an
 * object written before the oldest of them holds only older entries), so memory holds about {@code 2 × max} entries
 * and {@value #AT_ONCE} objects, whatever the range.
 */
final class BucketReading {
    /** The most hours of folders read for one range. */
    static final int MAX_HOURS = 24;
    /** The most objects listed in one hour's folder (one ListObjectsV2 page). */
    static final int MAX_OBJECTS = 1000;
    /** How long before it was written an object's first entry may be (MSK writes every 5 minutes, give or take). */
    static final Duration SPAN = Duration.ofMinutes(10);
    /** How many objects are read at the same time. */
    static final int AT_ONCE = 4;
    /** How far an entry's own time may be after the object's write time (a broker's clock ahead). */
    static final Duration SKEW = Duration.ofMinutes(1);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd-HH").withZone(ZoneOffset.UTC);
    private static final Comparator<BrokerLogLine> NEWEST_FIRST = Comparator.comparing(BrokerLogLine::time)
            .reversed();

    private final LogSourceGateway logs;
    private final ArrivalGateway listing;
    private final Executor fetches;

    /** @param fetches where the objects of a batch are read at the same time ({@value #AT_ONCE} at most) */
    BucketReading(LogSourceGateway logs, ArrivalGateway listing, Executor fetches) {
        this.logs = logs;
        this.listing = listing;
        this.fetches = fetches;
    }

    /** The delivery layout's folder of the cluster's broker logs, before the hour. */
    static String folder(Cluster cluster, String prefix) {
        return (prefix == null || prefix.isBlank() ? "" : prefix.endsWith("/") ? prefix : prefix + "/")
                + "AWSLogs/" + ClusterArn.account(cluster.arn()) + "/KafkaBrokerLogs/" + cluster.region() + "/"
                + cluster.name() + "-" + cluster.arn().substring(cluster.arn().lastIndexOf('/') + 1) + "/";
    }

    /** The newest {@code max} entries (or a few more) of the range the filter lets through, in no set order. */
    List<BrokerLogLine> read(Cluster cluster, String bucket, String prefix, Instant from, Instant to,
                             LogFilter filter, int max, List<String> notes, Cancellation cancellation) {
        String folder = folder(cluster, prefix);
        Instant first = from.truncatedTo(ChronoUnit.HOURS);
        if (Duration.between(first, to).toHours() > MAX_HOURS) {
            first = to.truncatedTo(ChronoUnit.HOURS).minus(MAX_HOURS - 1, ChronoUnit.HOURS);
            notes.add("Read the last " + MAX_HOURS + " hours of the range from S3: narrow it to read further back.");
        }
        List<BrokerLogLine> kept = new ArrayList<>();
        Instant oldestRead = null;
        // an object holds the minutes before it was written: the folder of the hour after the range may hold its end
        Instant last = to.plus(SPAN).truncatedTo(ChronoUnit.HOURS);
        for (Instant hour = last; !hour.isBefore(first); hour = hour.minus(1, ChronoUnit.HOURS)) {
            String hourFolder = folder + HOUR.format(hour) + "/";
            List<StoredObject> objects = new ArrayList<>(listing.objects(bucket, hourFolder, MAX_OBJECTS)
                    .orElseThrow(() -> new GatewayException(Failure.NOT_FOUND, "ListObjectsV2", "Bucket " + bucket
                            + " does not exist.")));
            if (objects.size() >= MAX_OBJECTS) {
                notes.add("Folder " + hourFolder + " holds more than " + MAX_OBJECTS + " objects: only the first "
                        + MAX_OBJECTS + " by name were read.");
            }
            objects.sort(Comparator.comparing(StoredObject::lastModified).reversed());
            List<StoredObject> wanted = objects.stream().filter(o -> !o.lastModified().isBefore(from)
                    && !o.lastModified().minus(SPAN).isAfter(to)).toList(); // the others lie wholly outside
            for (int at = 0; at < wanted.size(); at += AT_ONCE) {
                StoredObject newest = wanted.get(at);
                if (kept.size() >= max && newest.lastModified().plus(SKEW).isBefore(kept.get(max - 1).time())) {
                    notes.add("Showing the newest " + max + " entries, from the S3 objects written since " + oldestRead
                            + ": older objects of the range were not read. Ask for more entries, or narrow the time "
                            + "range or the filters, to see older ones.");
                    return new ArrayList<>(kept.subList(0, max));
                }
                if (cancellation.isCancelled()) {
                    notes.add("Stopped: what was read so far is shown.");
                    return kept;
                }
                List<StoredObject> batch = wanted.subList(at, Math.min(wanted.size(), at + AT_ONCE));
                for (List<BrokerLogLine> entries : fetched(bucket, batch, from, to, filter)) {
                    kept.addAll(entries);
                }
                oldestRead = batch.get(batch.size() - 1).lastModified();
                kept.sort(NEWEST_FIRST);
                if (kept.size() > 2 * max) {
                    kept = new ArrayList<>(kept.subList(0, max));
                }
            }
        }
        return kept;
    }

    /** The objects' entries in the range that the filter lets through, read at once on {@link #fetches}. */
    private List<List<BrokerLogLine>> fetched(String bucket, List<StoredObject> batch, Instant from, Instant to,
                                              LogFilter filter) {
        List<CompletableFuture<List<BrokerLogLine>>> reads = batch.stream().map(object ->
                CompletableFuture.supplyAsync(() -> LogLineParser.entries(gunzip(bucket, object.key()),
                        object.lastModified(), object.key()).stream().filter(l -> !l.time().isBefore(from)
                        && l.time().isBefore(to)).filter(filter::test).toList(), fetches)).toList();
        List<List<BrokerLogLine>> read = new ArrayList<>();
        for (CompletableFuture<List<BrokerLogLine>> one : reads) {
            try {
                read.add(one.join());
            } catch (CompletionException failed) {
                if (failed.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw failed;
            }
        }
        return read;
    }

    private List<String> gunzip(String bucket, String key) {
        try (InputStream object = logs.open(bucket, key)) {
            return BoundedLines.gunzip(object, key);
        } catch (IOException broken) {
            return List.of("[MSK Console: " + key + " could not be read as gzip: " + broken.getMessage() + "]");
        }
    }
}
