package io.mskconsole.core.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A cluster's log delivery, the {@code loggingInfo} of the MSK API: broker logs (always there when logging info is
 * sent) and authorizer logs, each a {@link LogDelivery}.
 *
 * <p>{@code authorizerLogs} is null when it is not given: a cluster that reports none, or a document that leaves it
 * out, which in a change means "leave the cluster's as it is" (see {@link #resolvedAgainst(LoggingInfo)}). An absent
 * delivery and one with every destination off deliver the same: nothing.
 */
public record LoggingInfo(LogDelivery brokerLogs, LogDelivery authorizerLogs) {
    public static final LoggingInfo NONE = new LoggingInfo(LogDelivery.NONE, null);

    public LoggingInfo {
        brokerLogs = Objects.requireNonNullElse(brokerLogs, LogDelivery.NONE);
    }

    /** Broker logs only; authorizer logs not given. */
    public static LoggingInfo of(LogDelivery brokerLogs) {
        return new LoggingInfo(brokerLogs, null);
    }

    public boolean hasAuthorizerLogs() {
        return authorizerLogs != null;
    }

    /** The delivery of one kind; authorizer logs not given deliver nowhere. */
    public LogDelivery delivery(LogKind kind) {
        return switch (kind) {
            case BROKER -> brokerLogs;
            case AUTHORIZER -> authorizerLogs == null ? LogDelivery.NONE : authorizerLogs;
        };
    }

    /** Whether this gives the delivery of that kind (broker logs always; authorizer logs when not null). */
    public boolean gives(LogKind kind) {
        return kind == LogKind.BROKER || authorizerLogs != null;
    }

    public LoggingInfo withBrokerLogs(LogDelivery value) {
        return new LoggingInfo(value, authorizerLogs);
    }

    public LoggingInfo withAuthorizerLogs(LogDelivery value) {
        return new LoggingInfo(brokerLogs, value);
    }

    /** The settings as they are sent: names dropped from disabled destinations. */
    public LoggingInfo forRequest() {
        return new LoggingInfo(brokerLogs.forRequest(), authorizerLogs == null ? null : authorizerLogs.forRequest());
    }

    /**
     * What this change means for a cluster whose delivery is {@code current}: authorizer logs not given are kept as
     * the cluster has them; authorizer logs all off for a cluster that reports none stay not given, so a request
     * never names a member the cluster did not have only to say "off".
     */
    public LoggingInfo resolvedAgainst(LoggingInfo current) {
        LogDelivery authorizer = authorizerLogs == null ? current.authorizerLogs() : authorizerLogs;
        if (current.authorizerLogs() == null && authorizer != null && !authorizer.anyEnabled()) {
            authorizer = null;
        }
        return new LoggingInfo(brokerLogs, authorizer);
    }

    /** Whether sending {@code other} would deliver the same, comparing what is sent, kind by kind. */
    public boolean sameDeliveryAs(LoggingInfo other) {
        for (LogKind kind : LogKind.values()) {
            if (!delivery(kind).sameDeliveryAs(other.delivery(kind))) {
                return false;
            }
        }
        return true;
    }

    /** The kinds delivered somewhere. */
    public List<LogKind> enabledKinds() {
        List<LogKind> kinds = new ArrayList<>();
        for (LogKind kind : LogKind.values()) {
            if (delivery(kind).anyEnabled()) {
                kinds.add(kind);
            }
        }
        return List.copyOf(kinds);
    }
}
