package io.mskconsole.sandbox;

import io.mskconsole.core.destinations.DeliveryStreamInfo;
import java.util.Map;
import java.util.Objects;

/** A Kinesis Data Firehose delivery stream of one Sandbox region, with its type, status and tags. */
record SandboxDeliveryStream(String region, String name, String type, String status, Map<String, String> tags) {
    static final String ACTIVE = "ACTIVE";
    static final String KINESIS_STREAM_AS_SOURCE = "KinesisStreamAsSource";

    SandboxDeliveryStream {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(name, "name");
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }

    String arn(String accountId) {
        return "arn:aws:firehose:" + region + ":" + accountId + ":deliverystream/" + name;
    }

    DeliveryStreamInfo info(String accountId) {
        return new DeliveryStreamInfo(name, arn(accountId), type, status, tags);
    }
}
