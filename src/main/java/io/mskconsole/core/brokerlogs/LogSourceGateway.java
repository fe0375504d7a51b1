package io.mskconsole.core.brokerlogs;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/**
 * What the log viewer reads in one account and region. Implemented over the AWS SDK and by the Sandbox. Every
 * method may throw {@link io.mskconsole.core.errors.GatewayException}.
 */
public interface LogSourceGateway {
    String region();

    /**
     * One page of the group's events between the two times ({@code from} inclusive, {@code to} exclusive: an
     * adapter over FilterLogEvents, whose endTime is inclusive, asks until the millisecond before), at most
     * {@code limit} (1 to 10,000), from the streams named (all when empty), matching the CloudWatch Logs filter
     * pattern (none when null), continuing after {@code nextToken} (null for the first page). A page may be empty
     * and still carry a token (CloudWatch Logs searches a range in parts): read on until the token is null.
     */
    LogEventPage events(String logGroup, List<String> streams, Instant from, Instant to, String filterPattern,
                        String nextToken, int limit);

    /**
     * The object's bytes as S3 stores them (GetObject), streamed: the caller reads as much as it needs and closes it.
     * For the delivery's {@code .log.gz} objects the bytes are gzip; nothing is decompressed here.
     */
    InputStream open(String bucket, String key);

    /** Starts a Logs Insights query (StartQuery) and gives its id. */
    String startQuery(InsightsQuery query);

    /** Where the query stands (GetQueryResults): its status, its results so far and what it scanned. */
    InsightsResults queryResults(String queryId);

    /** Stops a query still running (StopQuery); a query already ended is left as it is. */
    void stopQuery(String queryId);
}
