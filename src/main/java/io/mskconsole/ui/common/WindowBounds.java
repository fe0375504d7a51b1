package io.mskconsole.ui.common;

/** Where a window stood and how big it was, in screen coordinates, to put it back there next time. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    public WindowBounds {
        if (!(width > 0) || !(height > 0) || !Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("not a window's bounds: " + x + "," + y + " " + width + "x" + height);
        }
    }
}
