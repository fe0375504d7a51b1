package io.mskconsole.core.fleet;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.errors.GatewayException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every destination a cluster delivers broker or authorizer logs to exists, and a bucket is in the cluster's region
 * (MSK delivers only there). Each distinct destination is looked up once for the whole fleet. A lookup that cannot be
 * made (access denied) is said as such, at low severity: it is not known to be wrong.
 */
public record DestinationsExist(Severity severity) implements LookupRule {
    public static final String ID = "destination-exists";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Every destination a cluster delivers logs to exists, and a bucket is in the cluster's region.";
    }

    @Override
    public Optional<Finding> check(Cluster cluster, DestinationLookups lookups) {
        if (!cluster.supportsBrokerLogs()) {
            return Optional.empty();
        }
        String region = cluster.region();
        List<String> wrong = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        look(cluster.brokerLogs(), region, lookups, wrong, unchecked);
        if (cluster.logging().hasAuthorizerLogs()) {
            look(cluster.logging().authorizerLogs(), region, lookups, wrong, unchecked);
        }
        if (!wrong.isEmpty()) {
            return Optional.of(new Finding(ID, severity, "Cluster " + cluster.name() + " delivers logs to "
                    + String.join("; ", wrong) + ": nothing arrives.", "Create the destination in " + region
                    + ", or deliver to one that exists (Edit log delivery)."));
        }
        if (!unchecked.isEmpty()) {
            return Optional.of(new Finding(ID, Severity.LOW, "The destinations of cluster " + cluster.name()
                    + " could not be checked: " + String.join("; ", unchecked) + ".",
                    "Allow the scan's role to describe them (logs:DescribeLogGroups, s3:ListBucket, "
                            + "firehose:DescribeDeliveryStream), then scan again."));
        }
        return Optional.empty();
    }

    private static void look(LogDelivery delivery, String region, DestinationLookups lookups, List<String> wrong,
                             List<String> unchecked) {
        try {
            if (delivery.cloudWatchLogs().enabled() && delivery.cloudWatchLogs().logGroup() != null) {
                String group = delivery.cloudWatchLogs().logGroup();
                if (lookups.logGroup(region, group).isEmpty()) {
                    add(wrong, "log group " + group + ", which does not exist in " + region);
                }
            }
            if (delivery.s3().enabled() && delivery.s3().bucket() != null) {
                String bucket = delivery.s3().bucket();
                var found = lookups.bucket(region, bucket);
                if (found.isEmpty()) {
                    add(wrong, "bucket " + bucket + ", which does not exist");
                } else if (found.get().region() != null && !found.get().region().equals(region)) {
                    add(wrong, "bucket " + bucket + ", which is in " + found.get().region() + ", not " + region);
                }
            }
            if (delivery.firehose().enabled() && delivery.firehose().deliveryStream() != null) {
                String stream = delivery.firehose().deliveryStream();
                if (lookups.deliveryStream(region, stream).isEmpty()) {
                    add(wrong, "delivery stream " + stream + ", which does not exist in " + region);
                }
            }
        } catch (GatewayException | IllegalStateException notAsked) {
            add(unchecked, notAsked.getMessage());
        }
    }

    private static void add(List<String> list, String text) {
        if (!list.contains(text)) {
            list.add(text);
        }
    }
}
