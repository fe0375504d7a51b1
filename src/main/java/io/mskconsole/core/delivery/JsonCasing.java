package io.mskconsole.core.delivery;

/** The two spellings of the same JSON: the AWS CLI's PascalCase and the MSK API's camelCase. */
public enum JsonCasing {
    /** {@code BrokerLogs}, {@code CloudWatchLogs}, {@code Enabled}: what {@code aws kafka ... --logging-info} takes. */
    CLI,
    /** {@code brokerLogs}, {@code cloudWatchLogs}, {@code enabled}: what the REST API sends and returns. */
    API;

    /** The member name in this casing, given its PascalCase spelling. */
    public String name(String pascalCase) {
        if (this == CLI) {
            return pascalCase;
        }
        return pascalCase.equals("S3") ? "s3" : Character.toLowerCase(pascalCase.charAt(0)) + pascalCase.substring(1);
    }
}
