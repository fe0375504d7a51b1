package io.mskconsole.ui.trail;

import io.mskconsole.core.trail.TrailEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Events counted into the timeline's bars: the span asked, rounded out to whole bars of the {@link TimelineStep} its
 * length calls for (bar edges at whole minutes, hours or days of the zone), each bar's count split into the layers of
 * a {@link TimelineStack}. Made in one pass over the events; those outside the span are left out (and counted as
 * such). Immutable.
 */
public final class TimelineBuckets {
    /** Nothing to show: nothing is loaded and no range is set. */
    public static final TimelineBuckets NONE = new TimelineBuckets(null, TimelineStep.DAY, TimelineStack.OUTCOME,
            new long[0], new int[0], 0);

    private final TimeSpan span;
    private final TimelineStep step;
    private final TimelineStack stack;
    private final long[] edges;
    private final int[] counts;
    private final int[] totals;
    private final int[] layerTotals;
    private final int max;
    private final int total;
    private final int outside;

    private TimelineBuckets(TimeSpan span, TimelineStep step, TimelineStack stack, long[] edges, int[] counts,
                            int outside) {
        this.span = span;
        this.step = step;
        this.stack = stack;
        this.edges = edges;
        this.counts = counts;
        this.outside = outside;
        int layers = stack.layers().size();
        int bars = Math.max(0, edges.length - 1);
        totals = new int[bars];
        layerTotals = new int[layers];
        int highest = 0;
        int all = 0;
        for (int bar = 0; bar < bars; bar++) {
            for (int layer = 0; layer < layers; layer++) {
                int count = counts[bar * layers + layer];
                totals[bar] += count;
                layerTotals[layer] += count;
            }
            highest = Math.max(highest, totals[bar]);
            all += totals[bar];
        }
        max = highest;
        total = all;
    }

    /**
     * Counts the events into bars over the span.
     *
     * @param events the events, in any order (the filtered list as it is: one pass, no copy)
     * @param zone   where bars start: whole minutes, hours and days of this zone
     */
    public static TimelineBuckets of(List<TrailEvent> events, TimeSpan span, TimelineStack stack, ZoneId zone) {
        TimelineStep step = TimelineStep.forLength(span.length());
        List<Instant> starts = new ArrayList<>();
        Instant edge = step.floor(span.start(), zone);
        while (edge.isBefore(span.end())) {
            starts.add(edge);
            edge = step.next(edge, zone);
        }
        long[] edges = new long[starts.size() + 1];
        for (int i = 0; i < starts.size(); i++) {
            edges[i] = starts.get(i).toEpochMilli();
        }
        edges[starts.size()] = edge.toEpochMilli();
        int layers = stack.layers().size();
        int[] counts = new int[starts.size() * layers];
        long from = span.start().toEpochMilli();
        long to = span.end().toEpochMilli();
        int outside = 0;
        for (TrailEvent event : events) {
            long time = event.time().toEpochMilli();
            if (time < from || time >= to) {
                outside++;
                continue;
            }
            int at = Arrays.binarySearch(edges, time);
            int bar = at >= 0 ? at : -at - 2;
            counts[bar * layers + stack.layerOf(event)]++;
        }
        return new TimelineBuckets(span, step, stack, edges, counts, outside);
    }

    /** The span asked, or null for {@link #NONE}. */
    public TimeSpan span() {
        return span;
    }

    public TimelineStep step() {
        return step;
    }

    public TimelineStack stack() {
        return stack;
    }

    /** How many bars. */
    public int size() {
        return totals.length;
    }

    public Instant start(int bar) {
        return Instant.ofEpochMilli(edges[bar]);
    }

    public Instant end(int bar) {
        return Instant.ofEpochMilli(edges[bar + 1]);
    }

    /** The events in the bar. */
    public int total(int bar) {
        return totals[bar];
    }

    /** The events of the bar in the layer. */
    public int count(int bar, int layer) {
        return counts[bar * layerTotals.length + layer];
    }

    /** The events of the layer in all bars. */
    public int layerTotal(int layer) {
        return layerTotals[layer];
    }

    /** The count of the fullest bar. */
    public int max() {
        return max;
    }

    /** The events in all bars. */
    public int total() {
        return total;
    }

    /** The events given that fall outside the span. */
    public int outside() {
        return outside;
    }

    /** The bar under x on a plot {@code width} wide, its bars of equal width; -1 when there is no bar. */
    public int barAt(double x, double width) {
        if (size() == 0 || width <= 0) {
            return -1;
        }
        int bar = (int) Math.floor(x / width * size());
        return Math.max(0, Math.min(size() - 1, bar));
    }

    /** The time of the bars from one to the other (either order, both included), whole bars. */
    public TimeSpan barsOf(int oneBar, int otherBar) {
        return new TimeSpan(start(Math.min(oneBar, otherBar)), end(Math.max(oneBar, otherBar)));
    }

    /** The time of the bars from one to the other (either order, both included), within the span asked. */
    public TimeSpan spanOf(int oneBar, int otherBar) {
        return barsOf(oneBar, otherBar).within(span);
    }

    /** The events in the bars from one to the other (either order, both included). */
    public int totalOf(int oneBar, int otherBar) {
        int sum = 0;
        for (int bar = Math.min(oneBar, otherBar); bar <= Math.max(oneBar, otherBar); bar++) {
            sum += totals[bar];
        }
        return sum;
    }
}
