package io.mskconsole.core.trailathena;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.trail.RecordSink;
import io.mskconsole.core.trail.TrailEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A trail's history from Athena, the same for the window and {@code trail --athena}: the MSK query is run
 * ({@link AthenaRun}: its state and the data it scanned told as they change), and when it succeeds its results are
 * paged (GetQueryResults, the header row first) into events, told page by page, each event once (a trail's files
 * repeat records, and so does its table). A cancel stops the query, or stops paging and keeps what arrived. Blocking:
 * call it off the UI thread.
 */
public final class TrailAthenaRead {
    /** Told from the reading thread: a listener that touches a window hands over to its thread. */
    public interface Listener {
        void state(AthenaExecution execution);

        void events(List<TrailEvent> batch);
    }

    /**
     * @param rows       the result rows read (the header not counted)
     * @param skipped    rows that held no event (no id or time)
     * @param duplicates rows of an event already read
     * @param stopped    whether a cancel stopped the query or its paging
     * @param truncated  whether Athena had more than {@link AthenaQuery#MOST_ROWS} rows: the newest are kept
     */
    public record Result(List<TrailEvent> events, AthenaExecution execution, int rows, int skipped, int duplicates,
                         boolean stopped, boolean truncated) {
        public Result {
            events = List.copyOf(events);
        }

        /** "SUCCEEDED · 41 MB scanned · about USD 0.00019 · 1,204 events". */
        public String describe() {
            return execution.describe() + String.format(java.util.Locale.ROOT, " · %,d events", events.size())
                    + (duplicates == 0 ? "" : String.format(java.util.Locale.ROOT, " · %,d duplicates dropped",
                    duplicates)) + (skipped == 0 ? "" : " · " + skipped + " rows without an event")
                    + (truncated ? String.format(java.util.Locale.ROOT, " · only the newest %,d rows: narrow the "
                    + "range or the question", rows) : "");
        }
    }

    private final AthenaRun run;
    private final int mostRows;
    private RecordSink texts = RecordSink.HEAP;

    public TrailAthenaRead(AthenaRun run) {
        this(run, AthenaQuery.MOST_ROWS);
    }

    /** @param mostRows the most rows kept (the query asks one more, to tell there were more) */
    TrailAthenaRead(AthenaRun run, int mostRows) {
        this.run = Objects.requireNonNull(run, "run");
        this.mostRows = mostRows;
    }

    /** Puts the records' texts of the events read in the sink, a page at a time. @return this */
    public TrailAthenaRead keepingIn(RecordSink sink) {
        this.texts = Objects.requireNonNull(sink, "sink");
        return this;
    }

    /** @throws GatewayException when the query fails (with Athena's reason) or a call does */
    public Result read(AthenaQuery query, AthenaPlace place, Listener listener, Cancellation cancellation) {
        AthenaExecution execution = run.run(query, place, listener::state, cancellation);
        List<TrailEvent> events = new ArrayList<>();
        if (execution.state() == AthenaExecution.State.CANCELLED && cancellation.isCancelled()) {
            return new Result(events, execution, 0, 0, 0, true, false);
        }
        if (execution.state() != AthenaExecution.State.SUCCEEDED) {
            throw notRun(execution);
        }
        Set<String> seen = new HashSet<>();
        AthenaRows columns = null;
        int rows = 0;
        int skipped = 0;
        int duplicates = 0;
        String token = null;
        do {
            if (cancellation.isCancelled()) {
                return new Result(events, execution, rows, skipped, duplicates, true, false);
            }
            AthenaResultPage page = run.gateway().results(execution.id(), token);
            List<TrailEvent> batch = new ArrayList<>();
            for (List<String> row : page.rows()) {
                if (columns == null) {
                    columns = new AthenaRows(row);
                    continue;
                }
                if (rows == mostRows) {
                    batch = texts.keep(batch);
                    listener.events(batch);
                    events.addAll(batch);
                    return new Result(events, execution, rows, skipped, duplicates, false, true);
                }
                rows++;
                var event = columns.event(row);
                if (event.isEmpty()) {
                    skipped++;
                } else if (!seen.add(event.get().eventId())) {
                    duplicates++;
                } else {
                    batch.add(event.get());
                }
            }
            batch = texts.keep(batch);
            events.addAll(batch);
            if (!batch.isEmpty()) {
                listener.events(batch);
            }
            token = page.nextToken();
        } while (token != null);
        return new Result(events, execution, rows, skipped, duplicates, false, false);
    }

    /**
     * A query that failed, or that Athena cancelled itself (a work group's limit of data scanned per query): with
     * Athena's reason.
     */
    static GatewayException notRun(AthenaExecution execution) {
        String reason = execution.reason() == null ? "it gave no reason." : execution.reason();
        String what = execution.state() == AthenaExecution.State.CANCELLED ? "Athena cancelled the query ("
                + execution.id() + ") after scanning " + AthenaCost.size(execution.scannedBytes()) + ": " + reason
                + " A work group's limit of data scanned per query cancels a query so: narrow the range, or raise "
                + "the limit." : "Athena could not run the query (" + execution.id() + "): " + reason;
        return new GatewayException(Failure.BAD_REQUEST, "StartQueryExecution", what, execution.reason(), null);
    }
}
