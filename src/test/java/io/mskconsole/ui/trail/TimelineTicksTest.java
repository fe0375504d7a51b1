package io.mskconsole.ui.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class TimelineTicksTest {
    /** About the app's 11 px font: 6.5 px a character. */
    static final ToDoubleFunction<String> TEXT = label -> label.length() * 6.5;

    static TimelineBuckets bars(String from, String to) {
        return TimelineBuckets.of(List.of(), new TimeSpan(Instant.parse(from), Instant.parse(to)),
                TimelineStack.OUTCOME, ZoneOffset.UTC);
    }

    static List<String> labels(List<TimelineTicks.Tick> ticks) {
        return ticks.stream().map(TimelineTicks.Tick::label).toList();
    }

    /** No label runs into the next tick's, nor past the right edge. */
    static void apart(List<TimelineTicks.Tick> ticks, double width) {
        for (int i = 0; i < ticks.size(); i++) {
            double end = ticks.get(i).x() + TimelineTicks.PAD + TEXT.applyAsDouble(ticks.get(i).label());
            assertThat(end).as("label " + ticks.get(i).label() + " ends inside the plot").isLessThanOrEqualTo(width);
            if (i + 1 < ticks.size()) {
                assertThat(end + TimelineTicks.GAP).as(ticks.get(i).label() + " before " + ticks.get(i + 1).label())
                        .isLessThanOrEqualTo(ticks.get(i + 1).x());
            }
        }
    }

    @Test
    void aYearReadsInMonthsWithTheYearAtItsStart() {
        TimelineBuckets year = bars("2025-11-25T00:00:00Z", "2026-11-25T00:00:00Z");

        List<TimelineTicks.Tick> wide = TimelineTicks.of(year, ZoneOffset.UTC, 1380, TEXT);
        assertThat(labels(wide)).containsExactly("Dec", "2026", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                "Sep", "Oct", "Nov");
        apart(wide, 1380);

        List<TimelineTicks.Tick> narrow = TimelineTicks.of(year, ZoneOffset.UTC, 300, TEXT);
        assertThat(labels(narrow)).as("fewer months when narrow").hasSizeBetween(2, 6).contains("2026");
        apart(narrow, 300);
    }

    @Test
    void aWeekOfHoursShowsTimesAndTheDateAtEachMidnight() {
        TimelineBuckets week = bars("2026-11-18T00:00:00Z", "2026-11-25T00:00:00Z");

        List<TimelineTicks.Tick> wide = TimelineTicks.of(week, ZoneOffset.UTC, 1600, TEXT);
        assertThat(labels(wide)).startsWith("18 Nov", "06:00", "12:00", "18:00", "19 Nov");
        apart(wide, 1600);

        List<TimelineTicks.Tick> narrower = TimelineTicks.of(week, ZoneOffset.UTC, 800, TEXT);
        assertThat(labels(narrower)).startsWith("18 Nov", "12:00", "19 Nov");
        apart(narrower, 800);

        List<TimelineTicks.Tick> narrow = TimelineTicks.of(week, ZoneOffset.UTC, 500, TEXT);
        assertThat(labels(narrow)).as("days only").startsWith("18 Nov", "19 Nov", "20 Nov");
        apart(narrow, 500);
    }

    @Test
    void ticksStandOnBarEdgesAtRoundTimes() {
        TimelineBuckets hour = bars("2026-11-25T12:00:00Z", "2026-11-25T13:00:00Z");

        List<TimelineTicks.Tick> ticks = TimelineTicks.of(hour, ZoneOffset.UTC, 900, TEXT);

        assertThat(labels(ticks)).startsWith("12:00", "12:05", "12:10");
        assertThat(ticks.get(1).bar()).isEqualTo(5);
        assertThat(ticks.get(1).x()).isEqualTo(5 * 900 / 60.0);
        apart(ticks, 900);
    }

    @Test
    void everyRangeAndWidthKeepsItsLabelsApart() {
        String[][] spans = {{"2026-11-25T12:00:00Z", "2026-11-25T12:07:00Z"},
            {"2026-11-25T10:00:00Z", "2026-11-25T13:00:00Z"}, {"2026-11-24T00:00:00Z", "2026-11-26T00:00:00Z"},
            {"2026-08-27T00:00:00Z", "2026-11-25T00:00:00Z"}, {"2021-01-01T00:00:00Z", "2026-11-25T00:00:00Z"}};
        for (String[] span : spans) {
            for (double width : new double[] {120, 300, 700, 900, 1400, 2400}) {
                List<TimelineTicks.Tick> ticks = TimelineTicks.of(bars(span[0], span[1]), ZoneOffset.UTC, width, TEXT);
                apart(ticks, width);
                if (width >= 300) {
                    assertThat(ticks).as(span[0] + " at " + width).hasSizeGreaterThanOrEqualTo(2);
                }
            }
        }
    }
}
