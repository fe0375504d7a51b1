package io.mskconsole.ui.trail;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.trailcache.DiskTrailFileCache;
import io.mskconsole.core.trailcache.TrailFileCache;
import io.mskconsole.testing.RecordingDialogs;
import io.mskconsole.ui.common.ImmediateTaskExecutor;
import io.mskconsole.ui.common.Notice;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import io.mskconsole.core.lookupcache.DiskLookupCache;
import io.mskconsole.core.trail.LookupCache;
import io.mskconsole.core.trail.RecordSink;
import io.mskconsole.core.trail.TrailKeeping;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser's trail files read through the cache: the second read's progress says they came from it, and the
 * menu's Clear gives its size, asks, and empties it.
 */
class TrailCacheActionsTest {
    @TempDir
    Path folder;
    final TrailBucketLoadTest files = new TrailBucketLoadTest();
    final RecordingDialogs dialogs = new RecordingDialogs();

    @Test
    void aSecondLoadComesFromTheCacheWhichTheMenuShowsAndClears() {
        DiskTrailFileCache cache = new DiskTrailFileCache(folder, DiskTrailFileCache.DEFAULT_LIMIT,
                Clock.fixed(TrailBucketLoadTest.NOW, ZoneOffset.UTC));
        TrailBrowserViewModel model = files.model;
        TrailBucketLoad load = new TrailBucketLoad(model, new ImmediateTaskExecutor(), region -> cache.cached(
                files.bucket, false));
        TrailCacheActions actions = new TrailCacheActions(cache, model, new ImmediateTaskExecutor(), dialogs);
        files.file("2026-03-01T10:05", "a", "2026-03-01T10:00:00Z");
        files.file("2026-03-04T10:05", "b", "2026-03-04T10:00:00Z");
        model.rangeProperty().set(TimeRange.LAST_WEEK);
        load.load(TrailBucketLoadTest.LOCAL, List.of("111122223333"));
        files.bucket.calls.clear();

        load.load(TrailBucketLoadTest.LOCAL, List.of("111122223333"));

        assertThat(model.progressTextProperty().get()).startsWith("S3 · 2 of 2 files (2 cached), ");
        assertThat(files.bucket.calls).as("only the days still open are listed").isNotEmpty()
                .allMatch(c -> c.matches("objects .*/2026/03/0[345]/"));
        assertThat(actions.clearTextProperty().get()).isEqualTo("Clear trail file cache…");
        actions.readSize();
        long size = cache.size();
        assertThat(actions.clearTextProperty().get()).isEqualTo("Clear trail file cache (" + TrailCacheActions.size(
                size) + ")…").endsWith(" KB)…");

        dialogs.answer = false;
        actions.clear();
        assertThat(cache.size()).as("not cleared when the answer is no").isEqualTo(size);

        dialogs.answer = true;
        actions.clear();
        assertThat(dialogs.confirmations).hasSize(2).allMatch(q -> q.startsWith("Clear trail file cache: "));
        assertThat(cache.size()).isZero();
        assertThat(actions.clearTextProperty().get()).isEqualTo("Clear trail file cache (empty)…");
        assertThat(model.noticeProperty().get()).isEqualTo(Notice.success("Cleared the trail file cache: "
                + TrailCacheActions.size(size) + " freed."));
        assertThat(new TrailCacheActions(TrailFileCache.NONE, model, new ImmediateTaskExecutor(), dialogs).keeps())
                .as("no menu without a cache").isFalse();
    }

    @Test
    void theLookupEventsCacheIsShownAndClearedFromTheSameMenuAfterAsking() throws Exception {
        DiskLookupCache lookups = new DiskLookupCache(folder.resolve("lookups"), DiskLookupCache.DEFAULT_LIMIT);
        TrailBrowserViewModel model = files.model.keepingIn(new TrailKeeping(() -> RecordSink.HEAP, lookups),
                () -> "profile:admin");
        TrailCacheActions actions = new TrailCacheActions(TrailFileCache.NONE, model, new ImmediateTaskExecutor(),
                dialogs);
        Instant now = TrailBucketLoadTest.NOW;
        lookups.of("profile:admin").write("us-east-1", "kafka.amazonaws.com", new LookupCache.Span(
                now.minus(Duration.ofDays(2)), now), List.of(), now);
        assertThat(actions.keeps()).isFalse();
        assertThat(actions.keepsLookups()).isTrue();

        actions.readSize();
        assertThat(actions.clearLookupsTextProperty().get()).isEqualTo("Clear LookupEvents cache ("
                + TrailCacheActions.size(lookups.size()) + ")…");
        dialogs.answer = false;
        actions.clearLookups();
        assertThat(lookups.size()).isPositive();
        dialogs.answer = true;
        actions.clearLookups();

        assertThat(lookups.size()).isZero();
        assertThat(dialogs.confirmations).hasSize(2).allMatch(q -> q.startsWith("Clear LookupEvents cache: "));
        assertThat(actions.clearLookupsTextProperty().get()).isEqualTo("Clear LookupEvents cache (empty)…");
        assertThat(model.noticeProperty().get().text()).startsWith("Cleared the LookupEvents cache: ");
    }
}
