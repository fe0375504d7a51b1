package io.mskconsole.ui.trail;

import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailFilter;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.FilteredList;

/**
 * The client-side filter fields, and the custom time range as a filter too (the loaded events outside it are not
 * shown); every change re-filters the loaded events at once (no server call), once for changes made
 * {@link #together}.
 */
public final class TrailFilters {
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty eventName = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty cluster = new SimpleStringProperty("");
    private final StringProperty topic = new SimpleStringProperty("");
    private final ObjectProperty<Boolean> readOnly = new SimpleObjectProperty<>();
    private final ObjectProperty<Boolean> hasError = new SimpleObjectProperty<>();
    private final FilteredList<TrailEvent> list;
    private final ObservableValue<TimeRange> range;
    private final ObservableValue<Instant> start;
    private final ObservableValue<Instant> end;
    private TrailFilter appliedFilter = TrailFilter.ALL;
    private TimeSpan appliedWindow;
    private int holding;

    TrailFilters(FilteredList<TrailEvent> list, ObservableValue<TimeRange> range, ObservableValue<Instant> start,
                 ObservableValue<Instant> end) {
        this.list = list;
        this.range = range;
        this.start = start;
        this.end = end;
        for (Observable field : new Observable[] {text, eventName, user, cluster, topic, readOnly, hasError, range,
            start, end}) {
            field.addListener(o -> apply());
        }
    }

    private void apply() {
        if (holding > 0) {
            return;
        }
        TrailFilter filter = filter();
        TimeSpan window = window();
        if (filter.equals(appliedFilter) && Objects.equals(window, appliedWindow)) {
            return;
        }
        appliedFilter = filter;
        appliedWindow = window;
        Predicate<TrailEvent> fields = filter.isEmpty() ? null : filter.predicate();
        Predicate<TrailEvent> time = window == null ? null : e -> window.contains(e.time());
        list.setPredicate(fields == null ? time : time == null ? fields : time.and(fields));
    }

    /** Makes the changes, then re-filters once. */
    public void together(Runnable changes) {
        holding++;
        try {
            changes.run();
        } finally {
            holding--;
        }
        apply();
    }

    public TrailFilter filter() {
        return new TrailFilter(text.get(), eventName.get(), user.get(), cluster.get(), topic.get(), readOnly.get(),
                hasError.get());
    }

    /** The custom time range, from its start to its end, or null when another range is chosen or it is incomplete. */
    public TimeSpan window() {
        Instant from = start.getValue();
        Instant to = end.getValue();
        return range.getValue() == TimeRange.CUSTOM && from != null && to != null && from.isBefore(to)
                ? new TimeSpan(from, to) : null;
    }

    /** Clears the fields (the time range stays). */
    public void clear() {
        together(() -> {
            text.set("");
            eventName.set("");
            user.set("");
            cluster.set("");
            topic.set("");
            readOnly.set(null);
            hasError.set(null);
        });
    }

    public StringProperty text() {
        return text;
    }

    public StringProperty eventName() {
        return eventName;
    }

    public StringProperty user() {
        return user;
    }

    public StringProperty cluster() {
        return cluster;
    }

    public StringProperty topic() {
        return topic;
    }

    public ObjectProperty<Boolean> readOnly() {
        return readOnly;
    }

    public ObjectProperty<Boolean> hasError() {
        return hasError;
    }
}
