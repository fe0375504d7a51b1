package io.mskconsole.ui.trail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.css.CssMetaData;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * The timeline's bars, drawn on a canvas (a year of days is 365 rectangles, not 365 nodes), with the time axis under
 * them; mouse and keys become calls on {@link TrailTimeline}: a drag shows its band and narrows the range to the bars
 * it crossed, a click shows a bar's events, the pointer's bar is described in a tooltip. Left and right move between
 * bars, Enter shows the one chosen, Escape goes back; Tab leaves. The colours come from the stylesheets.
 */
final class TimelineChart extends Region {
    static final double HEIGHT = 84;
    private static final double SIDE = TimelinePainter.SIDE;
    /** How far the pointer moves before a press becomes a drag. */
    static final double DRAG = 4;
    private static final StyleablePropertyFactory<TimelineChart> STYLES =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    /** The style classes of the layers, outcomes then sources: the fill properties below follow this order. */
    private static final List<String> LAYER_STYLES = java.util.stream.Stream.concat(
            TimelineStack.OUTCOME.styles().stream(), TimelineStack.ORIGIN.styles().stream()).toList();

    private final StyleableProperty<Paint> success = STYLES.createStyleablePaintProperty(this, "success",
            "-timeline-success", c -> c.success, Color.web("#43a047"));
    private final StyleableProperty<Paint> error = STYLES.createStyleablePaintProperty(this, "error",
            "-timeline-error", c -> c.error, Color.web("#d32f2f"));
    private final StyleableProperty<Paint> lookup = STYLES.createStyleablePaintProperty(this, "lookup",
            "-timeline-lookup", c -> c.lookup, Color.web("#1f6feb"));
    private final StyleableProperty<Paint> files = STYLES.createStyleablePaintProperty(this, "files",
            "-timeline-files", c -> c.files, Color.web("#8e6bbf"));
    private final StyleableProperty<Paint> s3 = STYLES.createStyleablePaintProperty(this, "s3",
            "-timeline-s3", c -> c.s3, Color.web("#e08a1e"));
    private final StyleableProperty<Paint> athena = STYLES.createStyleablePaintProperty(this, "athena",
            "-timeline-athena", c -> c.athena, Color.web("#1e9e8f"));
    private final StyleableProperty<Paint> textFill = STYLES.createStyleablePaintProperty(this, "textFill",
            "-timeline-text", c -> c.textFill, Color.web("#333333"));
    private final StyleableProperty<Paint> accent = STYLES.createStyleablePaintProperty(this, "accent",
            "-timeline-accent", c -> c.accent, Color.web("#0096c9"));

    private final TrailTimeline timeline;
    private final Canvas canvas = new Canvas();
    private final TimelinePainter painter = new TimelinePainter(canvas);
    private final Tooltip tip = new Tooltip();
    private int hover = -1;
    private int cursor = -1;
    private double pressX = Double.NaN;
    private int bandFrom = -1;
    private int bandTo = -1;

    TimelineChart(TrailTimeline timeline) {
        this.timeline = timeline;
        setId("trailTimeline");
        getStyleClass().add("trail-timeline");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMaxHeight(HEIGHT);
        setMinWidth(0);
        getChildren().add(canvas);
        canvas.setMouseTransparent(true);
        tip.setWrapText(false);
        timeline.bucketsProperty().addListener((o, was, now) -> {
            cursor = now.size() == 0 ? -1 : Math.min(cursor, now.size() - 1);
            hover = Math.min(hover, now.size() - 1);
            if (tip.isShowing() && hover >= 0 && bandFrom < 0) {
                tip.setText(hoverText(hover));
            }
            setAccessibleText(timeline.caption());
            draw();
        });
        for (StyleableProperty<Paint> paint : List.of(success, error, lookup, files, s3, athena, textFill, accent)) {
            ((javafx.beans.Observable) paint).addListener(o -> draw());
        }
        focusedProperty().addListener(o -> draw());
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
        setOnMouseReleased(this::released);
        setOnMouseMoved(this::moved);
        setOnMouseExited(e -> {
            hover = -1;
            tip.hide();
            draw();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    public static List<CssMetaData<? extends javafx.css.Styleable, ?>> getClassCssMetaData() {
        return STYLES.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends javafx.css.Styleable, ?>> getCssMetaData() {
        return STYLES.getCssMetaData();
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            draw();
        }
    }

    /** The plot's width: the bars span it. */
    double plotWidth() {
        return Math.max(1, getWidth() - 2 * SIDE);
    }

    /** The middle of a bar, in the chart's coordinates (for tests). */
    double barMiddle(int bar) {
        return SIDE + (bar + 0.5) * plotWidth() / Math.max(1, timeline.bucketsProperty().get().size());
    }

    /** The time the drag's band covers, or null when there is no drag (for tests). */
    TimeSpan band() {
        return bandFrom < 0 ? null : timeline.spanAcross(pressX - SIDE, barMiddle(bandTo) - SIDE, plotWidth());
    }

    TrailTimeline timeline() {
        return timeline;
    }

    private int barAt(double x) {
        return timeline.bucketsProperty().get().barAt(x - SIDE, plotWidth());
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        requestFocus();
        pressX = e.getX();
    }

    private void dragged(MouseEvent e) {
        if (Double.isNaN(pressX) || Math.abs(e.getX() - pressX) < DRAG && bandFrom < 0) {
            return;
        }
        bandFrom = barAt(pressX);
        bandTo = barAt(e.getX());
        if (bandFrom >= 0) {
            showTip(e, timeline.describe(bandFrom, bandTo) + "\nRelease to show these events");
        }
        draw();
    }

    private void released(MouseEvent e) {
        if (Double.isNaN(pressX) || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        double from = pressX;
        boolean wasDrag = bandFrom >= 0;
        pressX = Double.NaN;
        bandFrom = -1;
        bandTo = -1;
        tip.hide();
        if (wasDrag) {
            timeline.dragged(from - SIDE, e.getX() - SIDE, plotWidth());
        } else {
            timeline.clicked(e.getX() - SIDE, plotWidth());
        }
        draw();
    }

    private void moved(MouseEvent e) {
        int bar = barAt(e.getX());
        if (bar != hover || !tip.isShowing()) {
            hover = bar;
            draw();
        }
        if (bar >= 0) {
            showTip(e, hoverText(bar));
        } else {
            tip.hide();
        }
    }

    private String hoverText(int bar) {
        return timeline.describe(bar, bar) + (timeline.bucketsProperty().get().total(bar) > 0
                ? "\nClick to show these events, drag to choose a stretch" : "");
    }

    private void showTip(MouseEvent e, String text) {
        tip.setText(text);
        if (tip.isShowing()) {
            tip.setAnchorX(e.getScreenX() + 14);
            tip.setAnchorY(e.getScreenY() + 20);
        } else if (getScene() != null && getScene().getWindow() != null) {
            tip.show(this, e.getScreenX() + 14, e.getScreenY() + 20);
        }
    }

    private void key(KeyEvent e) {
        int bars = timeline.bucketsProperty().get().size();
        switch (e.getCode()) {
            case LEFT, RIGHT, HOME, END -> {
                if (bars == 0) {
                    return;
                }
                cursor = switch (e.getCode()) {
                    case HOME -> 0;
                    case END -> bars - 1;
                    case LEFT -> cursor < 0 ? bars - 1 : Math.max(0, cursor - 1);
                    default -> cursor < 0 ? 0 : Math.min(bars - 1, cursor + 1);
                };
                setAccessibleText(timeline.describe(cursor, cursor));
                draw();
            }
            case ENTER, SPACE -> {
                if (cursor < 0) {
                    return;
                }
                timeline.showBar(cursor);
            }
            case ESCAPE -> {
                if (!timeline.canGoBackProperty().get()) {
                    return;
                }
                timeline.back();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }
    private void draw() {
        Map<String, Color> layers = new HashMap<>();
        List<StyleableProperty<Paint>> fills = List.of(success, error, lookup, files, s3, athena);
        for (int i = 0; i < fills.size(); i++) {
            layers.put(LAYER_STYLES.get(i), color(fills.get(i)));
        }
        painter.paint(timeline.bucketsProperty().get(), new TimelinePainter.Colors(layers, color(textFill),
                color(accent)), new TimelinePainter.Marks(hover, bandFrom, bandTo, isFocused() ? cursor : -1));
    }

    private static Color color(StyleableProperty<Paint> paint) {
        return paint.getValue() instanceof Color c ? c : Color.GRAY;
    }
}
