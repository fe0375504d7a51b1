package io.mskconsole.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;

/**
 * Window sizes that fit the screen: a window asks for its comfortable size and gets at most what the primary
 * screen shows (less a margin), so nothing opens larger than the screen at 150% or 200% scaling.
 */
public final class WindowSizes {
    private static final double MARGIN = 40;

    private WindowSizes() {
    }

    public static double width(double preferred) {
        return fit(preferred, Screen.getPrimary().getVisualBounds().getWidth());
    }

    public static double height(double preferred) {
        return fit(preferred, Screen.getPrimary().getVisualBounds().getHeight());
    }

    /**
     * The smallest the window may be made: chosen per window so that no button is cut and no text wraps a
     * character at a time (MinimumSizesFlowTest), and never more than the screen shows.
     */
    public static void minimum(javafx.stage.Stage stage, double width, double height) {
        stage.setMinWidth(width(width));
        stage.setMinHeight(height(height));
    }

    static double fit(double preferred, double available) {
        return Math.max(200, Math.min(preferred, available - MARGIN));
    }

    /** Whether enough of a remembered window would be on one of today's screens to grab it (a screen may be gone). */
    public static boolean visible(WindowBounds bounds) {
        Rectangle2D titleBar = new Rectangle2D(bounds.x() + 40, bounds.y(), Math.max(1, bounds.width() - 80), 30);
        return Screen.getScreens().stream().anyMatch(screen -> screen.getVisualBounds().intersects(titleBar));
    }
}
