package io.mskconsole.ui.trail;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The labels under the timeline: ticks at round times (every 5 minutes, 3 hours, a week, a quarter, a year...), the
 * finest spacing whose labels, each written from its tick rightwards, keep a gap to the next one; a label that would
 * run past the right edge is left out. A tick where a bigger unit starts says so: the date at midnight on an axis of
 * hours, the year on January 1st.
 */
final class TimelineTicks {
    /** From a tick to its label's start. */
    static final double PAD = 3;
    /** The least room between one label's end and the next tick. */
    static final double GAP = 10;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yyyy", Locale.ENGLISH);
    private static final List<Every> SPACINGS = List.of(new Every(ChronoUnit.MINUTES, 1),
            new Every(ChronoUnit.MINUTES, 5), new Every(ChronoUnit.MINUTES, 10), new Every(ChronoUnit.MINUTES, 15),
            new Every(ChronoUnit.MINUTES, 30), new Every(ChronoUnit.HOURS, 1), new Every(ChronoUnit.HOURS, 2),
            new Every(ChronoUnit.HOURS, 3), new Every(ChronoUnit.HOURS, 6), new Every(ChronoUnit.HOURS, 12),
            new Every(ChronoUnit.DAYS, 1), new Every(ChronoUnit.DAYS, 2), new Every(ChronoUnit.WEEKS, 1),
            new Every(ChronoUnit.MONTHS, 1), new Every(ChronoUnit.MONTHS, 2), new Every(ChronoUnit.MONTHS, 3),
            new Every(ChronoUnit.MONTHS, 6), new Every(ChronoUnit.YEARS, 1), new Every(ChronoUnit.YEARS, 2),
            new Every(ChronoUnit.YEARS, 5), new Every(ChronoUnit.YEARS, 10));

    /** A labelled tick: at the start of bar {@code bar} (the end of the axis when it is the number of bars). */
    record Tick(int bar, double x, String label) {
    }

    /** A spacing of ticks: every n units, at round times of the unit. */
    private record Every(ChronoUnit unit, int n) {
        boolean at(ZonedDateTime time) {
            boolean midnight = time.getHour() == 0 && time.getMinute() == 0;
            return switch (unit) {
                case MINUTES -> time.getMinute() % n == 0;
                case HOURS -> time.getMinute() == 0 && time.getHour() % n == 0;
                case DAYS -> midnight && time.toLocalDate().toEpochDay() % n == 0;
                case WEEKS -> midnight && time.getDayOfWeek() == DayOfWeek.MONDAY;
                case MONTHS -> midnight && time.getDayOfMonth() == 1 && (time.getMonthValue() - 1) % n == 0;
                default -> midnight && time.getDayOfYear() == 1 && time.getYear() % n == 0;
            };
        }

        String label(ZonedDateTime time) {
            boolean newYear = time.getDayOfYear() == 1 && time.getHour() == 0 && time.getMinute() == 0;
            if (unit == ChronoUnit.MINUTES || unit == ChronoUnit.HOURS) {
                return time.getHour() == 0 && time.getMinute() == 0 ? DATE.format(time) : TIME.format(time);
            }
            if (unit == ChronoUnit.YEARS || newYear) {
                return YEAR.format(time);
            }
            return unit == ChronoUnit.MONTHS ? MONTH.format(time) : DATE.format(time);
        }

        boolean atLeast(TimelineStep step) {
            return switch (step) {
                case MINUTE -> true;
                case HOUR -> unit != ChronoUnit.MINUTES;
                case DAY -> unit != ChronoUnit.MINUTES && unit != ChronoUnit.HOURS;
            };
        }
    }

    private TimelineTicks() {
    }

    /**
     * The ticks of the bars' edges on a plot {@code width} wide.
     *
     * @param textWidth how wide a label is written
     */
    static List<Tick> of(TimelineBuckets buckets, ZoneId zone, double width, ToDoubleFunction<String> textWidth) {
        int bars = buckets.size();
        if (bars == 0 || width <= 0) {
            return List.of();
        }
        ZonedDateTime[] edges = new ZonedDateTime[bars + 1];
        for (int i = 0; i < bars; i++) {
            edges[i] = buckets.start(i).atZone(zone);
        }
        edges[bars] = buckets.end(bars - 1).atZone(zone);
        List<Tick> chosen = List.of();
        for (Every every : SPACINGS) {
            if (!every.atLeast(buckets.step())) {
                continue;
            }
            List<Tick> ticks = new ArrayList<>();
            boolean fits = true;
            double free = 0; // where the next label may start
            for (int i = 0; i <= bars && fits; i++) {
                if (!every.at(edges[i])) {
                    continue;
                }
                double x = i * width / bars;
                String label = every.label(edges[i]);
                double end = x + PAD + textWidth.applyAsDouble(label);
                if (x < free) {
                    fits = false;
                } else if (end <= width) {
                    ticks.add(new Tick(i, x, label));
                    free = end + GAP;
                }
            }
            if (fits) {
                return ticks;
            }
            chosen = ticks;
        }
        return chosen;
    }
}
