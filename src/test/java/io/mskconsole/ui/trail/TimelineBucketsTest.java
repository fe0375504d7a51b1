package io.mskconsole.ui.trail;

import static io.mskconsole.ui.trail.TimelineEvents.event;
import static io.mskconsole.ui.trail.TimelineEvents.failed;
import static io.mskconsole.ui.trail.TimelineEvents.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailOrigin;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineBucketsTest {
    static final ZoneId UTC = ZoneOffset.UTC;

    static TimeSpan span(String from, String to) {
        return new TimeSpan(Instant.parse(from), Instant.parse(to));
    }

    @Test
    void theBarsAreMinutesUpToThreeHoursHoursUpToSevenDaysAndDaysBeyond() {
        assertThat(TimelineStep.forLength(Duration.ofHours(1))).isEqualTo(TimelineStep.MINUTE);
        assertThat(TimelineStep.forLength(Duration.ofHours(3))).isEqualTo(TimelineStep.MINUTE);
        assertThat(TimelineStep.forLength(Duration.ofHours(3).plusSeconds(1))).isEqualTo(TimelineStep.HOUR);
        assertThat(TimelineStep.forLength(Duration.ofDays(1))).isEqualTo(TimelineStep.HOUR);
        assertThat(TimelineStep.forLength(Duration.ofDays(7))).as("the last 7 days: 168 bars")
                .isEqualTo(TimelineStep.HOUR);
        assertThat(TimelineStep.forLength(Duration.ofDays(7).plusSeconds(1))).isEqualTo(TimelineStep.DAY);
        assertThat(TimelineStep.forLength(Duration.ofDays(365))).isEqualTo(TimelineStep.DAY);

        TimelineBuckets week = TimelineBuckets.of(List.of(), span("2026-11-18T12:00:00Z", "2026-11-25T12:00:00Z"),
                TimelineStack.OUTCOME, UTC);
        assertThat(week.step()).isEqualTo(TimelineStep.HOUR);
        assertThat(week.size()).isEqualTo(168);
        TimelineBuckets year = TimelineBuckets.of(List.of(), span("2025-11-25T12:00:00Z", "2026-11-25T12:00:00Z"),
                TimelineStack.OUTCOME, UTC);
        assertThat(year.step()).isEqualTo(TimelineStep.DAY);
        assertThat(year.size()).as("a year and the day it ends in").isEqualTo(366);
        assertThat(year.start(0)).isEqualTo(Instant.parse("2025-11-25T00:00:00Z"));
        assertThat(year.end(365)).isEqualTo(Instant.parse("2026-11-26T00:00:00Z"));
    }

    @Test
    void barsStartOnWholeHoursOfUtcAndAnEventOnAnEdgeBelongsToTheBarItStarts() {
        List<TrailEvent> events = List.of(ok("2026-11-25T12:00:00Z"), ok("2026-11-25T12:59:59.999Z"),
                ok("2026-11-25T13:00:00Z"), ok("2026-11-25T10:30:00Z"));
        TimelineBuckets buckets = TimelineBuckets.of(events, span("2026-11-25T10:20:00Z", "2026-11-25T14:10:00Z"),
                TimelineStack.OUTCOME, UTC);

        assertThat(buckets.step()).isEqualTo(TimelineStep.HOUR);
        assertThat(buckets.size()).as("10:00 to 15:00, rounded out").isEqualTo(5);
        assertThat(buckets.start(0)).isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
        assertThat(buckets.end(4)).isEqualTo(Instant.parse("2026-11-25T15:00:00Z"));
        assertThat(buckets.total(0)).isEqualTo(1);
        assertThat(buckets.total(2)).as("12:00 and 12:59:59.999").isEqualTo(2);
        assertThat(buckets.total(3)).as("13:00 starts the next bar").isEqualTo(1);
        assertThat(buckets.max()).isEqualTo(2);
        assertThat(buckets.total()).isEqualTo(4);
    }

    @Test
    void daysStartAtMidnightUtcWhateverTheZoneOfTheMachine() {
        List<TrailEvent> events = List.of(ok("2026-11-24T23:59:59Z"), ok("2026-11-25T00:00:00Z"),
                ok("2026-11-25T23:30:00Z"));
        TimelineBuckets buckets = TimelineBuckets.of(events, span("2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z"),
                TimelineStack.OUTCOME, UTC);

        assertThat(buckets.step()).isEqualTo(TimelineStep.DAY);
        assertThat(buckets.size()).isEqualTo(30);
        assertThat(buckets.total(23)).isEqualTo(1);
        assertThat(buckets.start(24)).isEqualTo(Instant.parse("2026-11-25T00:00:00Z"));
        assertThat(buckets.total(24)).isEqualTo(2);

        TimelineBuckets tokyo = TimelineBuckets.of(events, span("2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z"),
                TimelineStack.OUTCOME, ZoneId.of("Asia/Tokyo"));
        assertThat(tokyo.start(0)).as("another zone: its midnights").isEqualTo(Instant.parse("2026-10-31T15:00:00Z"));
    }

    @Test
    void stackedByOutcomeAnErrorCodeMeansFailed() {
        List<TrailEvent> events = List.of(ok("2026-11-25T12:10:00Z"), failed("2026-11-25T12:20:00Z"),
                failed("2026-11-25T12:30:00Z"), ok("2026-11-25T14:00:00Z"));
        TimelineBuckets buckets = TimelineBuckets.of(events, span("2026-11-25T00:00:00Z", "2026-11-26T00:00:00Z"),
                TimelineStack.OUTCOME, UTC);

        assertThat(buckets.count(12, 0)).as("succeeded").isEqualTo(1);
        assertThat(buckets.count(12, 1)).as("failed").isEqualTo(2);
        assertThat(buckets.count(14, 0)).isEqualTo(1);
        assertThat(buckets.layerTotal(0)).isEqualTo(2);
        assertThat(buckets.layerTotal(1)).isEqualTo(2);
        assertThat(TimelineWords.counts(buckets, 12, 12)).isEqualTo("3 events: 1 succeeded, 2 failed");
        assertThat(TimelineWords.counts(buckets, 12, 14)).isEqualTo("4 events: 2 succeeded, 2 failed");
        assertThat(TimelineWords.counts(buckets, 13, 13)).isEqualTo("No events");
    }

    @Test
    void stackedBySourceEachOriginIsALayer() {
        List<TrailEvent> events = List.of(event("2026-11-25T12:10:00Z", null, TrailOrigin.LOOKUP),
                event("2026-11-25T12:20:00Z", "AccessDenied", TrailOrigin.S3),
                event("2026-11-25T12:30:00Z", null, TrailOrigin.S3),
                event("2026-11-25T12:40:00Z", null, TrailOrigin.FILES),
                event("2026-11-25T13:40:00Z", null, TrailOrigin.ATHENA));
        TimelineBuckets buckets = TimelineBuckets.of(events, span("2026-11-25T00:00:00Z", "2026-11-26T00:00:00Z"),
                TimelineStack.ORIGIN, UTC);

        assertThat(TimelineStack.ORIGIN.layers()).containsExactly("LookupEvents", "Files on disk",
                "Trail files in S3", "Athena");
        assertThat(buckets.count(12, TrailOrigin.LOOKUP.ordinal())).isEqualTo(1);
        assertThat(buckets.count(12, TrailOrigin.FILES.ordinal())).isEqualTo(1);
        assertThat(buckets.count(12, TrailOrigin.S3.ordinal())).as("failed or not").isEqualTo(2);
        assertThat(buckets.count(13, TrailOrigin.ATHENA.ordinal())).isEqualTo(1);
        assertThat(TimelineWords.counts(buckets, 12, 12))
                .isEqualTo("4 events: 1 from LookupEvents, 1 from Files on disk, 2 from Trail files in S3");
    }

    @Test
    void noEventsMakesEmptyBarsOverTheSpan() {
        TimelineBuckets buckets = TimelineBuckets.of(List.of(), span("2026-11-25T00:00:00Z", "2026-11-26T00:00:00Z"),
                TimelineStack.OUTCOME, UTC);

        assertThat(buckets.size()).isEqualTo(24);
        assertThat(buckets.total()).isZero();
        assertThat(buckets.max()).isZero();
        assertThat(TimelineBuckets.NONE.size()).isZero();
        assertThat(TimelineBuckets.NONE.barAt(10, 100)).isEqualTo(-1);
    }

    @Test
    void eventsOutsideTheSpanAreLeftOutEvenInsideItsRoundedBars() {
        List<TrailEvent> events = List.of(ok("2026-11-25T10:10:00Z"), ok("2026-11-25T10:40:00Z"),
                ok("2026-11-25T14:00:00Z"), ok("2026-11-20T00:00:00Z"), ok("2026-11-25T11:00:00Z"));
        TimelineBuckets buckets = TimelineBuckets.of(events, span("2026-11-25T10:30:00Z", "2026-11-25T14:00:00Z"),
                TimelineStack.OUTCOME, UTC);

        assertThat(buckets.total()).as("10:40 and 11:00").isEqualTo(2);
        assertThat(buckets.outside()).isEqualTo(3);
        assertThat(buckets.total(0)).isEqualTo(1);
    }

    @Test
    void pixelsMapToBarsAndBarsToTheirTimeWithinTheSpanAsked() {
        TimelineBuckets buckets = TimelineBuckets.of(List.of(), span("2026-11-25T10:30:00Z", "2026-11-25T14:00:00Z"),
                TimelineStack.OUTCOME, UTC);

        assertThat(buckets.size()).isEqualTo(4);
        assertThat(buckets.barAt(0, 400)).isZero();
        assertThat(buckets.barAt(99.9, 400)).isZero();
        assertThat(buckets.barAt(100, 400)).isEqualTo(1);
        assertThat(buckets.barAt(399.9, 400)).isEqualTo(3);
        assertThat(buckets.barAt(-20, 400)).as("left of the plot: the first bar").isZero();
        assertThat(buckets.barAt(520, 400)).as("right of it: the last").isEqualTo(3);
        assertThat(buckets.spanOf(0, 0)).as("the first bar, from where the span starts")
                .isEqualTo(span("2026-11-25T10:30:00Z", "2026-11-25T11:00:00Z"));
        assertThat(buckets.spanOf(2, 1)).isEqualTo(span("2026-11-25T11:00:00Z", "2026-11-25T13:00:00Z"));
        assertThat(buckets.barsOf(0, 0)).isEqualTo(span("2026-11-25T10:00:00Z", "2026-11-25T11:00:00Z"));
    }

    @Test
    void aHundredThousandEventsAreCountedInOnePass() {
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        List<TrailEvent> events = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            events.add(TimelineEvents.event(now.minusSeconds(i * 311L), i % 10 == 0 ? "AccessDenied" : null,
                    TrailOrigin.S3));
        }
        TimelineBuckets buckets = TimelineBuckets.of(events, new TimeSpan(now.minus(Duration.ofDays(365)),
                now.plusSeconds(1)), TimelineStack.OUTCOME, UTC);

        assertThat(buckets.total()).isEqualTo(100_000);
        assertThat(buckets.layerTotal(1)).isEqualTo(10_000);
        assertThat(buckets.size()).isEqualTo(366);
    }
}
