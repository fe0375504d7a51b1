package io.mskconsole.core.trail;

import java.util.List;

/** Told, from the fetching threads, of each page's new events and of the progress. */
public interface TrailListener {
    /** Events not seen before in this fetch (no duplicates across sources and regions). */
    void events(List<TrailEvent> batch);

    void progress(TrailProgress progress);
}
