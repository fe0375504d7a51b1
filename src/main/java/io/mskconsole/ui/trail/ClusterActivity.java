package io.mskconsole.ui.trail;

import io.mskconsole.core.trail.TrailSource;
import java.time.Duration;
import java.time.Instant;

/** A cluster's CloudTrail activity in the browser: of the last days, or around a time (a log entry's). */
public final class ClusterActivity {
    /** What {@link #around} reads before and after the time it is given. */
    public static final Duration BEFORE = Duration.ofHours(1);
    public static final Duration AFTER = Duration.ofMinutes(15);

    private ClusterActivity() {
    }

    /**
     * "Show activity" of a cluster: MSK API calls and Kafka actions of the last 7 days in its region, filtered on the
     * client to the cluster by its ARN (which the ARNs of its topics, groups and operations carry too), so a cluster
     * named like another is not mixed in. No server-side attribute: CloudTrail does not list MSK clusters as
     * resources of every event.
     */
    public static void show(TrailBrowserViewModel model, String clusterArn, String region) {
        model.presetProperty().set(TrailSource.Preset.BOTH);
        model.lookupKeyProperty().set(null);
        model.rangeProperty().set(TimeRange.LAST_WEEK);
        model.regions().setAll(region);
        model.filters().cluster().set(clusterArn);
        model.search();
    }

    /**
     * The cluster's activity in its region around a time (a log entry's): from {@link #BEFORE} before it to
     * {@link #AFTER} after it, what may have caused the entry and what answered it.
     */
    public static void around(TrailBrowserViewModel model, String clusterArn, String region, Instant at) {
        model.presetProperty().set(TrailSource.Preset.BOTH);
        model.lookupKeyProperty().set(null);
        Instant now = model.now();
        Instant around = at.isAfter(now) ? now : at; // a line dated ahead of now (a broker's clock) reads up to now
        model.customStartProperty().set(around.minus(BEFORE));
        Instant after = around.plus(AFTER);
        model.customEndProperty().set(after.isAfter(now) ? now : after);
        model.rangeProperty().set(TimeRange.CUSTOM);
        model.regions().setAll(region);
        model.filters().cluster().set(clusterArn);
        model.search();
    }
}
