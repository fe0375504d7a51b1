package io.mskconsole.ui.trail;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws the timeline on a canvas: the stacked bars (layer 0 at the bottom), the fullest bar's count over them, the
 * time axis under them, and what marks them: the bar under the pointer, the drag's band, the keyboard's bar.
 */
final class TimelinePainter {
    /** Room above the bars (for the fullest bar's count), under them (the axis) and at each side. */
    static final double TOP = 15;
    static final double AXIS = 17;
    static final double SIDE = 8;
    private static final Font FONT = Font.font(11);

    /** The colours: of each layer by its style class, of the text, of the marks. */
    record Colors(Map<String, Color> layers, Color text, Color accent) {
        Color layer(String style) {
            return layers.getOrDefault(style, Color.GRAY);
        }
    }

    /** The bar under the pointer, the drag's first and last bars, the keyboard's bar: -1 for none. */
    record Marks(int hover, int bandFrom, int bandTo, int cursor) {
    }

    private final Canvas canvas;
    private final Text measure = new Text();
    private List<TimelineTicks.Tick> ticks = List.of();
    private TimelineBuckets ticksOf;
    private double ticksWidth;

    TimelinePainter(Canvas canvas) {
        this.canvas = canvas;
        measure.setFont(FONT);
    }

    /** Draws the bars with what marks them. */
    void paint(TimelineBuckets buckets, Colors colors, Marks marks) {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w <= 2 * SIDE || h <= TOP + AXIS) {
            return;
        }
        Color text = colors.text();
        double plot = w - 2 * SIDE;
        double bottom = h - AXIS;
        double height = bottom - TOP;
        g.setFont(FONT);
        g.setTextBaseline(VPos.BASELINE);
        g.setTextAlign(TextAlignment.LEFT);
        int bars = buckets.size();
        double width = plot / Math.max(1, bars);
        if (marks.hover() >= 0 && marks.hover() < bars && marks.bandFrom() < 0) {
            g.setFill(text.deriveColor(0, 1, 1, 0.1));
            g.fillRect(SIDE + marks.hover() * width, TOP - 2, width, height + 2);
        }
        if (bars > 0 && buckets.max() > 0) {
            bars(g, buckets, colors, width, bottom, height);
            g.setFill(text.deriveColor(0, 1, 1, 0.7));
            g.fillText(String.format(Locale.ROOT, "%,d", buckets.max()), SIDE, TOP - 4);
            g.setStroke(text.deriveColor(0, 1, 1, 0.15));
            g.setLineDashes(2, 3);
            g.strokeLine(SIDE, TOP + 0.5, SIDE + plot, TOP + 0.5);
            g.setLineDashes((double[]) null);
        } else {
            g.setFill(text.deriveColor(0, 1, 1, 0.6));
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(buckets == TimelineBuckets.NONE ? "No events loaded"
                    : "No events shown in this range", w / 2, TOP + height / 2 + 4);
            g.setTextAlign(TextAlignment.LEFT);
        }
        if (bars == 0) {
            return;
        }
        g.setStroke(text.deriveColor(0, 1, 1, 0.35));
        g.strokeLine(SIDE, Math.floor(bottom) + 0.5, SIDE + plot, Math.floor(bottom) + 0.5);
        axis(g, buckets, text, plot, bottom, h);
        if (marks.bandFrom() >= 0) {
            Color band = colors.accent();
            double from = SIDE + Math.min(marks.bandFrom(), marks.bandTo()) * width;
            double to = SIDE + (Math.max(marks.bandFrom(), marks.bandTo()) + 1) * width;
            g.setFill(band.deriveColor(0, 1, 1, 0.2));
            g.fillRect(from, 1, to - from, bottom - 1);
            g.setStroke(band);
            g.strokeLine(Math.round(from) + 0.5, 1, Math.round(from) + 0.5, bottom);
            g.strokeLine(Math.round(to) - 0.5, 1, Math.round(to) - 0.5, bottom);
        }
        if (marks.cursor() >= 0 && marks.cursor() < bars) {
            g.setStroke(colors.accent());
            g.setLineWidth(1.5);
            g.strokeRect(SIDE + marks.cursor() * width + 0.75, TOP - 1, Math.max(2, width - 1.5), height + 1);
            g.setLineWidth(1);
        }
    }

    /** The bars, layer 0 at the bottom; a layer with any event is at least a pixel high. */
    private static void bars(GraphicsContext g, TimelineBuckets buckets, Colors colors, double width, double bottom,
                             double height) {
        double gap = width >= 6 ? Math.min(2, width / 6) : 0;
        int layers = buckets.stack().layers().size();
        for (int bar = 0; bar < buckets.size(); bar++) {
            if (buckets.total(bar) == 0) {
                continue;
            }
            double left = Math.round(SIDE + bar * width);
            double right = Math.max(left + 1, Math.round(SIDE + (bar + 1) * width - gap));
            double filled = 0;
            for (int layer = 0; layer < layers; layer++) {
                int count = buckets.count(bar, layer);
                if (count == 0) {
                    continue;
                }
                double pixels = Math.min(height - filled, Math.max(1, Math.round(count * height / buckets.max())));
                g.setFill(colors.layer(buckets.stack().styles().get(layer)));
                g.fillRect(left, bottom - filled - pixels, right - left, pixels);
                filled += pixels;
            }
        }
    }

    private void axis(GraphicsContext g, TimelineBuckets buckets, Color text, double plot, double bottom, double h) {
        if (buckets != ticksOf || plot != ticksWidth) {
            ticksOf = buckets;
            ticksWidth = plot;
            ticks = TimelineTicks.of(buckets, TrailTimeline.ZONE, plot, label -> {
                measure.setText(label);
                return measure.getLayoutBounds().getWidth();
            });
        }
        for (TimelineTicks.Tick tick : ticks) {
            double x = Math.round(SIDE + tick.x()) + 0.5;
            g.setStroke(text.deriveColor(0, 1, 1, 0.35));
            g.strokeLine(x, bottom, x, bottom + 4);
            g.setFill(text.deriveColor(0, 1, 1, 0.8));
            g.fillText(tick.label(), x - 0.5 + TimelineTicks.PAD, h - 4);
        }
    }
}
