package io.mskconsole.ui.clusters;

import io.mskconsole.core.clusters.Cluster;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The cluster table with its filter box and refresh button. Enter or a double-click opens a cluster's log delivery
 * editor; its context menu and Ctrl+C copy its ARN (the menu its name too); Down in the filter box moves into the
 * list.
 */
public final class ClusterListView extends VBox {
    private final TableView<Cluster> table;
    /**
     * @param open opens a cluster's log delivery editor
     * @param copy puts text on the clipboard
     */
    public ClusterListView(ClusterListViewModel model, Consumer<Cluster> open, Consumer<String> copy) {
        TextField filter = new TextField();
        filter.setId("clusterFilter");
        filter.setPromptText("Filter by name, state, broker type, destination…");
        filter.textProperty().bindBidirectional(model.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);

        Button refresh = new Button("Refresh");
        refresh.setId("refreshClusters");
        refresh.setTooltip(new Tooltip("List the region's clusters again (F5)"));
        refresh.setOnAction(e -> model.refresh());

        ProgressIndicator loading = new ProgressIndicator();
        loading.setId("clustersLoading");
        loading.setPrefSize(18, 18);
        loading.visibleProperty().bind(model.loadingProperty());
        loading.managedProperty().bind(loading.visibleProperty());

        HBox bar = new HBox(8, filter, loading, refresh);
        bar.getStyleClass().add("toolbar-row");

        table = new TableView<>(model.shownClusters());
        table.setId("clusterTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Name", 180, Cluster::name));
        table.getColumns().add(column("Type", 110, ClusterText::type));
        table.getColumns().add(stateColumn());
        table.getColumns().add(column("Kafka", 60, ClusterText::kafkaVersion));
        table.getColumns().add(column("Brokers", 230, ClusterText::brokers));
        table.getColumns().add(column("Broker logs", 190, ClusterText::destinations));
        table.getColumns().add(column("Authorizer logs", 190, ClusterText::authorizerDestinations));
        Label empty = new Label();
        empty.textProperty().bind(model.messageProperty());
        empty.getStyleClass().add("muted");
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null || !model.shownClusters().contains(model.selectedProperty().get())) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        table.setOnKeyPressed(e -> {
            Cluster chosen = table.getSelectionModel().getSelectedItem();
            if (chosen == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                open.accept(chosen);
                e.consume();
            } else if (COPY.match(e)) {
                copy.accept(chosen.arn());
                e.consume();
            }
        });
        table.setRowFactory(view -> {
            TableRow<Cluster> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        // one menu for the table, acting on the selected cluster (a right-click selects the row first); its
        // items name Ctrl+C without registering it, so the shortcut is the table's own and copies the selection
        MenuItem edit = new MenuItem("Edit log delivery…");
        edit.setOnAction(e -> selected(table).ifPresent(open));
        MenuItem name = new MenuItem("Copy name");
        name.setOnAction(e -> selected(table).ifPresent(c -> copy.accept(c.name())));
        MenuItem arn = new MenuItem("Copy ARN    (Ctrl+C)");
        arn.setOnAction(e -> selected(table).ifPresent(c -> copy.accept(c.arn())));
        ContextMenu menu = new ContextMenu(edit, name, arn);
        menu.setOnShowing(e -> menu.getItems().forEach(item -> item.setDisable(selected(table).isEmpty())));
        table.setContextMenu(menu);
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
                table.requestFocus();
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);
    }

    /**
     * Adds "Logs arriving": each cluster's delivery health, read as its row comes into view (lazily, a few at a time,
     * kept a minute), "…" while it is read, "—" for a cluster delivering nothing.
     */
    public void addHealthColumn(io.mskconsole.ui.arrival.KnownHealth health) {
        TableColumn<Cluster, Cluster> column = new TableColumn<>("Logs arriving");
        column.setId("healthColumn");
        column.setPrefWidth(120);
        column.setMinWidth(110); // its heading whole, and "not arriving"
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            /** A reading of this cell's cluster re-renders this cell alone (not the whole table). */
            private final javafx.collections.MapChangeListener<String, io.mskconsole.core.arrival.DeliveryHealth>
                    onRead = change -> {
                        Cluster shown = getItem();
                        if (shown != null && shown.arn().equals(change.getKey())) {
                            render(shown);
                        }
                    };

            {
                health.all().addListener(new javafx.collections.WeakMapChangeListener<>(onRead));
            }

            @Override
            protected void updateItem(Cluster cluster, boolean empty) {
                super.updateItem(cluster, empty);
                if (empty || cluster == null) {
                    getStyleClass().removeIf(name -> name.startsWith("health-"));
                    setText(null);
                    return;
                }
                render(cluster);
                health.request(cluster); // only rows in view are asked for; a fresh one is not read again
            }

            private void render(Cluster cluster) {
                getStyleClass().removeIf(name -> name.startsWith("health-"));
                if (!cluster.supportsBrokerLogs() || cluster.logging().enabledKinds().isEmpty()) {
                    setText("—");
                    return;
                }
                io.mskconsole.core.arrival.DeliveryHealth known = health.all().get(cluster.arn());
                if (known == null || known.worst() == null) {
                    setText("…");
                } else {
                    setText(known.worst().word());
                    getStyleClass().add("health-" + known.worst().name().toLowerCase(java.util.Locale.ROOT)
                            .replace('_', '-'));
                }
            }
        });
        table.getColumns().add(table.getColumns().size(), column);
    }

    private static java.util.Optional<Cluster> selected(TableView<Cluster> table) {
        return java.util.Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private static TableColumn<Cluster, String> column(String title, double width, Function<Cluster, String> text) {
        TableColumn<Cluster, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> constant(text.apply(cell.getValue())));
        return column;
    }

    private static TableColumn<Cluster, String> stateColumn() {
        TableColumn<Cluster, String> column = column("State", 100, c -> c.state().name());
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String state, boolean empty) {
                super.updateItem(state, empty);
                getStyleClass().removeAll("state-active", "state-busy", "state-bad");
                setText(empty ? null : state);
                if (!empty && state != null) {
                    getStyleClass().add(switch (state) {
                        case "ACTIVE" -> "state-active";
                        case "FAILED", "DELETING" -> "state-bad";
                        default -> "state-busy";
                    });
                }
            }
        });
        return column;
    }

    private static ObservableValue<String> constant(String value) {
        return new ReadOnlyStringWrapper(value).getReadOnlyProperty();
    }
}
