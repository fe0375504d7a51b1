package io.mskconsole.ui.logging;

import io.mskconsole.core.logging.DestinationType;
import io.mskconsole.core.logging.LogDelivery;
import io.mskconsole.core.logging.LogKind;
import io.mskconsole.core.logging.LoggingInfo;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The editable log delivery of a cluster: broker logs and authorizer logs, each a {@link LogDeliveryDraft}. Its value
 * gives authorizer logs when the settings loaded gave them or any of their destinations is on, so a cluster without
 * authorizer logs whose person leaves them off reads back exactly as it was loaded.
 */
public final class LoggingDraft {
    private final LogDeliveryDraft broker = new LogDeliveryDraft();
    private final LogDeliveryDraft authorizer = new LogDeliveryDraft();
    /** Whether the settings last loaded gave authorizer logs. */
    private final BooleanProperty authorizerGiven = new SimpleBooleanProperty();
    private final ObjectBinding<LoggingInfo> value;
    private final BooleanBinding valid;

    public LoggingDraft() {
        value = Bindings.createObjectBinding(this::read, broker.valueBinding(), authorizer.valueBinding(),
                authorizerGiven);
        valid = broker.validBinding().and(authorizer.validBinding());
    }

    private LoggingInfo read() {
        LogDelivery authorizerLogs = authorizer.value();
        boolean gives = authorizerGiven.get() || authorizerLogs.anyEnabled();
        return new LoggingInfo(broker.value(), gives ? authorizerLogs : null);
    }

    /** Replaces every field with the given settings; authorizer logs not given load as all off. */
    public void load(LoggingInfo logging) {
        broker.load(logging.brokerLogs());
        authorizer.load(logging.delivery(LogKind.AUTHORIZER));
        authorizerGiven.set(logging.hasAuthorizerLogs());
    }

    /**
     * Loads a --logging-info document as {@code logging apply} reads it: broker logs replaced, authorizer logs
     * replaced only when the document gives them (otherwise left as they stand).
     */
    public void loadDocument(LoggingInfo document) {
        broker.load(document.brokerLogs());
        if (document.hasAuthorizerLogs()) {
            authorizer.load(document.authorizerLogs());
        }
    }

    /** Puts a destination picked from the region's listing into that kind's field, and turns it on. */
    public void usePicked(LogKind kind, DestinationType type, String name) {
        delivery(kind).usePicked(type, name);
    }

    public LogDeliveryDraft delivery(LogKind kind) {
        return kind == LogKind.BROKER ? broker : authorizer;
    }

    public LogDeliveryDraft broker() {
        return broker;
    }

    public LogDeliveryDraft authorizer() {
        return authorizer;
    }

    public ObjectBinding<LoggingInfo> valueBinding() {
        return value;
    }

    public LoggingInfo value() {
        return value.get();
    }

    /** True while no field of either kind breaks a rule. */
    public BooleanBinding validBinding() {
        return valid;
    }
}
