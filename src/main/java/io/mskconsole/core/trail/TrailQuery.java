package io.mskconsole.core.trail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What to look up: the sources, at most one server-side attribute, the time range, and the regions (each looked up
 * at once, at its own pace).
 */
public record TrailQuery(TrailSource.Preset preset, LookupAttribute attribute, Instant start, Instant end,
                         List<String> regions) {
    /** LookupEvents sees the management events of the last 90 days. */
    public static final Duration LOOKUP_HISTORY = Duration.ofDays(90);

    public TrailQuery {
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        regions = List.copyOf(regions);
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one region.");
        }
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("The time range is empty: " + start + " is not before " + end + ".");
        }
    }

    /**
     * The LookupEvents requests of one region: one per source with EventSource as the attribute when none is given;
     * else one with the given attribute (the sources are then told apart on the client).
     */
    public List<LookupRequest> requests() {
        if (attribute != null) {
            return List.of(new LookupRequest(attribute, start, end, null));
        }
        return preset.sources().stream().map(source -> new LookupRequest(
                new LookupAttribute(LookupKey.EVENT_SOURCE, source.eventSource()), start, end, null)).toList();
    }
}
