package io.mskconsole.sandbox;

import io.mskconsole.core.brokerlogs.InsightsResults;
import io.mskconsole.core.brokerlogs.LogEvent;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Sandbox's Logs Insights queries of one region: each is answered "Running" (nothing found yet, a third
 * scanned) on its first GetQueryResults and "Complete" with everything after, as a real query that takes a moment;
 * a query stopped before it completed stays "Cancelled" with what it had. An id it never gave is NOT_FOUND, as Logs Insights answers.
 */
final class SandboxInsights {
    private record Query(List<LogEvent> events, double bytes, double records, int asked, boolean stopped) {
    }

    private final Map<String, Query> queries = new HashMap<>();
    private int started;

    /** A query that found these events (newest first) having scanned so many bytes and events; its id. */
    synchronized String start(List<LogEvent> events, double bytes, double records) {
        String id = String.format("5a1b2c3d-0000-4000-8000-%012d", ++started);
        queries.put(id, new Query(List.copyOf(events), bytes, records, 0, false));
        return id;
    }

    synchronized InsightsResults results(String id) {
        Query query = known(id, "GetQueryResults");
        queries.put(id, new Query(query.events(), query.bytes(), query.records(), query.asked() + 1,
                query.stopped()));
        if (query.stopped()) {
            return new InsightsResults(InsightsResults.Status.CANCELLED, List.of(), query.bytes() / 3,
                    query.records() / 3, 0);
        }
        if (query.asked() == 0) {
            return new InsightsResults(InsightsResults.Status.RUNNING, List.of(), query.bytes() / 3,
                    query.records() / 3, 0);
        }
        return new InsightsResults(InsightsResults.Status.COMPLETE, query.events(), query.bytes(), query.records(),
                query.events().size());
    }

    synchronized void stop(String id) {
        Query query = known(id, "StopQuery");
        if (query.asked() > 0) { // complete: nothing to stop
            return;
        }
        queries.put(id, new Query(query.events(), query.bytes(), query.records(), query.asked(), true));
    }

    private Query known(String id, String operation) {
        Query query = id == null ? null : queries.get(id);
        if (query == null) {
            throw new GatewayException(Failure.NOT_FOUND, operation, "The Sandbox has no Logs Insights query " + id
                    + ".", "Query does not exist.", null);
        }
        return query;
    }
}
