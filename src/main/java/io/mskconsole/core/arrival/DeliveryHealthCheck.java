package io.mskconsole.core.arrival;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterArn;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.delivery.DestinationType;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.errors.GatewayException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a cluster's logs arrive, destination by destination, the same for the window and {@code logging health}:
 * at most two reads per destination (the newest log streams of the group; the delivery layout's folders of this
 * hour and the last; the stream's metrics of the last hour). A destination with logs in the last hour is arriving;
 * one without is "nothing yet" while delivery was changed less than {@link #GRACE} ago, else "not arriving", with
 * the likely causes the destination checks give. A destination that cannot be read is "could not check", never a
 * pass. Blocking: call it off the UI thread.
 */
public final class DeliveryHealthCheck {
    /** How far back logs count as arriving. */
    public static final Duration WINDOW = Duration.ofHours(1);
    /** How long MSK may take to start delivering after a change before silence means something is wrong. */
    public static final Duration GRACE = Duration.ofMinutes(30);
    /** The most log streams read from a group: the newest are all that matter. */
    static final int STREAMS = 50;
    /** The most objects read from one hour's folder. */
    static final int OBJECTS = 1000;

    private final ArrivalGateway gateway;
    private final ClusterGateway clusters;
    private final Clock clock;

    public DeliveryHealthCheck(ArrivalGateway gateway, ClusterGateway clusters, Clock clock) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.clusters = Objects.requireNonNull(clusters, "clusters");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param kinds  the kinds of log to judge (broker, authorizer or both)
     * @param causes why a destination may not receive, asked only for those not arriving
     */
    public DeliveryHealth check(Cluster cluster, Set<LogKind> kinds, LikelyCauses causes) {
        return check(cluster, kinds, causes, GRACE);
    }

    /**
     * As {@link #check(Cluster, Set, LikelyCauses)}, silence counting as "nothing yet" only for {@code grace} after a
     * change: zero for a watch that has waited long enough and wants the likely causes now.
     */
    public DeliveryHealth check(Cluster cluster, Set<LogKind> kinds, LikelyCauses causes, Duration grace) {
        Instant now = clock.instant();
        Instant changed = null;
        try {
            changed = clusters.deliveryChangedAt(cluster.arn()).orElse(null);
        } catch (GatewayException unknown) {
            // without it, silence is judged as not arriving: the causes say more
        }
        List<DestinationHealth> found = new ArrayList<>();
        for (LogKind kind : LogKind.values()) {
            if (!kinds.contains(kind) || !cluster.supportsBrokerLogs()) {
                continue;
            }
            LogDelivery delivery = cluster.logging().delivery(kind);
            for (DestinationType type : delivery.enabledTypes()) {
                found.add(destination(cluster, kind, type, delivery, now, changed, causes, grace));
            }
        }
        return new DeliveryHealth(cluster.arn(), now, changed, found);
    }

    private DestinationHealth destination(Cluster cluster, LogKind kind, DestinationType type, LogDelivery delivery,
                                          Instant now, Instant changed, LikelyCauses causes, Duration grace) {
        String name = delivery.resourceName(type);
        try {
            Reading read = switch (type) {
                case CLOUDWATCH_LOGS -> LogGroupReading.read(gateway, cluster, kind, name, now);
                case S3 -> kind == LogKind.BROKER
                        ? FolderReading.read(gateway, cluster, delivery.s3().bucket(), delivery.s3().prefix(), now)
                        : Reading.unknown("The S3 layout of authorizer logs is not documented: open the bucket to "
                        + "see whether they arrive.");
                case FIREHOSE -> Reading.ofStream(gateway.streamActivity(name, now.minus(WINDOW), now));
            };
            String shown = type == DestinationType.S3 && delivery.s3().prefix() != null
                    ? name + "/" + delivery.s3().prefix() : name;
            return judge(kind, type, shown, read, now, changed, causes, grace);
        } catch (GatewayException | IllegalArgumentException unreadable) {
            return new DestinationHealth(kind, type, name, ArrivalState.COULD_NOT_CHECK, null, "",
                    unreadable.getMessage(), List.of(), "Allow the read the message names, or look in the "
                    + type.displayName() + " console.");
        }
    }

    private static DestinationHealth judge(LogKind kind, DestinationType type, String name, Reading read,
                                           Instant now, Instant changed, LikelyCauses causes, Duration grace) {
        if (read.unknown() != null) {
            return new DestinationHealth(kind, type, name, ArrivalState.COULD_NOT_CHECK, null, "", read.unknown(),
                    List.of(), "");
        }
        if (read.failing() != null) {
            List<String> likely = new ArrayList<>();
            likely.add(read.failing());
            likely.addAll(causes.of(kind, type));
            return new DestinationHealth(kind, type, name, ArrivalState.NOT_ARRIVING, read.newest(), read.lastHour(),
                    read.detail(), likely, "Fix the stream's delivery; logs reach the bucket a few minutes after.");
        }
        if (read.newest() != null && !read.newest().isBefore(now.minus(WINDOW))) {
            return new DestinationHealth(kind, type, name, ArrivalState.ARRIVING, read.newest(), read.lastHour(),
                    read.detail(), List.of(), "");
        }
        if (read.exists() && changed != null && Duration.between(changed, now).compareTo(grace) < 0) {
            return new DestinationHealth(kind, type, name, ArrivalState.NOTHING_YET, read.newest(), "",
                    "Delivery was changed " + minutes(Duration.between(changed, now)) + " ago; MSK takes a while to "
                            + "start delivering. " + read.detail(), List.of(),
                    "Look again in a few minutes; after " + GRACE.toMinutes() + " minutes of silence something "
                            + "stops it.");
        }
        List<String> likely = new ArrayList<>(causes.of(kind, type));
        if (!read.exists()) {
            likely.add(0, "The " + type.resourceNoun() + " " + name + " does not exist: MSK never creates it.");
        }
        String since = read.newest() == null ? "Nothing has arrived" : "Nothing since " + read.newest();
        return new DestinationHealth(kind, type, name, ArrivalState.NOT_ARRIVING, read.newest(), "",
                since + (changed == null ? "" : "; delivery was changed " + minutes(Duration.between(changed, now))
                        + " ago") + ". " + read.detail(), likely, likely.isEmpty()
                ? "Run the destination checks (Edit log delivery, or `msk-console logging check`) and look at the "
                + type.resourceNoun() + "'s policy, tags and encryption key."
                : "Fix the causes above; logs start arriving a few minutes after.");
    }

    /** "4 minutes", "5 hours", "3 days": how long, in the words the health uses. */
    public static String minutes(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        if (minutes < 120) {
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        long hours = duration.toHours();
        return hours < 48 ? hours + " hours" : duration.toDays() + " days";
    }

    /** What one destination showed: its newest log, how much in the last hour, and whether it exists. */
    record Reading(boolean exists, Instant newest, String lastHour, String detail, String unknown, String failing) {
        Reading(boolean exists, Instant newest, String lastHour, String detail, String unknown) {
            this(exists, newest, lastHour, detail, unknown, null);
        }

        static Reading missing() {
            return new Reading(false, null, "", "", null);
        }

        static Reading unknown(String why) {
            return new Reading(true, null, "", "", why);
        }

        static Reading ofStream(StreamActivity activity) {
            if (activity.records() == 0) {
                return new Reading(true, activity.newestRecords(), "", "No record came in over the last hour "
                        + "(IncomingRecords).", null);
            }
            String intake = String.format(Locale.ROOT, "%,d records, %s", activity.records(),
                    bytes(activity.bytes()));
            if (activity.failsToDeliver()) {
                return new Reading(true, activity.newestRecords(), intake, "The stream took the logs in, but none of"
                        + " its puts to S3 succeeded in the last hour (DeliveryToS3.Success 0).", null,
                        "The stream cannot deliver to its S3 bucket: look at its destination error logs, the bucket's "
                                + "policy and encryption key, and the stream's IAM role.");
            }
            String onward = activity.deliveredToS3() == null ? ""
                    : String.format(Locale.ROOT, "; %,d records delivered to S3 (DeliveryToS3.Records)",
                    activity.deliveredToS3()) + (activity.s3Success() != null && activity.s3Success() < 1
                    ? String.format(Locale.ROOT, ", but only %.0f%% of its puts to S3 succeeded",
                    activity.s3Success() * 100) : "");
            return new Reading(true, activity.newestRecords(), intake, "From the stream's IncomingRecords and "
                    + "IncomingBytes" + onward + ".", null);
        }
    }

    static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** The suffix of the cluster's ARN after its name (its uuid and revision), as delivery names its folders. */
    static String arnSuffix(Cluster cluster) {
        String arn = cluster.arn();
        return arn.substring(arn.lastIndexOf('/') + 1);
    }

    static String account(Cluster cluster) {
        return ClusterArn.account(cluster.arn());
    }

    static Optional<Instant> newest(List<Instant> times) {
        return times.stream().filter(Objects::nonNull).max(Instant::compareTo);
    }
}
