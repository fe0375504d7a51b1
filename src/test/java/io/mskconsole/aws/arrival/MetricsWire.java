package io.mskconsole.aws.arrival;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CloudWatch's wire format as the SDK at 2.41.14 speaks it: Smithy RPC v2 CBOR, not the query protocol. Every call
 * is {@code POST /service/GraniteServiceVersion20100801/operation/<Operation>} with {@code smithy-protocol:
 * rpc-v2-cbor}, {@code Content-Type} and {@code Accept} {@code application/cbor}, {@code x-amzn-query-mode: true}
 * (CloudWatch is query-compatible: errors name their query code in {@code x-amzn-query-error}), SigV4 for the
 * service "monitoring"; the body is a CBOR map of the operation's input, timestamps as tag 1 around epoch seconds.
 */
final class MetricsWire {
    static final String GET_METRIC_DATA = "/service/GraniteServiceVersion20100801/operation/GetMetricData";
    static final String CBOR = "application/cbor";

    private MetricsWire() {
    }

    /** A map with its keys in the order given, as the SDK sends and CloudWatch answers them. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** One MetricDataQuery of a Firehose stream's metric, Sum by 5 minutes, as the gateway sends it. */
    static Map<String, Object> query(String id, String metric, String stream) {
        return query(id, metric, "Sum", stream);
    }

    /** One MetricDataQuery of a Firehose stream's metric by 5 minutes with the statistic given. */
    static Map<String, Object> query(String id, String metric, String statistic, String stream) {
        return map("Id", id, "MetricStat", map(
                        "Metric", map("Namespace", "AWS/Firehose", "MetricName", metric,
                                "Dimensions", List.of(map("Name", "DeliveryStreamName", "Value", stream))),
                        "Period", 300L, "Stat", statistic),
                "ReturnData", true);
    }

    /** One MetricDataResult: the periods' starts and values, newest first (ScanBy's default). */
    static Map<String, Object> result(String id, String label, List<Instant> timestamps, List<Double> values) {
        return map("Id", id, "Label", label, "Timestamps", timestamps, "Values", values, "StatusCode", "Complete");
    }

    static ResponseDefinitionBuilder answer(Map<String, Object> body) {
        return aResponse().withStatus(200).withHeader("Content-Type", CBOR).withHeader("smithy-protocol", "rpc-v2-cbor")
                .withHeader("x-amzn-RequestId", "9d6ec1a4-5f0e-4b61-8a3c-000000000001").withBody(Cbor.write(body));
    }

    /** An error as a query-compatible RPC v2 CBOR service sends it: __type and message, the query code in a header. */
    static ResponseDefinitionBuilder error(int status, String type, String queryCode, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", CBOR).withHeader("smithy-protocol", "rpc-v2-cbor")
                .withHeader("x-amzn-query-error", queryCode + ";Sender")
                .withHeader("x-amzn-RequestId", "9d6ec1a4-5f0e-4b61-8a3c-000000000002")
                .withBody(Cbor.write(map("__type", type, "message", message)));
    }
}
