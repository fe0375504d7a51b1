package io.mskconsole.ui.common;

import java.nio.file.Path;

/** What the app asks of the desktop: open a folder in the file manager. Recorded instead in tests. */
public interface DesktopActions {
    DesktopActions NONE = folder -> {
    };

    void openFolder(Path folder);

    /**
     * Opens a web address in the system's browser, off the UI thread; {@code failed} is told (on any thread) when no
     * browser could be opened. By default there is none.
     */
    default void openAddress(String address, Runnable failed) {
        failed.run();
    }
}
