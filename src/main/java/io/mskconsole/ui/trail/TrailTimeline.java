package io.mskconsole.ui.trail;

import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.ui.common.Throttle;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.LongSupplier;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;

/**
 * The timeline over the CloudTrail browser's table: the events shown (loaded and filtered) counted per minute, hour
 * or day across the custom time range, or across the loaded events when another range is chosen, stacked by outcome
 * or by source. Dragging across it or clicking a bar narrows the custom time range, which the table follows as a
 * filter; {@link #back()} undoes the narrowings one by one, and choosing a range by hand forgets them. Counts again
 * when the events, the filters or the range change, at most every {@link #REFRESH} (a load adds events one by one).
 * On the UI thread; needs no toolkit.
 */
public final class TrailTimeline {
    /** The least time between two counts while events keep changing. */
    public static final Duration REFRESH = Duration.ofMillis(250);
    /** Where bars start: whole hours and days of UTC, as CloudTrail's times and trail files go. */
    public static final ZoneId ZONE = ZoneOffset.UTC;

    /** A range as the browser's time controls hold it. */
    private record Choice(TimeRange range, Instant start, Instant end) {
    }

    private final TrailBrowserViewModel model;
    private final Throttle refresh;
    private final ObjectProperty<TimelineStack> stack = new SimpleObjectProperty<>(TimelineStack.OUTCOME);
    private final ReadOnlyObjectWrapper<TimelineBuckets> buckets = new ReadOnlyObjectWrapper<>(TimelineBuckets.NONE);
    private final Deque<Choice> earlier = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper();
    private boolean choosing;
    /** Whether the bars were counted across the custom range (else across the loaded events). */
    private boolean windowed;

    /**
     * @param timer    when to count again (the toolkit's in the app)
     * @param nanoTime the clock of the timer
     */
    public TrailTimeline(TrailBrowserViewModel model, Throttle.Timer timer, LongSupplier nanoTime) {
        this.model = model;
        refresh = new Throttle(REFRESH, nanoTime, timer, this::count);
        model.shown().addListener((ListChangeListener<TrailEvent>) change -> refresh.request());
        model.events().addListener((ListChangeListener<TrailEvent>) change -> refresh.request());
        for (Observable choice : new Observable[] {model.rangeProperty(), model.customStartProperty(),
            model.customEndProperty()}) {
            choice.addListener(o -> {
                if (!choosing) {
                    earlier.clear();
                    canGoBack.set(false);
                }
                refresh.request();
            });
        }
        stack.addListener(o -> refresh.now());
        count();
    }

    private void count() {
        TimeSpan window = model.filters().window();
        TimeSpan span = window != null ? window : loadedSpan();
        windowed = window != null;
        buckets.set(span == null ? TimelineBuckets.NONE
                : TimelineBuckets.of(model.shown(), span, stack.get(), ZONE));
    }

    /** From the oldest event loaded to just after the newest (the list is newest first). */
    private TimeSpan loadedSpan() {
        List<TrailEvent> events = model.events();
        return events.isEmpty() ? null
                : new TimeSpan(events.get(events.size() - 1).time(), events.get(0).time().plusMillis(1));
    }

    /** A click at x on a plot {@code width} wide: shows the events of the bar there, if it has any. */
    public void clicked(double x, double width) {
        showBar(buckets.get().barAt(x, width));
    }

    /** Shows the events of the bar (its time within the range shown), if it has any. */
    public void showBar(int bar) {
        TimelineBuckets now = buckets.get();
        if (bar >= 0 && bar < now.size() && now.total(bar) > 0) {
            narrow(spanOf(now, bar, bar));
        }
    }

    /** A drag from one x to another on a plot {@code width} wide: shows the events of the bars it crossed. */
    public void dragged(double fromX, double toX, double width) {
        TimeSpan span = spanAcross(fromX, toX, width);
        if (span != null) {
            narrow(span);
        }
    }

    /** The time of the bars from one x to the other, whole bars within the range shown; null when there are none. */
    public TimeSpan spanAcross(double fromX, double toX, double width) {
        TimelineBuckets now = buckets.get();
        int from = now.barAt(fromX, width);
        int to = now.barAt(toX, width);
        return from < 0 || to < 0 ? null : spanOf(now, from, to);
    }

    /**
     * The time of the bars: within the custom range when one is set (a narrowing never widens it), else whole bars
     * (the loaded events' span starts and ends with an event, not on a round time).
     */
    private TimeSpan spanOf(TimelineBuckets now, int oneBar, int otherBar) {
        return windowed ? now.spanOf(oneBar, otherBar) : now.barsOf(oneBar, otherBar);
    }

    /** Shows only the events of the span: it becomes the custom time range; {@link #back()} returns to the one before. */
    public void narrow(TimeSpan span) {
        if (span.equals(model.filters().window())) {
            return;
        }
        earlier.push(new Choice(model.rangeProperty().get(), model.customStartProperty().get(),
                model.customEndProperty().get()));
        choose(new Choice(TimeRange.CUSTOM, span.start(), span.end()));
    }

    /** Returns to the time range before the last narrowing. */
    public void back() {
        if (!earlier.isEmpty()) {
            choose(earlier.pop());
        }
    }

    private void choose(Choice choice) {
        choosing = true;
        try {
            model.filters().together(() -> {
                model.customStartProperty().set(choice.start());
                model.customEndProperty().set(choice.end());
                model.rangeProperty().set(choice.range());
            });
        } finally {
            choosing = false;
        }
        canGoBack.set(!earlier.isEmpty());
        refresh.now();
    }

    /** "Wed 25 Nov 2026 UTC · 34 events: 30 succeeded, 4 failed", of the bars from one to the other. */
    public String describe(int oneBar, int otherBar) {
        TimelineBuckets now = buckets.get();
        TimeSpan span = spanOf(now, oneBar, otherBar);
        return TimelineWords.span(span, ZONE) + "\n" + TimelineWords.counts(now, oneBar, otherBar);
    }

    /** "Events per hour, 18 Nov 2026 00:00 – 25 Nov 2026 13:00 UTC", or empty. */
    public String caption() {
        TimelineBuckets now = buckets.get();
        return now.size() == 0 ? "" : TimelineWords.caption(now.step(), spanOf(now, 0, now.size() - 1), ZONE);
    }

    /** What the bars are stacked by. */
    public ObjectProperty<TimelineStack> stackProperty() {
        return stack;
    }

    /** The counts drawn, {@link TimelineBuckets#NONE} when nothing is loaded and no custom range is set. */
    public ReadOnlyObjectProperty<TimelineBuckets> bucketsProperty() {
        return buckets.getReadOnlyProperty();
    }

    /** Whether there is a narrowing to undo. */
    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }
}
