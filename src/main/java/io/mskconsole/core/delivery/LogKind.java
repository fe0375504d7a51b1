package io.mskconsole.core.delivery;

/**
 * The kinds of log MSK delivers from a cluster's brokers, each to its own {@link LogDelivery}: the brokers' own logs,
 * and (since 2026-08) the authorizer's decisions.
 */
public enum LogKind {
    BROKER("Broker logs", "broker logs", "BrokerLogs"),
    AUTHORIZER("Authorizer logs", "authorizer logs", "AuthorizerLogs");

    private final String displayName;
    private final String noun;
    private final String cliName;

    LogKind(String displayName, String noun, String cliName) {
        this.displayName = displayName;
        this.noun = noun;
        this.cliName = cliName;
    }

    /** "Broker logs", as a heading. */
    public String displayName() {
        return displayName;
    }

    /** "broker logs", inside a sentence. */
    public String noun() {
        return noun;
    }

    /** The member of the AWS CLI's --logging-info document, e.g. "BrokerLogs". */
    public String cliName() {
        return cliName;
    }
}
