package io.mskconsole.ui.fleet;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterSummary;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.delivery.LoggingChanges;
import io.mskconsole.core.fleet.Finding;
import io.mskconsole.core.fleet.FleetPolicy;
import io.mskconsole.core.fleet.FleetReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;

/**
 * Every cluster the filters let through, under a heading row per account or region ("prod · 12 clusters, 3 with
 * findings"): account, region, name, type, state, Kafka version, brokers, broker and authorizer log delivery (each
 * destination and its name), enhanced monitoring and findings. Sortable within each group; several rows can be
 * chosen for a change. Rebuilt when the filtered list or the grouping changes.
 */
final class FleetTable extends TreeTableView<FleetTable.Line> {
    /** A row: a group's heading (row null) or a cluster. */
    record Line(String heading, FleetReport.Row row) {
    }

    private final FleetViewModel model;
    private final javafx.scene.control.Label placeholder = new javafx.scene.control.Label(
            "No cluster yet: choose accounts and regions, then Scan.");

    FleetTable(FleetViewModel model) {
        this.model = model;
        setId("fleetTable");
        setShowRoot(false);
        setRoot(new TreeItem<>(new Line("", null)));
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        setPlaceholder(placeholder);
        getColumns().setAll(List.of(
                column("Account", 280, row -> row.account().displayName()),
                column("Region", 110, FleetReport.Row::region),
                column("Name", 180, row -> row.cluster().name()),
                findingsColumn(),
                arrivalColumn(),
                column("Type", 95, row -> row.cluster().type().name().toLowerCase(java.util.Locale.ROOT)),
                column("State", 90, row -> row.cluster().state().name()),
                column("Kafka", 70, row -> orDash(row.cluster().kafkaVersion())),
                column("Brokers", 150, row -> ClusterSummary.brokers(row.cluster(), ClusterSummary.TIMES).orElse("—")),
                column("Broker logs", 260, row -> delivery(row.cluster(), LogKind.BROKER)),
                column("Authorizer logs", 220, row -> delivery(row.cluster(), LogKind.AUTHORIZER)),
                column("Enhanced monitoring", 150, row -> orDash(row.cluster().monitoring().enhancedMonitoring()))));
        model.arrival().states().addListener((javafx.collections.MapChangeListener<String,
                io.mskconsole.core.arrival.ArrivalState>) change -> refresh());
        model.shown().addListener((ListChangeListener<FleetReport.Row>) change -> rebuild());
        model.groupingProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    /** The clusters of the rows chosen (a heading chooses its group's clusters). */
    List<FleetReport.Row> chosen() {
        Map<String, FleetReport.Row> rows = new LinkedHashMap<>();
        for (TreeItem<Line> item : getSelectionModel().getSelectedItems()) {
            if (item == null) {
                continue;
            }
            if (item.getValue().row() != null) {
                rows.putIfAbsent(key(item.getValue().row()), item.getValue().row());
            } else {
                item.getChildren().forEach(child -> rows.putIfAbsent(key(child.getValue().row()), child.getValue().row()));
            }
        }
        return List.copyOf(rows.values());
    }

    /** The cluster of the focused row, or null (a heading, or nothing). */
    FleetReport.Row focused() {
        TreeItem<Line> item = getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue().row();
    }

    private void rebuild() {
        // the clusters chosen stay chosen when they are still shown (regions come in one by one)
        java.util.Set<String> chosenBefore = new java.util.HashSet<>();
        chosen().forEach(row -> chosenBefore.add(key(row)));
        getSelectionModel().clearSelection();
        Map<String, List<FleetReport.Row>> groups = new LinkedHashMap<>();
        Grouping by = model.groupingProperty().get();
        model.shown().stream().sorted(java.util.Comparator.comparing(by::of, String.CASE_INSENSITIVE_ORDER))
                .forEach(row -> groups.computeIfAbsent(by.of(row), g -> new java.util.ArrayList<>()).add(row));
        TreeItem<Line> root = getRoot();
        root.getChildren().clear();
        for (Map.Entry<String, List<FleetReport.Row>> group : groups.entrySet()) {
            long withFindings = group.getValue().stream().filter(r -> !r.findings().isEmpty()).count();
            TreeItem<Line> heading = new TreeItem<>(new Line(group.getKey() + " · " + group.getValue().size()
                    + (group.getValue().size() == 1 ? " cluster, " : " clusters, ") + withFindings
                    + " with findings", null));
            heading.setExpanded(true);
            group.getValue().forEach(row -> heading.getChildren().add(new TreeItem<>(new Line(null, row))));
            root.getChildren().add(heading);
        }
        for (TreeItem<Line> heading : root.getChildren()) {
            for (TreeItem<Line> item : heading.getChildren()) {
                if (chosenBefore.contains(key(item.getValue().row()))) {
                    getSelectionModel().select(item);
                }
            }
        }
        placeholder.setText(model.rows().isEmpty() ? "No cluster yet: choose accounts and regions, then Scan."
                : "No cluster matches the filters: clear the filter text, the finding or the chart's bar.");
    }

    private static String key(FleetReport.Row row) {
        return row.account().key() + " " + row.cluster().arn();
    }

    private TreeTableColumn<Line, String> column(String title, double width, Function<FleetReport.Row, String> value) {
        TreeTableColumn<Line, String> column = new TreeTableColumn<>(title);
        column.setPrefWidth(width);
        boolean first = getColumns().isEmpty() && title.equals("Account");
        column.setCellValueFactory(cell -> {
            Line line = cell.getValue().getValue();
            if (line.row() == null) {
                return new ReadOnlyStringWrapper(first ? line.heading() : "");
            }
            return new ReadOnlyStringWrapper(value.apply(line.row()));
        });
        return column;
    }

    /** Whether the cluster's logs arrive, once asked (Are logs arriving?), in the health's colours. */
    private TreeTableColumn<Line, String> arrivalColumn() {
        TreeTableColumn<Line, String> column = column("Logs arriving", 120, row -> {
            var state = model.arrival().states().get(FleetArrival.key(row));
            return state == null ? "" : state.word();
        });
        column.setCellFactory(c -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().removeIf(style -> style.startsWith("health-"));
                setText(empty ? null : text);
                Line line = empty || getTableRow() == null || getTableRow().getTreeItem() == null ? null
                        : getTableRow().getTreeItem().getValue();
                var state = line == null || line.row() == null ? null
                        : model.arrival().states().get(FleetArrival.key(line.row()));
                if (state != null) {
                    getStyleClass().add("health-" + state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                }
            }
        });
        return column;
    }

    private TreeTableColumn<Line, String> findingsColumn() {
        TreeTableColumn<Line, String> column = column("Findings", 330, FleetTable::findings);
        column.setCellFactory(c -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().removeAll("fleet-high", "fleet-medium", "fleet-low");
                setTooltip(null);
                Line line = empty || getTableRow() == null || getTableRow().getTreeItem() == null ? null
                        : getTableRow().getTreeItem().getValue();
                if (empty || line == null || line.row() == null) {
                    setText(empty ? null : text);
                    return;
                }
                setText(text);
                List<Finding> findings = line.row().findings();
                FleetPolicy.worst(findings).ifPresent(s -> getStyleClass().add("fleet-" + s.word()));
                if (!findings.isEmpty()) {
                    setTooltip(new Tooltip(findings.stream().map(f -> f.severity().word() + " · " + f.rule() + ": "
                            + f.why() + "\n    " + f.whatToDo()).collect(Collectors.joining("\n"))));
                }
            }
        });
        return column;
    }

    static String findings(FleetReport.Row row) {
        return row.findings().isEmpty() ? "—" : row.findings().stream().map(f -> f.severity().word() + ": " + f.rule())
                .collect(Collectors.joining(", "));
    }

    /** "CloudWatch Logs: /msk/x · Amazon S3: bucket/prefix", "Off", or "n/a (serverless)". */
    static String delivery(Cluster cluster, LogKind kind) {
        if (!cluster.supportsBrokerLogs()) {
            return ClusterSummary.destinations(cluster, kind);
        }
        return LoggingChanges.summary(cluster.logging().delivery(kind));
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
