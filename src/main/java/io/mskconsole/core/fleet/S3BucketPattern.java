package io.mskconsole.core.fleet;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.delivery.LogDelivery;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** Broker and authorizer logs go to S3 only in buckets whose names match a pattern (the organisation's log buckets). */
public record S3BucketPattern(Severity severity, Pattern pattern) implements FleetRule {
    public static final String ID = "s3-bucket-pattern";

    public S3BucketPattern {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pattern, "pattern");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "S3 delivery goes only to buckets whose names match " + pattern.pattern() + ".";
    }

    @Override
    public Optional<Finding> check(Cluster cluster) {
        List<String> outside = new ArrayList<>();
        add(outside, cluster.brokerLogs());
        if (cluster.logging().hasAuthorizerLogs()) {
            add(outside, cluster.logging().authorizerLogs());
        }
        if (outside.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ID, severity, "Cluster " + cluster.name() + " delivers logs to S3 bucket "
                + String.join(" and ", outside) + ", whose name does not match " + pattern.pattern() + ".",
                "Deliver to one of the organisation's log buckets instead."));
    }

    private void add(List<String> outside, LogDelivery delivery) {
        if (delivery.s3().enabled() && delivery.s3().bucket() != null
                && !pattern.matcher(delivery.s3().bucket()).matches() && !outside.contains(delivery.s3().bucket())) {
            outside.add(delivery.s3().bucket());
        }
    }
}
