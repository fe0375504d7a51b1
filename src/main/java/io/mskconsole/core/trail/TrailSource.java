package io.mskconsole.core.trail;

import java.util.List;

/** Where MSK's CloudTrail events come from: the MSK API, or Kafka actions on clusters with IAM access control. */
public enum TrailSource {
    MSK("kafka.amazonaws.com", "MSK API calls"),
    KAFKA("kafka-cluster.amazonaws.com", "Kafka actions");

    private final String eventSource;
    private final String label;

    TrailSource(String eventSource, String label) {
        this.eventSource = eventSource;
        this.label = label;
    }

    /** The record's {@code eventSource}. */
    public String eventSource() {
        return eventSource;
    }

    public String label() {
        return label;
    }

    /** The source of an {@code eventSource}, or null for any other service. */
    public static TrailSource of(String eventSource) {
        for (TrailSource source : values()) {
            if (source.eventSource.equals(eventSource)) {
                return source;
            }
        }
        return null;
    }

    /** The presets: MSK API calls, Kafka actions, or both. */
    public enum Preset {
        MSK(List.of(TrailSource.MSK)), KAFKA(List.of(TrailSource.KAFKA)), BOTH(List.of(TrailSource.MSK, TrailSource.KAFKA));

        private final List<TrailSource> sources;

        Preset(List<TrailSource> sources) {
            this.sources = sources;
        }

        public List<TrailSource> sources() {
            return sources;
        }

        public boolean includes(String eventSource) {
            TrailSource source = TrailSource.of(eventSource);
            return source != null && sources.contains(source);
        }
    }
}
