package io.mskconsole.core.trail;

import java.util.Comparator;
import java.util.function.Function;

/**
 * Orders for the browser's columns, fit for a million events: a column's value is taken from the event itself
 * (never through a table cell), and two events holding the same shared value ({@link Words}) compare equal at once,
 * without comparing the text: most pairs do, as the values repeat.
 */
public final class TrailColumns {
    private TrailColumns() {
    }

    /** The order of a text column, nulls first. */
    public static Comparator<TrailEvent> comparing(Function<TrailEvent, String> value) {
        return (a, b) -> {
            String x = value.apply(a);
            String y = value.apply(b);
            if (x == y) {
                return 0;
            }
            if (x == null || y == null) {
                return x == null ? -1 : 1;
            }
            return x.compareTo(y);
        };
    }
}
