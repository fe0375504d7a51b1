package io.mskconsole.ui.levels;

import io.mskconsole.core.levels.LogLevel;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The loggers (rows, root first) by broker (a column each): a level above INFO stands out; a broker that has no
 * such logger shows a dash. Choosing a row picks its logger for the change form.
 */
final class LoggerTableView extends TableView<LoggerRow> {
    static final String ABOVE_INFO = "level-above-info";

    LoggerTableView(LoggerLevelsViewModel model) {
        super(model.rows());
        setId("loggerTable");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new Label("No logger matches the search."));
        TableColumn<LoggerRow, String> logger = new TableColumn<>("Logger");
        logger.setId("loggerColumn");
        logger.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().logger()));
        logger.setPrefWidth(260);
        logger.setMinWidth(160);
        getColumns().add(logger);
        model.brokers().addListener((ListChangeListener<Integer>) change -> brokerColumns(model.brokers()));
        brokerColumns(model.brokers());
        getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.select(row));
    }

    private void brokerColumns(List<Integer> brokers) {
        getColumns().remove(1, getColumns().size());
        for (int broker : brokers) {
            TableColumn<LoggerRow, String> column = new TableColumn<>("Broker " + broker);
            column.setId("broker" + broker + "Column");
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().level(broker).orElse("–")));
            column.setCellFactory(c -> new LevelCell());
            column.setPrefWidth(80);
            column.setMinWidth(72);
            getColumns().add(column);
        }
    }

    /** A level, marked when it is above INFO. */
    private static final class LevelCell extends TableCell<LoggerRow, String> {
        @Override
        protected void updateItem(String level, boolean empty) {
            super.updateItem(level, empty);
            getStyleClass().remove(ABOVE_INFO);
            setText(empty ? null : level);
            if (!empty && LogLevel.parse(level).filter(LogLevel::isAboveInfo).isPresent()) {
                getStyleClass().add(ABOVE_INFO);
            }
        }
    }
}
