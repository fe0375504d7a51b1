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
 * The GetMetricData request for a delivery stream's intake and its delivery to S3 (AWS/Firehose, by 5-minute period,
 * dimension DeliveryStreamName: the Sum of IncomingRecords, IncomingBytes and DeliveryToS3.Records, the Average of
 * DeliveryToS3.Success), all in one call, and its reading.
 */
final class FirehoseMetrics {
    static final String NAMESPACE = "AWS/Firehose";
    static final String DIMENSION = "DeliveryStreamName";
    static final String RECORDS_METRIC = "IncomingRecords";
    static final String BYTES_METRIC = "IncomingBytes";
    static final String DELIVERED_METRIC = "DeliveryToS3.Records";
    static final String SUCCESS_METRIC = "DeliveryToS3.Success";
    static final String STAT = "Sum";
    static final String AVERAGE = "Average";
    static final Duration PERIOD = Duration.ofMinutes(5);
    /** The queries' ids (lower-case first letter, as GetMetricData requires). */
    static final String RECORDS = "records";
    static final String BYTES = "bytes";
    static final String DELIVERED = "delivered";
    static final String SUCCESS = "success";

    private FirehoseMetrics() {
    }

    static GetMetricDataRequest request(String deliveryStream, Instant from, Instant to) {
        return GetMetricDataRequest.builder()
                .metricDataQueries(query(RECORDS, RECORDS_METRIC, STAT, deliveryStream),
                        query(BYTES, BYTES_METRIC, STAT, deliveryStream),
                        query(DELIVERED, DELIVERED_METRIC, STAT, deliveryStream),
                        query(SUCCESS, SUCCESS_METRIC, AVERAGE, deliveryStream))
                .startTime(from).endTime(to).build();
    }

    private static MetricDataQuery query(String id, String metric, String statistic, String deliveryStream) {
        return MetricDataQuery.builder().id(id)
                .metricStat(stat -> stat.metric(m -> m.namespace(NAMESPACE).metricName(metric)
                                .dimensions(Dimension.builder().name(DIMENSION).value(deliveryStream).build()))
                        .period((int) PERIOD.toSeconds()).stat(statistic))
                .returnData(true).build();
    }

    /**
     * The sums of the intake, the end of the newest period with a record (its start plus 5 minutes, but never
     * after {@code to}: the newest period may still be running) or null, and the delivery to S3 (null where the
     * metric has no data point).
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
        MetricDataResult delivered = result(answer, DELIVERED);
        MetricDataResult success = result(answer, SUCCESS);
        return new StreamActivity(sum(records), sum(bytes), end == null || !end.isAfter(to) ? end : to,
                hasData(delivered) ? sum(delivered) : null, hasData(success) ? success.values().stream()
                .filter(v -> v != null).mapToDouble(Double::doubleValue).average().orElse(0) : null);
    }

    private static boolean hasData(MetricDataResult result) {
        return result != null && result.values().stream().anyMatch(v -> v != null);
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
