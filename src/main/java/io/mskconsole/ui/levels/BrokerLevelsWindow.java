package io.mskconsole.ui.levels;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.ui.clusters.ClusterText;
import io.mskconsole.ui.common.Buttons;
import io.mskconsole.ui.common.DialogService;
import io.mskconsole.ui.common.Notice;
import io.mskconsole.ui.common.NoticeBar;
import io.mskconsole.ui.common.Styles;
import io.mskconsole.ui.common.WindowSizes;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A window per cluster for its brokers' log levels: first how to connect, then the loggers of every broker, the
 * change form with the CloudWatch Logs caution, and the levels MSK Console raised. Closing it closes the connection;
 * levels waiting to be put back are put back all the same.
 */
public final class BrokerLevelsWindow {
    private final Stage stage;
    private final ConnectViewModel connect;
    private final Function<BrokersConnected, LoggerLevelsViewModel> levelsFor;
    private final Runnable openDeliveryEditor;
    private final BorderPane root = new BorderPane();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(Notice.NONE);
    private LoggerLevelsViewModel levels;

    /**
     * @param levelsFor          the loggers' view model on a connection just made
     * @param openDeliveryEditor opens the cluster's broker log delivery editor
     */
    public BrokerLevelsWindow(Stage stage, ConnectViewModel connect, DialogService dialogs,
                              Function<BrokersConnected, LoggerLevelsViewModel> levelsFor,
                              Runnable openDeliveryEditor, String region, Window owner) {
        this.stage = stage;
        this.connect = connect;
        this.levelsFor = levelsFor;
        this.openDeliveryEditor = openDeliveryEditor;
        Cluster cluster = connect.cluster();
        stage.initOwner(owner);
        stage.setTitle("Broker log levels — " + cluster.name());

        Label title = new Label("Broker log levels");
        title.getStyleClass().add("details-title");
        Label subtitle = new Label(cluster.name() + " · " + region + " · Apache Kafka "
                + ClusterText.kafkaVersion(cluster) + " · broker logs: " + ClusterText.destinations(cluster));
        subtitle.setId("levelsSubtitle");
        subtitle.getStyleClass().add("muted");
        subtitle.setWrapText(true);
        notice.bind(connect.noticeProperty());
        VBox header = new VBox(4, title, subtitle, new NoticeBar("levelsNotice", notice));
        header.setPadding(new Insets(12, 16, 8, 16));
        root.setId("brokerLevelsWindow");
        root.setTop(header);
        root.setCenter(new ScrollPane(new ConnectPane(connect, dialogs, this::connected)));
        root.setBottom(buttons());

        Scene scene = new Scene(root, WindowSizes.width(980), WindowSizes.height(720));
        Styles.apply(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::close);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), this::refresh);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), this::refresh);
        stage.setScene(scene);
        io.mskconsole.ui.common.WindowSizes.minimum(stage, 760, 480);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> close());
        connect.start();
    }

    private void connected(BrokersConnected connected) {
        levels = levelsFor.apply(connected);
        notice.bind(levels.noticeProperty());

        TextField search = new TextField();
        search.setId("loggerSearch");
        search.setPromptText("Search loggers");
        search.textProperty().bindBidirectional(levels.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button refresh = Buttons.of("refreshLevels", "Refresh", this::refresh);
        refresh.disableProperty().bind(levels.busyProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(levels.busyProperty());
        Label summary = new Label();
        summary.setId("levelsSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(levels.summaryProperty());
        Label unavailable = new Label();
        unavailable.setId("levelsUnavailable");
        unavailable.setWrapText(true);
        unavailable.getStyleClass().add("field-error");
        unavailable.textProperty().bind(levels.unavailableProperty());
        unavailable.visibleProperty().bind(levels.unavailableProperty().isNotEmpty());
        unavailable.managedProperty().bind(unavailable.visibleProperty());
        String[] brokers = connected.connection().bootstrap().split(",");
        Label via = new Label("Connected with " + connected.connection().auth().auth().displayName()
                + (connected.publicAccess() ? " (public access)" : "") + " to " + brokers[0]
                + (brokers.length > 1 ? " and " + (brokers.length - 1) + " more" : ""));
        via.setId("levelsConnection");
        via.getStyleClass().add("muted");
        via.setWrapText(true);

        VBox table = new VBox(8, new HBox(8, search, refresh, busy), summary, unavailable,
                new LoggerTableView(levels));
        VBox.setVgrow(table.getChildren().get(3), Priority.ALWAYS);
        table.setPadding(new Insets(0, 8, 8, 16));
        VBox side = new VBox(16, new ChangeLevelPane(levels, openDeliveryEditor), new RaisedLevelsPane(levels), via);
        side.setPadding(new Insets(0, 16, 8, 8));
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(table, sideScroll);
        split.setDividerPositions(0.5);
        root.setCenter(split);
    }

    private HBox buttons() {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button close = Buttons.of("closeLevels", "Close", stage::close);
        close.setCancelButton(true);
        HBox bar = new HBox(8, gap, close);
        bar.getStyleClass().add("button-bar");
        return bar;
    }

    private void refresh() {
        if (levels != null) {
            levels.refresh();
        }
    }

    private void close() {
        connect.cancel();
        if (levels != null) {
            levels.close();
        }
    }

    public void show() {
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    public Stage stage() {
        return stage;
    }
}
