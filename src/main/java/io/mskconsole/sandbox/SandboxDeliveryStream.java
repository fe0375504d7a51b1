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

    String arn() {
        return "arn:aws:firehose:" + region + ":" + SandboxData.ACCOUNT_ID + ":deliverystream/" + name;
    }

    DeliveryStreamInfo info() {
        return new DeliveryStreamInfo(name, arn(), type, status, tags);
    }
}
