package io.mskconsole.core.destinations;

import java.util.Map;
import java.util.Objects;

/**
 * A Kinesis Data Firehose delivery stream as DescribeDeliveryStream and ListTagsForDeliveryStream give it.
 *
 * @param type   DeliveryStreamType: DirectPut, KinesisStreamAsSource, MSKAsSource, ...
 * @param status DeliveryStreamStatus: ACTIVE, CREATING, ...
 */
public record DeliveryStreamInfo(String name, String arn, String type, String status, Map<String, String> tags) {
    public static final String DIRECT_PUT = "DirectPut";
    public static final String TAG_KEY = "LogDeliveryEnabled";

    public DeliveryStreamInfo {
        Objects.requireNonNull(name, "name");
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }

    public boolean takesDirectPut() {
        return type == null || DIRECT_PUT.equals(type);
    }

    public boolean taggedForLogDelivery() {
        return "true".equalsIgnoreCase(tags.getOrDefault(TAG_KEY, ""));
    }
}
