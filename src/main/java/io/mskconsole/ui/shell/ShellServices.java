package io.mskconsole.ui.shell;

import io.mskconsole.core.levels.RaisedLevelStore;
import io.mskconsole.core.trail.TrailKeeping;
import io.mskconsole.core.trailcache.TrailFileCache;
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
 * @param raisedLevels the broker log levels this app raised, kept between runs (shared with the commands)
 * @param trailCache  keeps the trail files read from S3 between reads and runs (shared with the commands)
 * @param keeping     where the CloudTrail browser keeps the records' texts it loads, and LookupEvents' answers
 *                    between runs (shared with the commands)
 */
public record ShellServices(ColumnStore columns, UiPreferences preferences, DesktopActions desktop, AboutInfo about,
                            Supplier<Optional<Boolean>> systemTheme, RaisedLevelStore raisedLevels,
                            TrailFileCache trailCache, TrailKeeping keeping) {
    public ShellServices {
        keeping = keeping == null ? TrailKeeping.HEAP : keeping;
    }

    public ShellServices(ColumnStore columns, UiPreferences preferences, DesktopActions desktop, AboutInfo about,
                         Supplier<Optional<Boolean>> systemTheme, RaisedLevelStore raisedLevels,
                         TrailFileCache trailCache) {
        this(columns, preferences, desktop, about, systemTheme, raisedLevels, trailCache, TrailKeeping.HEAP);
    }

    /** Keeping no trail files. */
    public ShellServices(ColumnStore columns, UiPreferences preferences, DesktopActions desktop, AboutInfo about,
                         Supplier<Optional<Boolean>> systemTheme, RaisedLevelStore raisedLevels) {
        this(columns, preferences, desktop, about, systemTheme, raisedLevels, TrailFileCache.NONE);
    }

    /** Nothing remembered, no desktop, the system's theme unknown: for tests. */
    public static ShellServices none() {
        return new ShellServices(ColumnStore.NONE, UiPreferences.NONE, DesktopActions.NONE, AboutInfo.UNKNOWN,
                Optional::empty, RaisedLevelStore.inMemory(), TrailFileCache.NONE);
    }

    public ShellServices withColumns(ColumnStore store) {
        return new ShellServices(store, preferences, desktop, about, systemTheme, raisedLevels, trailCache, keeping);
    }

    public ShellServices withRaisedLevels(RaisedLevelStore store) {
        return new ShellServices(columns, preferences, desktop, about, systemTheme, store, trailCache, keeping);
    }

    public ShellServices withTrailCache(TrailFileCache cache) {
        return new ShellServices(columns, preferences, desktop, about, systemTheme, raisedLevels, cache, keeping);
    }

    public ShellServices withKeeping(TrailKeeping kept) {
        return new ShellServices(columns, preferences, desktop, about, systemTheme, raisedLevels, trailCache, kept);
    }
}
