package io.mskconsole.ui.trail;

import io.mskconsole.core.trail.TrailEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ObservableList;

/**
 * The browser's loaded events, newest first, one per event id: a large batch (files) is sorted in once; a page is
 * put in place event by event (pages come newest first, so mostly at the end), which the filtered and sorted views
 * follow incrementally instead of redoing everything loaded. On the UI thread.
 */
final class LoadedEvents {
    private final ObservableList<TrailEvent> events;
    private final Set<String> ids = new HashSet<>();

    LoadedEvents(ObservableList<TrailEvent> events) {
        this.events = events;
    }

    void add(Collection<TrailEvent> batch) {
        List<TrailEvent> fresh = new ArrayList<>(batch.size());
        for (TrailEvent event : batch) {
            if (ids.add(event.eventId())) {
                fresh.add(event);
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        if (events.isEmpty() || fresh.size() > 1_000) {
            fresh.addAll(events);
            fresh.sort(TrailEvent.NEWEST_FIRST);
            events.setAll(fresh);
            return;
        }
        fresh.sort(TrailEvent.NEWEST_FIRST);
        for (TrailEvent event : fresh) {
            int at = Collections.binarySearch(events, event, TrailEvent.NEWEST_FIRST);
            events.add(at < 0 ? -at - 1 : at, event);
        }
    }

    void clear() {
        events.clear();
        ids.clear();
    }
}
