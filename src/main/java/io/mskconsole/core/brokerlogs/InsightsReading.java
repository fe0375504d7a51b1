package io.mskconsole.core.brokerlogs;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.concurrent.Pause;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Runs one Logs Insights query to its end: StartQuery, then GetQueryResults every second (every two after the first
 * ten asks) until it is complete. A cancel stops the query (StopQuery), so that it does not run on and bill for
 * data nobody reads, and keeps what it had found; so does a GetQueryResults that fails. A query that fails, times out
 * or is cancelled by someone else is a {@link GatewayException} saying so.
 */
final class InsightsReading {
    static final Duration FIRST_POLLS = Duration.ofSeconds(1);
    static final Duration LATER_POLLS = Duration.ofSeconds(2);
    static final int QUICK_POLLS = 10;

    private final LogSourceGateway logs;
    private final Pause pause;

    InsightsReading(LogSourceGateway logs, Pause pause) {
        this.logs = logs;
        this.pause = pause;
    }

    /**
     * @param progress told where the query stands after each ask ("Logs Insights: Running, 1.2 MB scanned")
     * @param notes    gets what the reader says of the results (the data scanned, a stop)
     * @return the events found, in the query's order (newest first)
     */
    List<LogEvent> run(InsightsQuery query, Consumer<String> progress, List<String> notes,
                       Cancellation cancellation) {
        progress.accept("Starting a Logs Insights query of " + query.logGroup() + "…");
        String id = logs.startQuery(query);
        InsightsResults results = null;
        boolean ended = false;
        try {
            for (int asked = 0; ; asked++) {
                if (cancellation.isCancelled()) {
                    return stopped(id, results, notes);
                }
                results = logs.queryResults(id);
                progress.accept("Logs Insights: " + results.status().label() + ", " + bytes(results.bytesScanned())
                        + " scanned, " + count(results.recordsMatched()) + " events matched");
                if (results.status() == InsightsResults.Status.COMPLETE) {
                    ended = true;
                    notes.add("Logs Insights scanned " + bytes(results.bytesScanned()) + " (" + count(
                            results.recordsScanned()) + " events) of " + query.logGroup() + "; it bills by the data "
                            + "scanned.");
                    return results.events();
                }
                if (results.status().isFinal()) {
                    ended = true;
                    throw new GatewayException(Failure.UNKNOWN, "GetQueryResults", "The Logs Insights query of "
                            + query.logGroup() + " ended " + results.status().label() + endedWhy(results.status())
                            + " Query id: " + id + ".");
                }
                if (pause.pause(asked < QUICK_POLLS ? FIRST_POLLS : LATER_POLLS, cancellation)) {
                    return stopped(id, results, notes);
                }
            }
        } catch (RuntimeException failed) {
            if (!ended) { // GetQueryResults failed (throttled, dropped, signed out): the query must not run on unread
                stopQuietly(id);
            }
            throw failed;
        }
    }

    private void stopQuietly(String id) {
        try {
            logs.stopQuery(id);
        } catch (RuntimeException alreadyEnded) {
            // it may have ended meanwhile, or the same failure stops this call too: the query then times out on its own
        }
    }

    private List<LogEvent> stopped(String id, InsightsResults results, List<String> notes) {
        try {
            logs.stopQuery(id);
            notes.add("Stopped: the Logs Insights query was stopped; what it had found is shown.");
        } catch (GatewayException failed) {
            notes.add("Stopped, but the Logs Insights query could not be stopped (" + failed.getMessage() + "): it"
                    + " runs on until it ends. Query id: " + id + ".");
        }
        return results == null ? List.of() : results.events();
    }

    private static String endedWhy(InsightsResults.Status status) {
        return switch (status) {
            case TIMEOUT -> ": it ran longer than Logs Insights allows. Narrow the time range and try again.";
            case CANCELLED -> ": someone stopped it (StopQuery) before it ended.";
            case FAILED -> ": Logs Insights could not run it. Try again, or read with FilterLogEvents instead.";
            default -> ".";
        };
    }

    static String bytes(double bytes) {
        if (bytes < 1024) {
            return String.format(Locale.ROOT, "%.0f bytes", bytes);
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes / 1024;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    private static String count(double records) {
        return String.format(Locale.ROOT, "%,.0f", records);
    }
}
