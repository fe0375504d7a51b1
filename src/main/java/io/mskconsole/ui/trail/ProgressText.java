package io.mskconsole.ui.trail;

import io.mskconsole.core.trail.TrailProgress;
import io.mskconsole.core.trail.TrailQuery;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * "1,250 events · 26 pages · 13.2 s · loading (1 of 2 regions finished)", "… · done", "… · 1,200 kept from a fetch at
 * 2026-12-07 09:30 UTC".
 */
final class ProgressText {
    private static final DateTimeFormatter FETCHED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private ProgressText() {
    }

    /** "Looking up MSK API calls in us-east-1…", saying when a lookup attribute leaves the cache aside. */
    static String lookingUp(TrailQuery query, boolean cached) {
        return "Looking up " + switch (query.preset()) {
            case MSK -> "MSK API calls";
            case KAFKA -> "Kafka actions";
            case BOTH -> "MSK API calls and Kafka actions";
        } + " in " + String.join(", ", query.regions()) + (query.attribute() == null ? "" : " with "
                + query.attribute().key().apiName() + "=" + query.attribute().value()
                + " (CloudTrail pages through every service's events for it; only MSK's are kept"
                + (cached && query.attribute().key() != io.mskconsole.core.trail.LookupKey.EVENT_SOURCE
                ? "; the cache keeps lookups by source only, so all of it is asked" : "") + ")") + "…";
    }

    static String of(TrailProgress progress, boolean stopped) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%,d events · %d pages · %.1f s",
                progress.events(), progress.pages(), progress.elapsed().toMillis() / 1000.0));
        if (stopped) {
            text.append(" · stopped");
        } else if (!progress.finished()) {
            text.append(" · loading");
            if (progress.regionsTotal() > 1) {
                text.append(" (").append(progress.regionsDone()).append(" of ").append(progress.regionsTotal())
                        .append(" regions finished)");
            }
        } else {
            text.append(progress.regionsTotal() > 1 ? " · all " + progress.regionsTotal() + " regions done" : " · done");
        }
        if (progress.fromCache() > 0) {
            text.append(String.format(Locale.ROOT, " · %,d kept from %s", progress.fromCache(),
                    progress.cachedWhen(FETCHED)));
        }
        if (progress.throttled() > 0) {
            text.append(" · ").append(progress.throttled()).append(" throttled (waited)");
        }
        if (progress.skipped() > 0) {
            text.append(" · ").append(progress.skipped()).append(" broken records skipped");
        }
        return text.toString();
    }
}
