package io.mskconsole.core.trail;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link RegionPacer} per region of an account: CloudTrail's 2 calls a second are the account's in each region,
 * so every lookup of an account (several browser windows, a new search while the last call of a cancelled one is
 * still out) shares its region's pacer. Thread-safe.
 */
public final class TrailPacers {
    private final Map<String, RegionPacer> byRegion = new ConcurrentHashMap<>();
    private final double callsPerSecond;
    private final Ticker ticker;

    public TrailPacers(double callsPerSecond, Ticker ticker) {
        this.callsPerSecond = callsPerSecond;
        this.ticker = ticker;
    }

    public TrailPacers() {
        this(TrailFetch.CALLS_PER_SECOND, Ticker.SYSTEM);
    }

    public RegionPacer of(String region) {
        return byRegion.computeIfAbsent(region, r -> new RegionPacer(callsPerSecond, ticker));
    }

    Ticker ticker() {
        return ticker;
    }
}
