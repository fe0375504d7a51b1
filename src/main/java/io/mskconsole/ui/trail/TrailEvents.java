package io.mskconsole.ui.trail;

import io.mskconsole.core.trail.TrailEvent;
import java.util.Comparator;

/** Orders of events. */
final class TrailEvents {
    /** Newest first; same time by event id, so the order is stable. */
    static final Comparator<TrailEvent> NEWEST_FIRST = Comparator.comparing(TrailEvent::time).reversed()
            .thenComparing(TrailEvent::eventId);

    private TrailEvents() {
    }
}
