package io.mskconsole.ui.trail;

import io.mskconsole.core.trail.LookupAttribute;
import io.mskconsole.core.trail.LookupKey;
import io.mskconsole.core.trail.TrailQuery;
import io.mskconsole.core.trail.TrailSource;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The CloudTrail browser's query as the user sets it: sources, one lookup attribute, the time range (a preset or a
 * custom start and end) and the regions among the account's; {@link #query} makes the lookup of it or says what is
 * missing. On the UI thread.
 */
final class TrailQueryForm {
    final ObservableList<String> availableRegions = FXCollections.observableArrayList();
    final ObservableList<String> regions = FXCollections.observableArrayList();
    final ObjectProperty<TrailSource.Preset> preset = new SimpleObjectProperty<>(TrailSource.Preset.BOTH);
    final ObjectProperty<LookupKey> lookupKey = new SimpleObjectProperty<>();
    final StringProperty lookupValue = new SimpleStringProperty("");
    final ObjectProperty<TimeRange> range = new SimpleObjectProperty<>(TimeRange.LAST_WEEK);
    final ObjectProperty<Instant> customStart = new SimpleObjectProperty<>();
    final ObjectProperty<Instant> customEnd = new SimpleObjectProperty<>();

    /** The lookup the form asks for, its preset range ending now. @throws IllegalArgumentException what is missing */
    TrailQuery query(Clock clock) {
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one region.");
        }
        LookupAttribute attribute = null;
        if (lookupKey.get() != null) {
            if (lookupValue.get() == null || lookupValue.get().isBlank()) {
                throw new IllegalArgumentException("Give a value for " + lookupKey.get().apiName()
                        + ", or choose no lookup attribute.");
            }
            attribute = new LookupAttribute(lookupKey.get(), lookupValue.get().strip());
        }
        Instant end = clock.instant();
        Instant start;
        if (range.get() == TimeRange.CUSTOM) {
            if (customStart.get() == null || customEnd.get() == null) {
                throw new IllegalArgumentException("Give the start and the end of the custom time range.");
            }
            start = customStart.get();
            end = customEnd.get();
        } else {
            start = end.minus(range.get().length());
        }
        return new TrailQuery(preset.get(), attribute, start, end, List.copyOf(regions));
    }
}
