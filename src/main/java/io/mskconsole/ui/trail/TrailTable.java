package io.mskconsole.ui.trail;

import io.mskconsole.core.trail.TrailColumns;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailSource;
import io.mskconsole.ui.common.TaskExecutor;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.time.Instant;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The events as a sortable table (virtualized: only the visible rows exist), whose columns can be chosen from the
 * table's menu button and are remembered.
 */
final class TrailTable extends TableView<TrailEvent> {
    private final java.util.concurrent.atomic.AtomicReference<Set<String>> latestHidden =
            new java.util.concurrent.atomic.AtomicReference<>(Set.of());
    private static final DateTimeFormatter LOCAL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    /** Where a column keeps its order of events. */
    private static final String ORDER = "mskconsole.order";

    TrailTable(TrailBrowserViewModel model, ColumnStore columns, TaskExecutor executor) {
        setId("trailTable");
        SortedList<TrailEvent> sorted = new SortedList<>(model.shown());
        setItems(sorted);
        // Sorted by the events' own values, not through a cell per comparison (the default builds one each time):
        // a million rows sort in about a second instead of several.
        setSortPolicy(table -> {
            sorted.setComparator(order());
            return true;
        });
        setTableMenuButtonVisible(true);
        javafx.scene.control.Label empty = new javafx.scene.control.Label();
        empty.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.events().isEmpty()
                ? "No events. Choose a query and press Search, or open trail log files."
                : model.filters().window() != null ? "None of the " + model.events().size() + " events loaded is in "
                + "the custom time range and matches the filters: a wider range or Clear filters shows them."
                : "None of the " + model.events().size() + " events loaded matches the filters: Clear filters shows "
                + "them.", model.events(), model.rangeProperty(), model.customStartProperty(),
                model.customEndProperty()));
        setPlaceholder(empty);
        getColumns().add(timeColumn("time-local", "Time (local)", LOCAL));
        getColumns().add(timeColumn("time-utc", "Time (UTC)", UTC));
        getColumns().add(column("event", "Event", TrailEvent::name, 170));
        getColumns().add(column("source", "Source", TrailTable::source, 90));
        getColumns().add(column("user", "User", TrailEvent::user, 160));
        // the error is what an administrator looks for: it comes before the columns that are rarely read
        getColumns().add(column("error", "Error", TrailEvent::errorCode, 150));
        getColumns().add(column("ip", "Source IP", TrailEvent::sourceIp, 110));
        getColumns().add(column("region", "Region", TrailEvent::region, 100));
        getColumns().add(column("account", "Account", TrailEvent::account, 110));
        getColumns().add(column("cluster", "Cluster", e -> e.resource().clusterName(), 140));
        getColumns().add(column("topic", "Topic or group", TrailTable::topicOrGroup, 140));
        getColumns().add(column("read-only", "Read-only", e -> e.readOnly() == null ? "" : e.readOnly() ? "yes" : "no",
                80));
        getColumns().add(column("origin", "From", e -> e.origin().label(), 120));
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        remember(columns, executor);
    }

    /** The order the sort columns ask for, each column's values compared as the events hold them; null for none. */
    private Comparator<TrailEvent> order() {
        Comparator<TrailEvent> order = null;
        for (TableColumn<TrailEvent, ?> column : getSortOrder()) {
            @SuppressWarnings("unchecked")
            Comparator<TrailEvent> one = (Comparator<TrailEvent>) column.getProperties().get(ORDER);
            if (one == null) {
                continue;
            }
            one = column.getSortType() == TableColumn.SortType.DESCENDING ? one.reversed() : one;
            order = order == null ? one : order.thenComparing(one);
        }
        return order;
    }

    /** Hides the columns hidden last time, then saves each change; an unreadable store leaves all columns shown. */
    private void remember(ColumnStore columns, TaskExecutor executor) {
        executor.execute(c -> columns.hiddenColumns(), hidden -> {
            getColumns().forEach(column -> column.setVisible(!hidden.contains(column.getId())));
            saveChanges(columns, executor);
        }, failure -> saveChanges(columns, executor));
    }

    private void saveChanges(ColumnStore columns, TaskExecutor executor) {
        getColumns().forEach(column -> column.visibleProperty().addListener((obs, old, now) -> {
            Set<String> nowHidden = new TreeSet<>();
            getColumns().stream().filter(col -> !col.isVisible()).forEach(col -> nowHidden.add(col.getId()));
            latestHidden.set(Set.copyOf(nowHidden));
            executor.execute(c -> {
                synchronized (latestHidden) { // one save at a time, each writing the newest choice
                    columns.saveHiddenColumns(latestHidden.get());
                }
                return nowHidden;
            }, saved -> { }, failure -> { });
        }));
    }

    static String source(TrailEvent event) {
        TrailSource source = TrailSource.of(event.source());
        return source == null ? event.source() : source == TrailSource.MSK ? "MSK API" : "Kafka";
    }

    static String topicOrGroup(TrailEvent event) {
        if (!event.resource().topic().isEmpty()) {
            return "topic " + event.resource().topic();
        }
        return event.resource().group().isEmpty() ? "" : "group " + event.resource().group();
    }

    /** A time column sorts by the instant itself (cheap, and right across a change of daylight saving time). */
    private static TableColumn<TrailEvent, Instant> timeColumn(String id, String title, DateTimeFormatter format) {
        TableColumn<TrailEvent, Instant> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(150);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().time()).getReadOnlyProperty());
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Instant time, boolean empty) {
                super.updateItem(time, empty);
                setText(empty || time == null ? null : format.format(time));
            }
        });
        column.setComparator(Comparator.naturalOrder());
        column.getProperties().put(ORDER, Comparator.comparing(TrailEvent::time));
        return column;
    }

    private static TableColumn<TrailEvent, String> column(String id, String title, Function<TrailEvent, String> text,
                                                          double width) {
        TableColumn<TrailEvent, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())).getReadOnlyProperty());
        column.getProperties().put(ORDER, TrailColumns.comparing(text));
        return column;
    }
}
