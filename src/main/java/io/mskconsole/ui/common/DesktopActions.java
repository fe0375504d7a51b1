package io.mskconsole.ui.common;

import java.nio.file.Path;

/** What the app asks of the desktop: open a folder in the file manager. Recorded instead in tests. */
public interface DesktopActions {
    DesktopActions NONE = folder -> {
    };

    void openFolder(Path folder);
}
