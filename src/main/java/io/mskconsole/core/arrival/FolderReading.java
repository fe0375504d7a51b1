package io.mskconsole.core.arrival;

import io.mskconsole.core.clusters.Cluster;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The broker logs' folders of this hour and the last in a bucket, under the delivery layout
 * {@code [prefix/]AWSLogs/<account>/KafkaBrokerLogs/<region>/<cluster-name>-<arn-suffix>/<YYYY-MM-DD-HH>/}: two
 * listings of one folder each, never the bucket.
 */
final class FolderReading {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd-HH").withZone(ZoneOffset.UTC);

    private FolderReading() {
    }

    /** The folder of one hour: what the delivery writes into during it (UTC). */
    static String hourFolder(Cluster cluster, String prefix, Instant hour) {
        String start = prefix == null || prefix.isBlank() ? "" : prefix.endsWith("/") ? prefix : prefix + "/";
        return start + "AWSLogs/" + DeliveryHealthCheck.account(cluster) + "/KafkaBrokerLogs/" + cluster.region()
                + "/" + cluster.name() + "-" + DeliveryHealthCheck.arnSuffix(cluster) + "/" + HOUR.format(hour) + "/";
    }

    static DeliveryHealthCheck.Reading read(ArrivalGateway gateway, Cluster cluster, String bucket, String prefix,
                                            Instant now) {
        Instant thisHour = now.truncatedTo(ChronoUnit.HOURS);
        List<StoredObject> seen = new ArrayList<>();
        for (Instant hour : List.of(thisHour, thisHour.minus(1, ChronoUnit.HOURS))) {
            Optional<List<StoredObject>> listed = gateway.objects(bucket, hourFolder(cluster, prefix, hour),
                    DeliveryHealthCheck.OBJECTS);
            if (listed.isEmpty()) {
                return DeliveryHealthCheck.Reading.missing();
            }
            seen.addAll(listed.get());
        }
        Instant since = now.minus(DeliveryHealthCheck.WINDOW);
        List<StoredObject> recent = seen.stream().filter(o -> !o.lastModified().isBefore(since)).toList();
        Instant newest = DeliveryHealthCheck.newest(seen.stream().map(StoredObject::lastModified).toList())
                .orElse(null);
        long bytes = recent.stream().mapToLong(StoredObject::size).sum();
        String detail = "Read the folders " + hourFolder(cluster, prefix, thisHour) + " and the hour before.";
        return new DeliveryHealthCheck.Reading(true, newest, recent.isEmpty() ? ""
                : DeliveryHealthCheck.bytes(bytes) + " in " + recent.size()
                + (recent.size() == 1 ? " object" : " objects"), detail, null);
    }
}
