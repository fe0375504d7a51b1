package io.mskconsole.ui.trail;

import static io.mskconsole.ui.trail.TimelineEvents.failed;
import static io.mskconsole.ui.trail.TimelineEvents.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailOrigin;
import io.mskconsole.ui.common.ImmediateTaskExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrailTimelineTest {
    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    final ManualTimer timer = new ManualTimer();
    final TrailBrowserViewModel model = new TrailBrowserViewModel(region -> null, List.of("us-east-1"), "us-east-1",
            new ImmediateTaskExecutor(), Clock.fixed(NOW, ZoneOffset.UTC));
    final TrailTimeline timeline = new TrailTimeline(model, timer, () -> timer.nanos);

    /** Ten days of events, one a day at 10:00 (the third one failed), and two more on the 20th. */
    void loadTenDays() {
        List<TrailEvent> events = new java.util.ArrayList<>();
        for (int day = 15; day <= 24; day++) {
            String time = "2026-11-" + day + "T10:00:00Z";
            events.add(day == 17 ? failed(time) : ok(time));
        }
        events.add(ok("2026-11-20T11:00:00Z"));
        events.add(failed("2026-11-20T23:59:59Z"));
        model.replaceWith(events, "12 events");
        timer.runDue();
    }

    TimelineBuckets bars() {
        return timeline.bucketsProperty().get();
    }

    @Test
    void withoutACustomRangeTheBarsSpanTheLoadedEvents() {
        assertThat(bars()).isSameAs(TimelineBuckets.NONE);
        assertThat(timeline.caption()).isEmpty();

        loadTenDays();

        assertThat(bars().step()).isEqualTo(TimelineStep.DAY);
        assertThat(bars().size()).isEqualTo(10);
        assertThat(bars().start(0)).isEqualTo(Instant.parse("2026-11-15T00:00:00Z"));
        assertThat(bars().total(5)).isEqualTo(3);
        assertThat(bars().count(2, 1)).as("the 17th failed").isEqualTo(1);
        assertThat(timeline.caption()).isEqualTo("Events per day, 15 Nov 2026 – 24 Nov 2026 UTC");
    }

    @Test
    void theBarsCountWhatTheFiltersLetThrough() {
        loadTenDays();
        model.filters().hasError().set(true);
        timer.advance(TrailTimeline.REFRESH);

        assertThat(bars().total()).isEqualTo(2);
        assertThat(bars().size()).as("the span stays that of what is loaded").isEqualTo(10);
    }

    @Test
    void clickingABarShowsItsEventsAndBackReturnsToTheRangeBefore() {
        loadTenDays();

        timeline.clicked(5.5 * 100, 1000); // the 20th, on a plot 1,000 px wide

        assertThat(model.rangeProperty().get()).isEqualTo(TimeRange.CUSTOM);
        assertThat(model.customStartProperty().get()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
        assertThat(model.customEndProperty().get()).isEqualTo(Instant.parse("2026-11-21T00:00:00Z"));
        assertThat(model.shown()).extracting(e -> e.time().toString()).containsExactlyInAnyOrder(
                "2026-11-20T10:00:00Z", "2026-11-20T11:00:00Z", "2026-11-20T23:59:59Z");
        assertThat(bars().step()).as("a day: its hours").isEqualTo(TimelineStep.HOUR);
        assertThat(bars().size()).isEqualTo(24);
        assertThat(timeline.canGoBackProperty().get()).isTrue();

        timeline.clicked(10.5 * 1000 / 24, 1000); // 10:00

        assertThat(model.customStartProperty().get()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
        assertThat(model.customEndProperty().get()).isEqualTo(Instant.parse("2026-11-20T11:00:00Z"));
        assertThat(model.shown()).hasSize(1);
        assertThat(bars().step()).isEqualTo(TimelineStep.MINUTE);

        timeline.back();
        assertThat(model.customStartProperty().get()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
        assertThat(model.shown()).hasSize(3);
        timeline.back();
        assertThat(model.rangeProperty().get()).as("the range chosen before").isEqualTo(TimeRange.LAST_WEEK);
        assertThat(model.customStartProperty().get()).isNull();
        assertThat(model.shown()).hasSize(12);
        assertThat(timeline.canGoBackProperty().get()).isFalse();
    }

    @Test
    void clickingABarWithoutEventsChangesNothing() {
        loadTenDays();
        timeline.clicked(5.5 * 100, 1000);
        timeline.clicked(3.5 * 1000 / 24, 1000); // 03:00 on the 20th: no event

        assertThat(model.customStartProperty().get()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
        timeline.back();
        assertThat(timeline.canGoBackProperty().get()).as("one narrowing to undo, not two").isFalse();
    }

    @Test
    void draggingAcrossBarsNarrowsToWholeBarsInEitherDirection() {
        loadTenDays();

        assertThat(timeline.spanAcross(250, 120, 1000)).isEqualTo(new TimeSpan(Instant.parse("2026-11-16T00:00:00Z"),
                Instant.parse("2026-11-18T00:00:00Z")));
        timeline.dragged(320, 470, 1000);

        assertThat(model.rangeProperty().get()).isEqualTo(TimeRange.CUSTOM);
        assertThat(model.customStartProperty().get()).isEqualTo(Instant.parse("2026-11-18T00:00:00Z"));
        assertThat(model.customEndProperty().get()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
        assertThat(model.shown()).extracting(e -> e.time().toString())
                .containsExactly("2026-11-19T10:00:00Z", "2026-11-18T10:00:00Z");
        assertThat(bars().step()).isEqualTo(TimelineStep.HOUR);
        assertThat(bars().size()).isEqualTo(48);
    }

    @Test
    void aNarrowingWithinACustomRangeNeverWidensIt() {
        loadTenDays();
        model.customStartProperty().set(Instant.parse("2026-11-20T10:30:00Z"));
        model.customEndProperty().set(Instant.parse("2026-11-21T00:00:00Z"));
        model.rangeProperty().set(TimeRange.CUSTOM);
        timer.advance(TrailTimeline.REFRESH);
        assertThat(bars().start(0)).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));

        timeline.dragged(0, 80, 1000); // the first two hours' bars

        assertThat(model.customStartProperty().get()).as("not 10:00").isEqualTo(Instant.parse("2026-11-20T10:30:00Z"));
        assertThat(model.customEndProperty().get()).isEqualTo(Instant.parse("2026-11-20T12:00:00Z"));
        assertThat(model.shown()).extracting(e -> e.time().toString()).containsExactly("2026-11-20T11:00:00Z");
    }

    @Test
    void choosingARangeByHandForgetsTheNarrowings() {
        loadTenDays();
        timeline.clicked(550, 1000);
        assertThat(timeline.canGoBackProperty().get()).isTrue();

        model.rangeProperty().set(TimeRange.LAST_90_DAYS);

        assertThat(timeline.canGoBackProperty().get()).isFalse();
        assertThat(model.shown()).as("a preset range filters nothing").hasSize(12);
    }

    @Test
    void theBarsStackBySourceWhenAsked() {
        model.replaceWith(List.of(ok("2026-11-20T10:00:00Z"), ok("2026-11-20T11:00:00Z").from(TrailOrigin.S3)), "2");
        timeline.stackProperty().set(TimelineStack.ORIGIN);

        assertThat(bars().stack()).as("at once").isEqualTo(TimelineStack.ORIGIN);
        assertThat(bars().layerTotal(TrailOrigin.S3.ordinal())).isEqualTo(1);
        assertThat(bars().layerTotal(TrailOrigin.LOOKUP.ordinal())).isEqualTo(1);
    }

    @Test
    void eventsArrivingOneByOneAreCountedAtMostFourTimesASecond() {
        int[] counts = {0};
        timeline.bucketsProperty().addListener((o, was, now) -> counts[0]++);
        model.add(List.of(ok("2026-11-20T10:00:00Z")));
        model.add(List.of(ok("2026-11-20T11:00:00Z")));
        assertThat(counts[0]).as("nothing until the UI thread's next turn").isZero();
        timer.runDue();
        assertThat(counts[0]).as("both at once").isEqualTo(1);
        assertThat(bars().total()).isEqualTo(2);

        for (int i = 0; i < 50; i++) {
            model.add(List.of(ok("2026-11-20T12:" + String.format("%02d", i) + ":00Z")));
            timer.advance(Duration.ofMillis(2));
        }
        assertThat(counts[0]).as("within the interval after the last count: none yet").isEqualTo(1);
        assertThat(timer.waiting()).isEqualTo(1);
        timer.advance(TrailTimeline.REFRESH);
        assertThat(counts[0]).isEqualTo(2);
        assertThat(bars().total()).isEqualTo(52);
        timer.advance(Duration.ofSeconds(5));
        assertThat(counts[0]).as("nothing changed since").isEqualTo(2);
    }

    @Test
    void theBarsAreDescribedInWords() {
        loadTenDays();

        assertThat(timeline.describe(5, 5)).isEqualTo("Fri 20 Nov 2026 UTC\n3 events: 2 succeeded, 1 failed");
        assertThat(timeline.describe(0, 1)).isEqualTo("15 Nov 2026 – 16 Nov 2026 UTC\n2 events: 2 succeeded");
        timeline.clicked(550, 1000);
        assertThat(timeline.describe(10, 10)).isEqualTo("20 Nov 2026 10:00 – 11:00 UTC\n1 event: 1 succeeded");
        assertThat(timeline.caption()).isEqualTo("Events per hour, Fri 20 Nov 2026 UTC");
        model.customEndProperty().set(Instant.parse("2026-11-21T02:30:00Z"));
        timer.advance(TrailTimeline.REFRESH);
        assertThat(timeline.caption()).isEqualTo("Events per hour, 20 Nov 2026 00:00 – 21 Nov 2026 02:30 UTC");
    }
}
