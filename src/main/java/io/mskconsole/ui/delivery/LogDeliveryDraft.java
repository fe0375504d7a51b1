package io.mskconsole.ui.delivery;

import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LogDeliveryRules;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.DestinationField;
import io.mskconsole.core.delivery.DestinationType;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.S3Destination;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import io.mskconsole.core.delivery.FieldProblem;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;

/**
 * The editable delivery of one kind of log: an enabled switch per destination, its names, and each field's problem
 * ("" when fine) recomputed as the person types. Shared by every screen that edits log delivery.
 */
public final class LogDeliveryDraft {
    private final BooleanProperty cloudWatchEnabled = new SimpleBooleanProperty();
    private final StringProperty logGroup = new SimpleStringProperty("");
    private final BooleanProperty s3Enabled = new SimpleBooleanProperty();
    private final StringProperty bucket = new SimpleStringProperty("");
    private final StringProperty prefix = new SimpleStringProperty("");
    private final BooleanProperty firehoseEnabled = new SimpleBooleanProperty();
    private final StringProperty deliveryStream = new SimpleStringProperty("");
    private final Map<DestinationField, StringBinding> problems = new EnumMap<>(DestinationField.class);
    private final Map<DestinationField, StringBinding> advice = new EnumMap<>(DestinationField.class);
    /** What the cluster has: a value it has is never refused (MSK accepted it once). */
    private final ObjectProperty<LogDelivery> kept = new SimpleObjectProperty<>();
    private final ObjectBinding<LogDelivery> value;
    private final BooleanBinding valid;

    public LogDeliveryDraft() {
        Observable[] all = {cloudWatchEnabled, logGroup, s3Enabled, bucket, prefix, firehoseEnabled, deliveryStream,
                kept};
        value = Bindings.createObjectBinding(this::read, all);
        for (DestinationField field : DestinationField.values()) {
            problems.put(field, Bindings.createStringBinding(() -> LogDeliveryRules.check(value.get(), kept.get())
                    .stream().filter(p -> p.field() == field).map(FieldProblem::message).findFirst().orElse(""),
                    value));
            advice.put(field, Bindings.createStringBinding(() -> problems.get(field).get().isEmpty()
                    && LogDeliveryRules.enabled(value.get(), field)
                    ? LogDeliveryRules.advice(field, LogDeliveryRules.valueOf(value.get(), field)).orElse("") : "",
                    value, problems.get(field)));
        }
        valid = Bindings.createBooleanBinding(() -> LogDeliveryRules.check(value.get(), kept.get()).isEmpty(), value);
    }

    private LogDelivery read() {
        return new LogDelivery(
                new CloudWatchLogsDestination(cloudWatchEnabled.get(), logGroup.get()),
                new S3Destination(s3Enabled.get(), bucket.get(), prefix.get()),
                new FirehoseDestination(firehoseEnabled.get(), deliveryStream.get()));
    }

    /** Replaces every field with the given settings, the cluster's: its values are not refused. */
    public void load(LogDelivery logs) {
        kept.set(logs);
        cloudWatchEnabled.set(logs.cloudWatchLogs().enabled());
        logGroup.set(orEmpty(logs.cloudWatchLogs().logGroup()));
        s3Enabled.set(logs.s3().enabled());
        bucket.set(orEmpty(logs.s3().bucket()));
        prefix.set(orEmpty(logs.s3().prefix()));
        firehoseEnabled.set(logs.firehose().enabled());
        deliveryStream.set(orEmpty(logs.firehose().deliveryStream()));
    }

    /** Puts a destination picked from the region's listing into its field, and turns that destination on. */
    public void usePicked(DestinationType type, String name) {
        switch (type) {
            case CLOUDWATCH_LOGS -> {
                cloudWatchEnabled.set(true);
                logGroup.set(name);
            }
            case S3 -> {
                s3Enabled.set(true);
                bucket.set(name);
            }
            case FIREHOSE -> {
                firehoseEnabled.set(true);
                deliveryStream.set(name);
            }
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The settings as they stand in the fields. */
    public ObjectBinding<LogDelivery> valueBinding() {
        return value;
    }

    public LogDelivery value() {
        return value.get();
    }

    /** True while no field breaks a rule. */
    public BooleanBinding validBinding() {
        return valid;
    }

    /** What AWS will do with the field's value, when it breaks none of AWS's rules but may not be meant; or "". */
    public ObservableStringValue advice(DestinationField field) {
        return advice.get(field);
    }

    /** The field's problem, "" when it is fine or its destination is off. */
    public ObservableStringValue problem(DestinationField field) {
        return problems.get(field);
    }

    public BooleanProperty cloudWatchEnabledProperty() {
        return cloudWatchEnabled;
    }

    public StringProperty logGroupProperty() {
        return logGroup;
    }

    public BooleanProperty s3EnabledProperty() {
        return s3Enabled;
    }

    public StringProperty bucketProperty() {
        return bucket;
    }

    public StringProperty prefixProperty() {
        return prefix;
    }

    public BooleanProperty firehoseEnabledProperty() {
        return firehoseEnabled;
    }

    public StringProperty deliveryStreamProperty() {
        return deliveryStream;
    }
}
