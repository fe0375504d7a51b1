package io.mskconsole.ui.trail;

import io.mskconsole.core.trail.LookupCaches;
import io.mskconsole.core.trailcache.TrailFileCache;
import io.mskconsole.ui.common.DialogService;
import io.mskconsole.ui.common.Messages;
import io.mskconsole.ui.common.Notice;
import io.mskconsole.ui.common.TaskExecutor;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The trail file cache and the LookupEvents cache from the CloudTrail browser's menu: their sizes, read in the
 * background when the menu opens, and Clear after asking, in the background too. On the UI thread.
 */
public final class TrailCacheActions {
    private static final String CLEAR = "Clear trail file cache";
    private static final String CLEAR_LOOKUPS = "Clear LookupEvents cache";
    private final TrailFileCache cache;
    private final TrailBrowserViewModel model;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ReadOnlyStringWrapper clearText = new ReadOnlyStringWrapper(CLEAR + "…");
    private final ReadOnlyStringWrapper clearLookupsText = new ReadOnlyStringWrapper(CLEAR_LOOKUPS + "…");

    public TrailCacheActions(TrailFileCache cache, TrailBrowserViewModel model, TaskExecutor executor,
                             DialogService dialogs) {
        this.cache = cache;
        this.model = model;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /** Whether there is a trail file cache to show (none in tests that give none). */
    public boolean keeps() {
        return cache.keeps();
    }

    /** Whether LookupEvents' answers are kept between runs. */
    public boolean keepsLookups() {
        return model.keepsLookups();
    }

    /** "Clear LookupEvents cache (3.1 MB)…", once the size has been read. */
    public ReadOnlyStringProperty clearLookupsTextProperty() {
        return clearLookupsText.getReadOnlyProperty();
    }

    /** Asks, then deletes the LookupEvents answers kept, every account's, in the background. */
    public void clearLookups() {
        if (!dialogs.confirm(CLEAR_LOOKUPS, "Delete the CloudTrail events kept from earlier lookups, of every "
                + "account, on this computer? The next search asks CloudTrail for its whole range again.", "Clear")) {
            return;
        }
        LookupCaches lookups = model.keeping().lookups();
        executor.execute(c -> {
            long size = lookups.size();
            lookups.clear();
            return size;
        }, freed -> {
            clearLookupsText.set(CLEAR_LOOKUPS + " (empty)…");
            model.notice(Notice.success("Cleared the LookupEvents cache: " + size(freed) + " freed."));
        }, failure -> model.notice(Notice.error("Could not clear the LookupEvents cache: "
                + Messages.of(failure))));
    }

    /** The most the cache holds. */
    public long limit() {
        return cache.limit();
    }

    /** "Clear trail file cache (12.3 MB)…", once the size has been read. */
    public ReadOnlyStringProperty clearTextProperty() {
        return clearText.getReadOnlyProperty();
    }

    /** Reads the cache's size in the background into {@link #clearTextProperty()}. */
    public void readSize() {
        executor.execute(c -> cache.size(), this::showSize, failure -> clearText.set(CLEAR + "…"));
        if (keepsLookups()) {
            LookupCaches lookups = model.keeping().lookups();
            executor.execute(c -> lookups.size(), bytes -> clearLookupsText.set(CLEAR_LOOKUPS + " ("
                    + (bytes == 0 ? "empty" : size(bytes)) + ")…"), failure -> clearLookupsText.set(CLEAR_LOOKUPS
                    + "…"));
        }
    }

    /** Asks, then deletes what the cache holds, in the background, and says how much went. */
    public void clear() {
        if (!dialogs.confirm("Clear trail file cache", "Delete the trail files and day listings kept from S3 on this "
                + "computer? The next read of a range reads them from S3 again.", "Clear")) {
            return;
        }
        executor.execute(c -> cache.clear(), freed -> {
            showSize(0L);
            model.notice(Notice.success("Cleared the trail file cache: " + size(freed) + " freed."));
        }, failure -> model.notice(Notice.error("Could not clear the trail file cache: " + Messages.of(failure))));
    }

    private void showSize(long bytes) {
        clearText.set(CLEAR + " (" + (bytes == 0 ? "empty" : size(bytes)) + ")…");
    }

    /** "840 KB", "12.3 MB". */
    static String size(long bytes) {
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%,d KB", (bytes + 1023) / 1024)
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
