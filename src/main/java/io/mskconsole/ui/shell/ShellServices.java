package io.mskconsole.ui.shell;

import io.mskconsole.ui.common.DesktopActions;
import io.mskconsole.ui.common.UiPreferences;
import io.mskconsole.ui.trail.ColumnStore;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the main window takes from the app besides its view model: where settings are kept, the desktop, the About
 * facts, how to read the system's theme.
 *
 * @param columns     remembers the CloudTrail table's hidden columns
 * @param preferences remembers the theme and the window's place
 * @param systemTheme whether the system prefers dark; empty when it cannot be read (may run a process)
 */
public record ShellServices(ColumnStore columns, UiPreferences preferences, DesktopActions desktop, AboutInfo about,
                            Supplier<Optional<Boolean>> systemTheme) {
    /** Nothing remembered, no desktop, the system's theme unknown: for tests. */
    public static ShellServices none() {
        return new ShellServices(ColumnStore.NONE, UiPreferences.NONE, DesktopActions.NONE, AboutInfo.UNKNOWN,
                Optional::empty);
    }

    public ShellServices withColumns(ColumnStore store) {
        return new ShellServices(store, preferences, desktop, about, systemTheme);
    }
}
