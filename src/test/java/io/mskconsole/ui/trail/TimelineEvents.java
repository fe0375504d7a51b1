package io.mskconsole.ui.trail;

import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailOrigin;
import java.time.Instant;

/** Events for the timeline's tests: a time, an outcome, where they came from. */
final class TimelineEvents {
    private static int next;

    private TimelineEvents() {
    }

    static TrailEvent ok(String time) {
        return event(time, null, TrailOrigin.LOOKUP);
    }

    static TrailEvent failed(String time) {
        return event(time, "AccessDenied", TrailOrigin.LOOKUP);
    }

    static TrailEvent event(String time, String error, TrailOrigin origin) {
        return event(Instant.parse(time), error, origin);
    }

    static synchronized TrailEvent event(Instant time, String error, TrailOrigin origin) {
        String id = "e" + next++;
        return new TrailEvent(id, time, "DescribeClusterV2", "kafka.amazonaws.com", "us-east-1", "alice", "IAMUser",
                "10.0.0.1", true, error, error == null ? null : "no", null, "{\"eventID\": \"" + id + "\"}")
                .from(origin);
    }
}
