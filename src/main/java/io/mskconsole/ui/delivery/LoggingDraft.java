package io.mskconsole.ui.delivery;

import io.mskconsole.core.delivery.DestinationType;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.delivery.LoggingInfo;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The editable log delivery of a cluster: broker logs and authorizer logs, each a {@link LogDeliveryDraft}, and the
 * settings they started from (the baseline: as loaded, or as last applied).
 *
 * <p>{@link #value()} is the whole delivery as the fields stand, authorizer logs given when the baseline gave them or
 * any of their destinations is on (what a new cluster gets, what Export writes). {@link #change()} is what an update
 * of an existing cluster sends: authorizer logs only when they were edited, so an update that touched broker logs
 * alone keeps the cluster's authorizer logs as they are when it is sent, even if someone changed them meanwhile.
 */
public final class LoggingDraft {
    private final LogDeliveryDraft broker = new LogDeliveryDraft();
    private final LogDeliveryDraft authorizer = new LogDeliveryDraft();
    private final ObjectProperty<LoggingInfo> baseline = new SimpleObjectProperty<>(LoggingInfo.NONE);
    private final ObjectBinding<LoggingInfo> value;
    private final BooleanBinding edited;
    private final BooleanBinding valid;

    public LoggingDraft() {
        value = Bindings.createObjectBinding(this::read, broker.valueBinding(), authorizer.valueBinding(), baseline);
        edited = Bindings.createBooleanBinding(() -> !value.get().equals(baseline.get()), value, baseline);
        valid = broker.validBinding().and(authorizer.validBinding());
    }

    private LoggingInfo read() {
        LogDelivery authorizerLogs = authorizer.value();
        boolean gives = baseline.get().hasAuthorizerLogs() || authorizerLogs.anyEnabled();
        return new LoggingInfo(broker.value(), gives ? authorizerLogs : null);
    }

    private boolean authorizerEdited() {
        return !authorizer.value().sameDeliveryAs(baseline.get().delivery(LogKind.AUTHORIZER));
    }

    /** The settings the fields started from: as loaded, or as last applied. */
    public LoggingInfo baseline() {
        return baseline.get();
    }

    /** Replaces every field with the given settings, which become the baseline. */
    public void load(LoggingInfo logging) {
        broker.load(logging.brokerLogs());
        authorizer.load(logging.delivery(LogKind.AUTHORIZER));
        baseline.set(logging);
    }

    /** The fields as they stand become the baseline (after they were applied); the fields do not change. */
    public void rebase() {
        baseline.set(value.get());
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

    /** The whole delivery as the fields stand. */
    public ObjectBinding<LoggingInfo> valueBinding() {
        return value;
    }

    public LoggingInfo value() {
        return value.get();
    }

    /** What an update of the cluster sends: authorizer logs only when edited since the baseline. */
    public LoggingInfo change() {
        return new LoggingInfo(broker.value(), authorizerEdited() ? authorizer.value() : null);
    }

    /** Whether any field differs from the baseline. */
    public BooleanBinding editedBinding() {
        return edited;
    }

    /** True while no field of either kind breaks a rule. */
    public BooleanBinding validBinding() {
        return valid;
    }
}
