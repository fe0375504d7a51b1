package io.mskconsole.ui.trail;

import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailOrigin;
import java.util.Arrays;
import java.util.List;

/**
 * What the timeline's bars are stacked by: the outcome (an event with an error code failed) or where the browser got
 * the events (as the table's "From" column says). Layer 0 is drawn at the bottom.
 */
public enum TimelineStack {
    OUTCOME("Outcome", List.of("Succeeded", "Failed"), List.of("outcome-success", "outcome-error")),
    ORIGIN("From", Arrays.stream(TrailOrigin.values()).map(TrailOrigin::label).toList(),
            Arrays.stream(TrailOrigin.values()).map(o -> "origin-" + o.name().toLowerCase(java.util.Locale.ROOT))
                    .toList());

    private final String label;
    private final List<String> layers;
    private final List<String> styles;

    TimelineStack(String label, List<String> layers, List<String> styles) {
        this.label = label;
        this.layers = layers;
        this.styles = styles;
    }

    /** The layer an event is counted in. */
    public int layerOf(TrailEvent event) {
        return this == OUTCOME ? (event.hasError() ? 1 : 0) : event.origin().ordinal();
    }

    /** The layers' names, bottom first. */
    public List<String> layers() {
        return layers;
    }

    /** The layers' style classes, whose colours the stylesheets give. */
    public List<String> styles() {
        return styles;
    }

    @Override
    public String toString() {
        return label;
    }
}
