package io.mskconsole.ui.trail;

import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailFilter;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.transformation.FilteredList;

/** The client-side filter fields; every change re-filters the loaded events at once (no server call). */
public final class TrailFilters {
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty eventName = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty cluster = new SimpleStringProperty("");
    private final StringProperty topic = new SimpleStringProperty("");
    private final ObjectProperty<Boolean> readOnly = new SimpleObjectProperty<>();
    private final ObjectProperty<Boolean> hasError = new SimpleObjectProperty<>();

    TrailFilters(FilteredList<TrailEvent> list) {
        for (Observable field : new Observable[] {text, eventName, user, cluster, topic, readOnly, hasError}) {
            field.addListener(o -> {
                TrailFilter filter = filter();
                list.setPredicate(filter.isEmpty() ? null : filter.predicate());
            });
        }
    }

    public TrailFilter filter() {
        return new TrailFilter(text.get(), eventName.get(), user.get(), cluster.get(), topic.get(), readOnly.get(),
                hasError.get());
    }

    public void clear() {
        text.set("");
        eventName.set("");
        user.set("");
        cluster.set("");
        topic.set("");
        readOnly.set(null);
        hasError.set(null);
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
