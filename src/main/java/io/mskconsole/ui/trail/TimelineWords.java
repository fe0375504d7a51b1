package io.mskconsole.ui.trail;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the timeline says in words: a span of time, a bar's counts, the caption over it. */
final class TimelineWords {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);

    private TimelineWords() {
    }

    /**
     * "Wed 25 Nov 2026 UTC" (a day), "18 Nov 2026 – 24 Nov 2026 UTC" (whole days, the last one included),
     * "25 Nov 2026 12:00 – 13:00 UTC", "25 Nov 2026 22:00 – 26 Nov 2026 02:00 UTC".
     */
    static String span(TimeSpan span, ZoneId zone) {
        ZonedDateTime from = span.start().atZone(zone);
        ZonedDateTime to = span.end().atZone(zone);
        String where = zone.equals(ZoneOffset.UTC) ? " UTC" : " " + zone.getId();
        if (midnight(from) && midnight(to)) {
            ZonedDateTime last = to.minusDays(1);
            return (last.toLocalDate().equals(from.toLocalDate()) ? DAY.format(from)
                    : DATE.format(from) + " – " + DATE.format(last)) + where;
        }
        String start = DATE.format(from) + " " + time(from);
        return start + " – " + (to.toLocalDate().equals(from.toLocalDate()) ? "" : DATE.format(to) + " ")
                + time(to) + where;
    }

    /** "34 events: 30 succeeded, 4 failed"; "1 event: 1 from Trail files in S3"; "No events". */
    static String counts(TimelineBuckets buckets, int firstBar, int lastBar) {
        int total = buckets.totalOf(firstBar, lastBar);
        if (total == 0) {
            return "No events";
        }
        List<String> parts = new ArrayList<>();
        List<String> layers = buckets.stack().layers();
        for (int layer = 0; layer < layers.size(); layer++) {
            int count = 0;
            for (int bar = Math.min(firstBar, lastBar); bar <= Math.max(firstBar, lastBar); bar++) {
                count += buckets.count(bar, layer);
            }
            if (count > 0) {
                parts.add(String.format(Locale.ROOT, buckets.stack() == TimelineStack.OUTCOME ? "%,d %s"
                        : "%,d from %s", count, buckets.stack() == TimelineStack.OUTCOME
                        ? layers.get(layer).toLowerCase(Locale.ROOT) : layers.get(layer)));
            }
        }
        return String.format(Locale.ROOT, "%,d event%s: %s", total, total == 1 ? "" : "s", String.join(", ", parts));
    }

    /** "Events per hour, 18 Nov 2026 00:00 – 25 Nov 2026 13:00 UTC". */
    static String caption(TimelineStep step, TimeSpan span, ZoneId zone) {
        return "Events per " + step.word() + ", " + span(span, zone);
    }

    private static boolean midnight(ZonedDateTime time) {
        return time.toLocalTime().toSecondOfDay() == 0 && time.getNano() == 0;
    }

    private static String time(ZonedDateTime time) {
        return (time.getSecond() == 0 ? TIME : SECONDS).format(time);
    }
}
