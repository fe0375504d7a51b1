package io.mskconsole.core.delivery;

/** Broker logs to a Kinesis Data Firehose delivery stream. */
public record FirehoseDestination(boolean enabled, String deliveryStream) {
    public static final FirehoseDestination OFF = new FirehoseDestination(false, null);

    public FirehoseDestination {
        deliveryStream = Text.blankToNull(deliveryStream);
    }

    public static FirehoseDestination to(String deliveryStream) {
        return new FirehoseDestination(true, deliveryStream);
    }

    /** What is sent: the stream only while enabled. */
    public FirehoseDestination forRequest() {
        return enabled ? this : OFF;
    }
}
