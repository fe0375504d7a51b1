package io.mskconsole.aws.arrival;

import io.mskconsole.core.arrival.StreamActivity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;

/**
 * The GetMetricData request for a delivery stream's intake (AWS/Firehose IncomingRecords and IncomingBytes, Sum by
 * 5-minute period, dimension DeliveryStreamName) and its reading.
 */
final class FirehoseMetrics {
    static final String NAMESPACE = "AWS/Firehose";
    static final String DIMENSION = "DeliveryStreamName";
    static final String RECORDS_METRIC = "IncomingRecords";
    static final String BYTES_METRIC = "IncomingBytes";
    static final String STAT = "Sum";
    static final Duration PERIOD = Duration.ofMinutes(5);
    /** The queries' ids (lower-case first letter, as GetMetricData requires). */
    static final String RECORDS = "records";
    static final String BYTES = "bytes";

    private FirehoseMetrics() {
    }

    static GetMetricDataRequest request(String deliveryStream, Instant from, Instant to) {
        return GetMetricDataRequest.builder()
                .metricDataQueries(query(RECORDS, RECORDS_METRIC, deliveryStream),
                        query(BYTES, BYTES_METRIC, deliveryStream))
                .startTime(from).endTime(to).build();
    }

    private static MetricDataQuery query(String id, String metric, String deliveryStream) {
        return MetricDataQuery.builder().id(id)
                .metricStat(stat -> stat.metric(m -> m.namespace(NAMESPACE).metricName(metric)
                                .dimensions(Dimension.builder().name(DIMENSION).value(deliveryStream).build()))
                        .period((int) PERIOD.toSeconds()).stat(STAT))
                .returnData(true).build();
    }

    /**
     * The sums of both metrics, and the end of the newest period with a record (its start plus 5 minutes, but never
     * after {@code to}: the newest period may still be running), or null.
     */
    static StreamActivity activity(GetMetricDataResponse answer, Instant to) {
        MetricDataResult records = result(answer, RECORDS);
        MetricDataResult bytes = result(answer, BYTES);
        Instant newest = null;
        if (records != null) {
            List<Instant> times = records.timestamps();
            List<Double> values = records.values();
            for (int i = 0; i < Math.min(times.size(), values.size()); i++) {
                Double value = values.get(i);
                Instant start = times.get(i);
                if (value != null && value > 0 && start != null && (newest == null || start.isAfter(newest))) {
                    newest = start;
                }
            }
        }
        Instant end = newest == null ? null : newest.plus(PERIOD);
        return new StreamActivity(sum(records), sum(bytes), end == null || !end.isAfter(to) ? end : to);
    }

    private static MetricDataResult result(GetMetricDataResponse answer, String id) {
        return answer.metricDataResults().stream().filter(r -> id.equals(r.id())).findFirst().orElse(null);
    }

    private static long sum(MetricDataResult result) {
        if (result == null) {
            return 0;
        }
        double total = result.values().stream().filter(v -> v != null && v > 0).mapToDouble(Double::doubleValue)
                .sum();
        return Math.round(total);
    }
}
