package io.mskconsole.aws.arrival;

import io.mskconsole.aws.destinations.SdkCalls;
import io.mskconsole.aws.errors.AwsCall;
import io.mskconsole.aws.errors.AwsService;
import io.mskconsole.core.brokerlogs.InsightsQuery;
import io.mskconsole.core.brokerlogs.InsightsResults;
import io.mskconsole.core.brokerlogs.LogEvent;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.QueryStatistics;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResultField;

/**
 * Logs Insights over CloudWatch Logs for {@link AwsLogSources}: StartQuery on one log group, GetQueryResults, and
 * StopQuery. A result row becomes a {@link LogEvent} from its {@code @logStream}, {@code @timestamp} (Logs Insights
 * writes it {@code 2026-03-01 10:00:01.123}, in UTC) and {@code @message}; a row without a stream or a readable time
 * is left out (the query always asks for both). Failures are worded by {@code AwsFailures}, naming the IAM action.
 */
final class AwsLogsInsights {
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss").optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd().toFormatter();

    private final ArrivalClients clients;
    private final String region;
    private final String profile;

    AwsLogsInsights(ArrivalClients clients, String region, String profile) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.region = Objects.requireNonNull(region, "region");
        this.profile = profile;
    }

    String start(InsightsQuery query) {
        AwsCall where = call("StartQuery").forResource("log group", query.logGroup());
        return SdkCalls.call(where, () -> clients.logs(region), (CloudWatchLogsClient logs) -> logs.startQuery(
                r -> r.logGroupName(query.logGroup()).startTime(query.startSeconds()).endTime(query.endSeconds())
                        .queryString(query.text()).limit(query.limit())).queryId());
    }

    InsightsResults results(String queryId) {
        Objects.requireNonNull(queryId, "queryId");
        return SdkCalls.call(call("GetQueryResults"), () -> clients.logs(region),
                (CloudWatchLogsClient logs) -> results(logs.getQueryResults(r -> r.queryId(queryId))));
    }

    void stop(String queryId) {
        Objects.requireNonNull(queryId, "queryId");
        SdkCalls.call(call("StopQuery"), () -> clients.logs(region),
                (CloudWatchLogsClient logs) -> logs.stopQuery(r -> r.queryId(queryId)));
    }

    private static InsightsResults results(GetQueryResultsResponse answer) {
        List<LogEvent> events = new ArrayList<>();
        for (List<ResultField> row : answer.results()) {
            LogEvent event = event(row);
            if (event != null) {
                events.add(event);
            }
        }
        QueryStatistics statistics = answer.statistics();
        return new InsightsResults(status(answer.statusAsString()), events,
                statistics == null || statistics.bytesScanned() == null ? 0 : statistics.bytesScanned(),
                statistics == null || statistics.recordsScanned() == null ? 0 : statistics.recordsScanned(),
                statistics == null || statistics.recordsMatched() == null ? 0 : statistics.recordsMatched());
    }

    private static LogEvent event(List<ResultField> row) {
        String stream = null;
        String timestamp = null;
        String message = null;
        for (ResultField field : row) {
            switch (field.field() == null ? "" : field.field()) {
                case "@logStream" -> stream = field.value();
                case "@timestamp" -> timestamp = field.value();
                case "@message" -> message = field.value();
                default -> {
                }
            }
        }
        Instant time = time(timestamp);
        return stream == null || time == null ? null : new LogEvent(stream, time, message);
    }

    private static Instant time(String timestamp) {
        if (timestamp == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(timestamp.strip(), TIMESTAMP).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    /** GetQueryResults' status as written ("Complete"); UNKNOWN for none or one this version does not know. */
    private static InsightsResults.Status status(String written) {
        if (written == null) {
            return InsightsResults.Status.UNKNOWN;
        }
        for (InsightsResults.Status status : InsightsResults.Status.values()) {
            if (status.label().equalsIgnoreCase(written.strip())) {
                return status;
            }
        }
        return InsightsResults.Status.UNKNOWN;
    }

    private AwsCall call(String operation) {
        return AwsCall.of(AwsService.CLOUDWATCH_LOGS, operation, region, profile, null);
    }
}
