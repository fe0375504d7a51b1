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
    private final ObjectBinding<LogDelivery> value;
    private final BooleanBinding valid;

    public LogDeliveryDraft() {
        problems.put(DestinationField.LOG_GROUP, problem(DestinationField.LOG_GROUP, cloudWatchEnabled, logGroup));
        problems.put(DestinationField.BUCKET, problem(DestinationField.BUCKET, s3Enabled, bucket));
        problems.put(DestinationField.PREFIX, problem(DestinationField.PREFIX, s3Enabled, prefix));
        problems.put(DestinationField.DELIVERY_STREAM, problem(DestinationField.DELIVERY_STREAM, firehoseEnabled, deliveryStream));
        Observable[] all = {cloudWatchEnabled, logGroup, s3Enabled, bucket, prefix, firehoseEnabled, deliveryStream};
        value = Bindings.createObjectBinding(this::read, all);
        valid = Bindings.createBooleanBinding(() -> LogDeliveryRules.check(value.get()).isEmpty(), value);
    }

    private static StringBinding problem(DestinationField field, BooleanProperty enabled, StringProperty text) {
        return Bindings.createStringBinding(
                () -> enabled.get() ? LogDeliveryRules.check(field, text.get()).orElse("") : "", enabled, text);
    }

    private LogDelivery read() {
        return new LogDelivery(
                new CloudWatchLogsDestination(cloudWatchEnabled.get(), logGroup.get()),
                new S3Destination(s3Enabled.get(), bucket.get(), prefix.get()),
                new FirehoseDestination(firehoseEnabled.get(), deliveryStream.get()));
    }

    /** Replaces every field with the given settings. */
    public void load(LogDelivery logs) {
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
