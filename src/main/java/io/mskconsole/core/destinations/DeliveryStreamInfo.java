package io.mskconsole.core.destinations;

import java.util.Map;
import java.util.Objects;

/**
 * A Kinesis Data Firehose delivery stream as DescribeDeliveryStream and ListTagsForDeliveryStream give it.
 *
 * @param type   DeliveryStreamType: DirectPut, KinesisStreamAsSource, MSKAsSource, ...
 * @param status DeliveryStreamStatus: ACTIVE, CREATING, ...
 * @param tags   the stream's tags; empty and {@code tagsKnown} false when they could not be read
 */
public record DeliveryStreamInfo(String name, String arn, String type, String status, Map<String, String> tags,
                                 boolean tagsKnown) {
    public static final String DIRECT_PUT = "DirectPut";
    public static final String TAG_KEY = "LogDeliveryEnabled";

    public DeliveryStreamInfo {
        Objects.requireNonNull(name, "name");
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }

    public DeliveryStreamInfo(String name, String arn, String type, String status, Map<String, String> tags) {
        this(name, arn, type, status, tags, true);
    }

    /** False also when the type is not known: ask {@link #type()} for null first. */
    public boolean takesDirectPut() {
        return DIRECT_PUT.equals(type);
    }

    public boolean taggedForLogDelivery() {
        return "true".equalsIgnoreCase(tags.getOrDefault(TAG_KEY, ""));
    }
}
