package io.mskconsole.core.delivery;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.clusters.OpenMonitoring;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed on a cluster between a review and the Apply that follows it (another administrator at work). A
 * change of log delivery (either kind) changes what Apply would do: it is refused, to be reviewed again. A change of
 * the other monitoring settings, which UpdateMonitoring sends back as the cluster has them, is said before anything
 * is checked or sent, so the person knows what goes out with their change.
 *
 * @param deliveryChanged whether the cluster's broker or authorizer log delivery is no longer what the review showed
 * @param others          the other settings that changed, as "enhanced monitoring DEFAULT → PER_BROKER"
 */
public record ChangedSinceReview(boolean deliveryChanged, List<String> others) {
    public ChangedSinceReview {
        others = List.copyOf(others);
    }

    public static ChangedSinceReview between(Cluster reviewed, Cluster now) {
        List<String> others = new ArrayList<>();
        MonitoringSettings before = reviewed.monitoring();
        MonitoringSettings after = now.monitoring();
        if (!Objects.equals(before.enhancedMonitoring(), after.enhancedMonitoring())) {
            others.add("enhanced monitoring " + word(before.enhancedMonitoring()) + " → "
                    + word(after.enhancedMonitoring()));
        }
        if (!Objects.equals(before.openMonitoring(), after.openMonitoring())) {
            others.add("open monitoring with Prometheus " + prometheus(before.openMonitoring()) + " → "
                    + prometheus(after.openMonitoring()));
        }
        return new ChangedSinceReview(!now.logging().sameDeliveryAs(reviewed.logging()), others);
    }

    public boolean nothing() {
        return !deliveryChanged && others.isEmpty();
    }

    /** Why Apply is refused: the delivery as it is now. */
    public String refusal(Cluster now) {
        return "The log delivery of " + now.name() + " changed since the review (now: "
                + LoggingChanges.summary(now.logging()) + "). Nothing was sent: review again before applying.";
    }

    /** The question before applying when only other settings changed. */
    public String question(Cluster now) {
        return "Since the review, someone changed " + String.join("; ", others) + " on " + now.name()
                + ". Apply sends these settings as the cluster has them now, with your log delivery.";
    }

    private static String word(String value) {
        return value == null ? "(none)" : value;
    }

    private static String prometheus(OpenMonitoring open) {
        if (open == null) {
            return "(none)";
        }
        return "JMX exporter " + (open.jmxExporter() ? "on" : "off") + ", node exporter "
                + (open.nodeExporter() ? "on" : "off");
    }
}
