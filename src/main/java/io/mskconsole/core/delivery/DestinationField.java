package io.mskconsole.core.delivery;

/** The editable fields of broker log delivery, each belonging to one destination. */
public enum DestinationField {
    LOG_GROUP(DestinationType.CLOUDWATCH_LOGS, "Log group", "LogGroup"),
    BUCKET(DestinationType.S3, "Bucket", "Bucket"),
    PREFIX(DestinationType.S3, "Prefix", "Prefix"),
    DELIVERY_STREAM(DestinationType.FIREHOSE, "Delivery stream", "DeliveryStream");

    private final DestinationType destination;
    private final String label;
    private final String cliName;

    DestinationField(DestinationType destination, String label, String cliName) {
        this.destination = destination;
        this.label = label;
        this.cliName = cliName;
    }

    public DestinationType destination() {
        return destination;
    }

    public String label() {
        return label;
    }

    /** The field's name in the AWS CLI's --logging-info JSON. */
    public String cliName() {
        return cliName;
    }
}
