package io.mskconsole.ui.fleet;

import java.util.Map;
import javafx.scene.Cursor;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

/**
 * The fleet at a glance: per account (or region), its clusters stacked by outcome (no finding, low, medium, high).
 * Clicking a bar shows only its clusters in the table; clicking it again shows them all. Redrawn when the scan brings
 * more, or the grouping changes.
 */
final class FleetChart extends StackedBarChart<String, Number> {
    private final FleetViewModel model;

    FleetChart(FleetViewModel model) {
        super(new CategoryAxis(), new NumberAxis());
        this.model = model;
        setId("fleetChart");
        setAnimated(false);
        setLegendVisible(true);
        setCategoryGap(18);
        setMinHeight(150);
        setPrefHeight(200);
        ((NumberAxis) getYAxis()).setMinorTickVisible(false);
        ((NumberAxis) getYAxis()).setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number value) {
                // clusters are whole: no tick says 2.5
                return value.doubleValue() == Math.rint(value.doubleValue()) ? String.valueOf(value.intValue()) : "";
            }

            @Override
            public Number fromString(String text) {
                return Integer.valueOf(text);
            }
        });
        // bars keep a readable width however few the groups: the gap takes the rest
        widthProperty().addListener((o, a, b) -> fitBars());
        getYAxis().setLabel("Clusters");
        model.revisionProperty().addListener((o, a, b) -> redraw());
        model.chartPickProperty().addListener((o, a, b) -> redraw());
        redraw();
    }

    private void fitBars() {
        int groups = Math.max(1, ((CategoryAxis) getXAxis()).getCategories().size());
        setCategoryGap(Math.max(8, (getWidth() - 120) / groups - 90));
    }

    private void redraw() {
        Map<String, Map<Outcome, Integer>> bars = model.summary();
        getData().clear();
        // the groups in name order, as the table has them, not in the order regions came in
        getXAxis().setAutoRanging(false);
        ((CategoryAxis) getXAxis()).getCategories().setAll(bars.keySet());
        for (Outcome outcome : Outcome.values()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(outcome.label());
            for (Map.Entry<String, Map<Outcome, Integer>> group : bars.entrySet()) {
                int count = group.getValue().getOrDefault(outcome, 0);
                if (count > 0) {
                    series.getData().add(new XYChart.Data<>(group.getKey(), count));
                }
            }
            getData().add(series);
            for (XYChart.Data<String, Number> bar : series.getData()) {
                bar.getNode().getStyleClass().add("fleet-outcome-" + outcome.name().toLowerCase(java.util.Locale.ROOT));
                bar.getNode().setStyle(style(bar.getXValue(), outcome));
                bar.getNode().setCursor(Cursor.HAND);
                Tooltip.install(bar.getNode(), new Tooltip(bar.getXValue() + " · " + outcome.label() + ": "
                        + bar.getYValue() + " clusters (click to show only these)"));
                bar.getNode().setOnMouseClicked(e -> model.pick(bar.getXValue(), outcome));
            }
        }
        fitBars();
    }

    /** The outcome's color, the same in the HTML report; a picked bar is outlined. */
    private String style(String group, Outcome outcome) {
        String color = color(outcome);
        FleetViewModel.ChartPick pick = model.chartPickProperty().get();
        boolean picked = pick != null && pick.group().equals(group) && pick.outcome() == outcome;
        return "-fx-bar-fill: " + color + ";" + (picked ? " -fx-border-color: -fx-text-base-color; -fx-border-width: 2;"
                : "");
    }

    static String color(Outcome outcome) {
        return switch (outcome) {
            case PASSES -> "#2e7d32";
            case LOW -> "#f9a825";
            case MEDIUM -> "#ef6c00";
            case HIGH -> "#c62828";
        };
    }
}
