package io.mskconsole.ui.clusters;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LogKind;
import javafx.scene.layout.ColumnConstraints;
import io.mskconsole.core.delivery.DestinationType;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The selected cluster: its facts and its Monitoring section with broker and authorizer log delivery side by side
 * and the Edit button.
 */
public final class ClusterDetailsView extends VBox {
    private final Label title = new Label();
    private final TextField arn = new TextField();
    private final Label state = new Label();
    private final Label type = new Label();
    private final Label kafka = new Label();
    private final Label brokers = new Label();
    private final Label cloudWatch = destinationLabel("cwCurrent");
    private final Label s3 = destinationLabel("s3Current");
    private final Label firehose = destinationLabel("firehoseCurrent");
    private final Label authorizerCloudWatch = destinationLabel("authorizerCwCurrent");
    private final Label authorizerS3 = destinationLabel("authorizerS3Current");
    private final Label authorizerFirehose = destinationLabel("authorizerFirehoseCurrent");
    private final Label unsupported = new Label();
    private final Label activeOperation = new Label();
    private final Button edit = new Button("Edit");
    private final Button levels = new Button("Broker log levels…");
    private final VBox content = new VBox();
    private final Label nothing = new Label("Select a cluster to see its details.");
    private final Label deliveryNote = new Label();
    private final HBox activityButtons = new HBox(8);

    public ClusterDetailsView(ObjectProperty<Cluster> selected, Consumer<Cluster> openEditor) {
        this(selected, openEditor, cluster -> { });
    }

    /**
     * @param showActivity opens the CloudTrail browser on the cluster's events
     */
    public ClusterDetailsView(ObjectProperty<Cluster> selected, Consumer<Cluster> openEditor,
                              Consumer<Cluster> showActivity) {
        this(selected, openEditor, showActivity, cluster -> { });
    }

    /**
     * @param openLevels opens the cluster's Broker log levels window
     */
    public ClusterDetailsView(ObjectProperty<Cluster> selected, Consumer<Cluster> openEditor,
                              Consumer<Cluster> showActivity, Consumer<Cluster> openLevels) {
        setId("clusterDetails");
        getStyleClass().add("details");
        title.getStyleClass().add("details-title");
        title.setId("detailsName");
        arn.setEditable(false);
        arn.getStyleClass().addAll("mono");
        arn.setId("detailsArn");
        state.setId("detailsState");
        edit.setId("editBrokerLogs");
        edit.setOnAction(e -> openEditor.accept(selected.get()));
        levels.setId("openBrokerLevels");
        levels.setOnAction(e -> openLevels.accept(selected.get()));
        activeOperation.setId("activeOperation");
        activeOperation.setWrapText(true);
        activeOperation.getStyleClass().add("field-warning");
        unsupported.setId("brokerLogsUnsupported");
        unsupported.setWrapText(true);
        unsupported.getStyleClass().add("muted");

        GridPane facts = new GridPane();
        facts.setHgap(16);
        facts.setVgap(6);
        facts.addRow(0, muted("State"), state);
        facts.addRow(1, muted("Type"), type);
        facts.addRow(2, muted("Apache Kafka version"), kafka);
        facts.addRow(3, muted("Brokers"), brokers);
        // long values wrap rather than end in "..." in a narrow pane or at 150% scaling
        for (Label value : new Label[] {state, type, kafka, brokers, cloudWatch, s3, firehose, authorizerCloudWatch,
                authorizerS3, authorizerFirehose}) {
            value.setWrapText(true);
        }

        Label monitoring = new Label("Monitoring");
        monitoring.getStyleClass().add("section-title");
        Label heading = new Label("Log delivery");
        heading.setStyle("-fx-font-weight: bold");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox headingRow = new HBox(8, heading, spacer, edit);
        GridPane logs = new GridPane();
        logs.setHgap(16);
        logs.setVgap(6);
        logs.addRow(0, new Label(), muted(LogKind.BROKER.displayName()), muted(LogKind.AUTHORIZER.displayName()));
        logs.addRow(1, muted(DestinationType.CLOUDWATCH_LOGS.displayName()), cloudWatch, authorizerCloudWatch);
        logs.addRow(2, muted(DestinationType.S3.displayName()), s3, authorizerS3);
        logs.addRow(3, muted(DestinationType.FIREHOSE.displayName()), firehose, authorizerFirehose);
        // the two kinds share what is left after the destination names, each wrapping its long names
        logs.getColumnConstraints().setAll(new ColumnConstraints(), valueColumn(), valueColumn());
        Label note = deliveryNote;
        note.setText("MSK delivers INFO-level broker logs, and the authorizer's decisions, to the "
                + "destinations that are on. It does not create destinations: they must exist in the cluster's region.");
        note.setWrapText(true);
        note.getStyleClass().add("muted");
        content.setSpacing(10);
        Button activity = new Button("Show activity");
        activity.setId("showActivity");
        activity.setOnAction(e -> showActivity.accept(selected.get()));
        Label activityNote = new Label("Who changed what on this cluster: its MSK API calls and Kafka actions in "
                + "CloudTrail.");
        activityNote.setWrapText(true);
        activityNote.getStyleClass().add("muted");
        Label history = new Label("Activity");
        history.getStyleClass().add("section-title");
        Label levelsNote = new Label("See and change each broker's log levels at runtime (KIP-412): DEBUG or TRACE "
                + "when INFO does not say enough, put back afterwards.");
        levelsNote.setWrapText(true);
        levelsNote.getStyleClass().add("muted");
        activityButtons.getChildren().add(activity);
        content.getChildren().addAll(title, arn, facts, activeOperation, new Separator(), monitoring, headingRow, logs,
                unsupported, note, new HBox(8, levels), levelsNote, new Separator(), history, activityButtons,
                activityNote);
        nothing.getStyleClass().add("muted");
        nothing.setPadding(new Insets(8));
        selected.addListener((obs, old, cluster) -> show(cluster));
        show(selected.get());
    }

    /** Adds "Logs…" beside "Show activity": the selected cluster's recent broker and authorizer logs. */
    public void addLogs(ObjectProperty<Cluster> selected, Consumer<Cluster> openLogs) {
        Button button = new Button("Logs…");
        button.setId("openLogs");
        button.setOnAction(e -> openLogs.accept(selected.get()));
        button.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> selected.get() == null
                || !selected.get().supportsBrokerLogs(), selected));
        activityButtons.getChildren().add(button);
    }

    /**
     * Adds whether the cluster's logs arrive, below its log delivery; it follows the cluster shown (reading only
     * when asked).
     */
    public void addHealth(io.mskconsole.ui.arrival.DeliveryHealthPane health, ObjectProperty<Cluster> selected) {
        int after = content.getChildren().indexOf(deliveryNote) + 1;
        content.getChildren().add(after, health);
        health.managedProperty().bind(health.visibleProperty());
        selected.addListener((obs, old, cluster) -> {
            health.model().show(cluster);
            health.setVisible(cluster != null && cluster.supportsBrokerLogs());
        });
        health.model().show(selected.get());
        health.setVisible(selected.get() != null && selected.get().supportsBrokerLogs());
    }

    private void show(Cluster cluster) {
        if (cluster == null) {
            getChildren().setAll(nothing);
            return;
        }
        getChildren().setAll(content);
        title.setText(cluster.name());
        arn.setText(cluster.arn());
        state.setText(cluster.state().name());
        type.setText(ClusterText.typeWithBrokerKind(cluster));
        kafka.setText(ClusterText.kafkaVersion(cluster));
        brokers.setText(ClusterText.brokers(cluster));
        boolean busy = cluster.activeOperationArn() != null && !cluster.activeOperationArn().isBlank();
        activeOperation.setVisible(busy);
        activeOperation.setManaged(busy);
        activeOperation.setText(busy ? "Operation in progress: " + cluster.activeOperationArn()
                + ". MSK accepts changes again once the cluster is ACTIVE." : "");
        boolean supported = cluster.supportsBrokerLogs();
        edit.setDisable(!supported);
        levels.setDisable(!supported);
        unsupported.setVisible(!supported);
        unsupported.setManaged(!supported);
        unsupported.setText(supported ? "" : switch (cluster.type()) {
            case SERVERLESS -> "Serverless clusters have no broker logs: there is nothing to deliver.";
            default -> "MSK reports this cluster's type as " + cluster.type()
                    + ": MSK Console edits broker log delivery of provisioned clusters only.";
        });
        show(supported, cluster.brokerLogs(), cloudWatch, s3, firehose);
        show(supported, cluster.logging().delivery(LogKind.AUTHORIZER), authorizerCloudWatch, authorizerS3,
                authorizerFirehose);
    }

    private static void show(boolean supported, LogDelivery logs, Label cloudWatch, Label s3, Label firehose) {
        cloudWatch.setText(describe(supported, logs.cloudWatchLogs().enabled(), logs.cloudWatchLogs().logGroup()));
        s3.setText(describe(supported, logs.s3().enabled(), logs.s3().bucket() == null ? null
                : logs.s3().bucket() + (logs.s3().prefix() == null ? "" : " / " + logs.s3().prefix())));
        firehose.setText(describe(supported, logs.firehose().enabled(), logs.firehose().deliveryStream()));
    }

    private static String describe(boolean supported, boolean enabled, String name) {
        if (!supported) {
            return "—";
        }
        return enabled ? "On → " + (name == null ? "(no name)" : name) : "Off";
    }

    private static ColumnConstraints valueColumn() {
        ColumnConstraints column = new ColumnConstraints(60, 140, Double.MAX_VALUE);
        column.setHgrow(Priority.ALWAYS);
        return column;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add("muted");
        return label;
    }

    private static Label destinationLabel(String id) {
        Label label = new Label();
        label.setId(id);
        return label;
    }
}
