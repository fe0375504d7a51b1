package io.mskconsole.sandbox;

import static io.mskconsole.sandbox.SandboxRefusals.require;
import static io.mskconsole.sandbox.SandboxRefusals.refused;

import io.mskconsole.core.arrival.ArrivalGateway;
import io.mskconsole.core.arrival.LogStreamInfo;
import io.mskconsole.core.arrival.StoredObject;
import io.mskconsole.core.arrival.StreamActivity;
import io.mskconsole.core.delivery.DestinationType;
import io.mskconsole.core.delivery.LogKind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether logs arrive in one Sandbox region, made up from the world's clock and the destinations that receive logs
 * ({@link SandboxArrival}): nothing random, so the same world at the same time answers the same. Each call waits the
 * session's call delay first.
 *
 * <ul>
 * <li>Log streams: one per broker of each cluster of the region delivering to the group, named
 *     {@code <cluster-name>-<arn-suffix>-broker-<N>} for broker logs and {@code ...-authorizer-<N>} for authorizer
 *     logs (a plausible scheme: the names MSK really gives its streams are not verified), once they receive; the
 *     newest event a few seconds to a minute before now. Streams and objects of a delivery since turned off are not
 *     kept.</li>
 * <li>Objects: the delivery layout {@code [prefix/]AWSLogs/<account>/KafkaBrokerLogs/<region>/
 *     <cluster-name>-<arn-suffix>/<YYYY-MM-DD-HH>/Broker-<N>_<HH>-<MM>_<hex>.log.gz} (UTC, the hour and minute the
 *     5 minutes of logs begin), one object per broker for every 5 minutes of receiving, written 5 to 40 s after
 *     those 5 minutes end, 20 to 60 KB each. Authorizer logs sent to S3 go under {@code KafkaAuthorizerLogs}
 *     instead: a guess, as MSK's layout for them is not verified.</li>
 * <li>Firehose metrics: {@value #RECORDS_PER_MINUTE} records a minute per broker of each cluster delivering to the
 *     stream, about {@value #RECORD_BYTES} bytes each, over the part of the range it received; the newest 5-minute
 *     period with records ends no later than now.</li>
 * </ul>
 */
final class SandboxArrivalGateway implements ArrivalGateway {
    static final int RECORDS_PER_MINUTE = 40;
    static final int RECORD_BYTES = 500;
    static final Duration PERIOD = Duration.ofMinutes(5);
    private static final DateTimeFormatter HOUR_FOLDER =
            DateTimeFormatter.ofPattern("yyyy-MM-dd-HH", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HOUR_MINUTE =
            DateTimeFormatter.ofPattern("HH-mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final SandboxWorld world;
    private final String region;
    private final SandboxLatency latency;

    SandboxArrivalGateway(SandboxWorld world, String region, SandboxLatency latency) {
        this.world = Objects.requireNonNull(world, "world");
        this.region = Objects.requireNonNull(region, "region");
        this.latency = Objects.requireNonNull(latency, "latency");
    }

    @Override
    public String region() {
        return region;
    }

    @Override
    public Optional<List<LogStreamInfo>> newestStreams(String logGroup, int limit) {
        String operation = "DescribeLogStreams";
        latency.pause(operation);
        require(operation, "logGroupName", logGroup);
        if (limit < 1 || limit > MOST_STREAMS) {
            throw refused(operation, "DescribeLogStreams lists at most " + MOST_STREAMS + " streams, not " + limit + ".",
                    "1 validation error detected: Value '" + limit + "' at 'limit' failed to satisfy constraint");
        }
        SandboxArrival.Snapshot world = this.world.arrival();
        if (!world.inventory().hasLogGroup(region, logGroup)) {
            return Optional.empty();
        }
        Instant now = world.now();
        List<LogStreamInfo> streams = new ArrayList<>();
        for (SandboxArrival.Delivery delivery : world.receiving(region, DestinationType.CLOUDWATCH_LOGS, logGroup)) {
            for (int broker = 1; broker <= delivery.brokers(); broker++) {
                String name = streamName(delivery, broker);
                Instant event = lastEvent(name, now, delivery.from());
                Instant ingested = earliest(event.plusSeconds(1 + spread(name + " ingested", 3)), now);
                streams.add(new LogStreamInfo(name, event, ingested));
            }
        }
        streams.sort(Comparator.comparing(LogStreamInfo::lastEventTime).reversed()
                .thenComparing(LogStreamInfo::name));
        return Optional.of(List.copyOf(streams.subList(0, Math.min(limit, streams.size()))));
    }

    @Override
    public Optional<List<StoredObject>> objects(String bucket, String prefix, int maxKeys) {
        String operation = "ListObjectsV2";
        latency.pause(operation);
        require(operation, "Bucket", bucket);
        if (maxKeys < 1 || maxKeys > 1000) {
            throw refused(operation, "ListObjectsV2 takes max-keys of 1 to 1,000, not " + maxKeys + ".",
                    "Provided max-keys not valid.");
        }
        SandboxArrival.Snapshot world = this.world.arrival();
        if (world.inventory().bucket(bucket).isEmpty()) {
            return Optional.empty();
        }
        String asked = prefix == null ? "" : prefix;
        List<StoredObject> found = new ArrayList<>();
        for (SandboxArrival.Delivery delivery : world.receiving(null, DestinationType.S3, bucket)) {
            found.addAll(objects(delivery, world.accountId(), world.now(), asked, maxKeys));
        }
        found.sort(Comparator.comparing(StoredObject::key));
        return Optional.of(List.copyOf(found.subList(0, Math.min(maxKeys, found.size()))));
    }

    @Override
    public StreamActivity streamActivity(String deliveryStream, Instant from, Instant to) {
        String operation = "GetMetricData";
        latency.pause(operation);
        require(operation, "DeliveryStreamName", deliveryStream);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw refused(operation, "GetMetricData needs a start before its end: " + from + " is not before " + to
                    + ".", "The parameter StartTime must be less than the parameter EndTime.");
        }
        SandboxArrival.Snapshot world = this.world.arrival();
        long records = 0;
        long bytes = 0;
        Instant newest = null;
        for (SandboxArrival.Delivery delivery : world.receiving(region, DestinationType.FIREHOSE, deliveryStream)) {
            Instant start = latest(from, delivery.from());
            Instant end = earliest(to, world.now());
            long count = end.isAfter(start) ? Duration.between(start, end).toMillis() * RECORDS_PER_MINUTE
                    * delivery.brokers() / Duration.ofMinutes(1).toMillis() : 0;
            if (count == 0) {
                continue;
            }
            records += count;
            bytes += count * (RECORD_BYTES - 40 + spread(delivery.clusterName() + " " + deliveryStream, 80));
            Instant periodEnd = earliest(periodStart(end.minusMillis(1)).plus(PERIOD), world.now());
            newest = newest == null ? periodEnd : latest(newest, periodEnd);
        }
        return records == 0 ? StreamActivity.NONE : new StreamActivity(records, bytes, newest);
    }

    /**
     * The delivery's objects under the prefix asked, in key order, at most {@code maxKeys}: hour folder by hour
     * folder from the first it wrote, skipping the folders the prefix leaves out.
     */
    private static List<StoredObject> objects(SandboxArrival.Delivery delivery, String accountId, Instant now,
                                              String asked, int maxKeys) {
        String base = objectBase(delivery, accountId);
        List<StoredObject> found = new ArrayList<>();
        if (!overlaps(base, asked)) {
            return found;
        }
        Instant first = periodStart(delivery.from());
        for (Instant hour = first.truncatedTo(ChronoUnit.HOURS); !hour.isAfter(now) && found.size() < maxKeys;
             hour = hour.plus(Duration.ofHours(1))) {
            String folder = base + HOUR_FOLDER.format(hour) + "/";
            if (!overlaps(folder, asked)) {
                continue;
            }
            List<StoredObject> inHour = new ArrayList<>();
            for (Instant period = latest(hour, first); period.isBefore(hour.plus(Duration.ofHours(1)));
                 period = period.plus(PERIOD)) {
                for (int broker = 1; broker <= delivery.brokers(); broker++) {
                    String seed = folder + broker + " " + period;
                    Instant written = objectWritten(base, broker, period);
                    String key = objectKey(base, broker, period);
                    if (!written.isAfter(now) && key.startsWith(asked)) {
                        inHour.add(new StoredObject(key, 20_000 + spread(seed + " size", 40_000), written));
                    }
                }
            }
            inHour.sort(Comparator.comparing(StoredObject::key));
            found.addAll(inHour);
        }
        return found;
    }

    /** One broker's stream of the delivery: {@code <cluster-name>-<arn-suffix>-broker-<N>} (or authorizer). */
    static String streamName(SandboxArrival.Delivery delivery, int broker) {
        String kind = delivery.target().kind() == LogKind.BROKER ? "broker" : "authorizer";
        return delivery.clusterName() + "-" + delivery.arnSuffix() + "-" + kind + "-" + broker;
    }

    /** The newest event of the stream at {@code now}: a few seconds to a minute before, never before it receives. */
    static Instant lastEvent(String streamName, Instant now, Instant receivingFrom) {
        return latest(now.minusSeconds(3 + spread(streamName, 57)), receivingFrom);
    }

    /** The delivery's folder: {@code [prefix/]AWSLogs/<account>/Kafka...Logs/<region>/<cluster>-<suffix>/}. */
    static String objectBase(SandboxArrival.Delivery delivery, String accountId) {
        String own = delivery.target().prefix() == null ? "" : delivery.target().prefix().replaceAll("/+$", "");
        return (own.isEmpty() ? "" : own + "/") + "AWSLogs/" + accountId + "/"
                + (delivery.target().kind() == LogKind.BROKER ? "KafkaBrokerLogs" : "KafkaAuthorizerLogs") + "/"
                + delivery.region() + "/" + delivery.clusterName() + "-" + delivery.arnSuffix() + "/";
    }

    /** The key of the object holding one broker's 5 minutes of logs from {@code period}, under {@code base}. */
    static String objectKey(String base, int broker, Instant period) {
        String folder = base + HOUR_FOLDER.format(period) + "/";
        String seed = folder + broker + " " + period;
        return folder + "Broker-" + broker + "_" + HOUR_MINUTE.format(period) + "_"
                + String.format(Locale.ROOT, "%08x", spread(seed + " hex", Integer.MAX_VALUE)) + ".log.gz";
    }

    /** When that object is written: 5 to 40 s after its 5 minutes end. */
    static Instant objectWritten(String base, int broker, Instant period) {
        String seed = base + HOUR_FOLDER.format(period) + "/" + broker + " " + period;
        return period.plus(PERIOD).plusSeconds(5 + spread(seed, 36));
    }

    /** Whether a key under {@code folder} may start with {@code prefix}. */
    private static boolean overlaps(String folder, String prefix) {
        return folder.startsWith(prefix) || prefix.startsWith(folder);
    }

    /** The start of the 5-minute period (counted from the epoch, as CloudWatch's) holding the instant. */
    static Instant periodStart(Instant instant) {
        long seconds = PERIOD.toSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(instant.getEpochSecond(), seconds) * seconds);
    }

    /** A number from 0 to {@code bound - 1} that depends on the seed only. */
    static int spread(String seed, int bound) {
        UUID uuid = UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
        return (int) Math.floorMod(uuid.getMostSignificantBits(), (long) bound);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
