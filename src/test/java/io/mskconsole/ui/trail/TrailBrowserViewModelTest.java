package io.mskconsole.ui.trail;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.trail.LookupKey;
import io.mskconsole.core.trail.LookupPage;
import io.mskconsole.core.trail.LookupRequest;
import io.mskconsole.core.trail.Ticker;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailGateway;
import io.mskconsole.core.trail.TrailRecords;
import io.mskconsole.core.trail.TrailSource;
import io.mskconsole.testing.QueuedTaskExecutor;
import io.mskconsole.ui.common.ImmediateTaskExecutor;
import io.mskconsole.ui.common.Notice;
import io.mskconsole.ui.common.TaskExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import io.mskconsole.core.lookupcache.DiskLookupCache;
import io.mskconsole.core.trail.LookupCache;
import io.mskconsole.core.trail.TrailKeeping;
import io.mskconsole.core.trailstore.RecordStore;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class TrailBrowserViewModelTest {
    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    static final Ticker NO_WAIT = new Ticker() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public boolean sleep(Duration duration, Cancellation cancellation) {
            return cancellation.isCancelled();
        }
    };
    final Map<String, Region> regions = new HashMap<>();

    /** A region's LookupEvents: records by EventSource, pages of two, every request recorded. */
    static final class Region implements TrailGateway {
        final String name;
        final Map<String, List<String>> bySource = new HashMap<>();
        final List<LookupRequest> requests = Collections.synchronizedList(new ArrayList<>());

        Region(String name) {
            this.name = name;
        }

        @Override
        public String region() {
            return name;
        }

        @Override
        public LookupPage lookupEvents(LookupRequest request) {
            requests.add(request);
            List<String> all = bySource.getOrDefault(request.attribute().value(), List.of());
            int from = request.nextToken() == null ? 0 : Integer.parseInt(request.nextToken());
            int to = Math.min(all.size(), from + 2);
            return new LookupPage(all.subList(from, to), to < all.size() ? String.valueOf(to) : null);
        }
    }

    static String record(String id, String source, String time, String user, String cluster, String error) {
        return "{\"eventID\": \"" + id + "\", \"eventTime\": \"" + time + "\", \"eventSource\": \"" + source
                + "\", \"eventName\": \"Name" + id + "\", \"awsRegion\": \"us-east-1\", \"readOnly\": " + id.startsWith("r")
                + ", \"userIdentity\": {\"type\": \"IAMUser\", \"userName\": \"" + user + "\"},"
                + " \"requestParameters\": {\"clusterArn\": \"arn:aws:kafka:us-east-1:111122223333:cluster/" + cluster
                + "/u-1\"}" + (error == null ? "" : ", \"errorCode\": \"" + error + "\"") + "}";
    }

    Region region(String name) {
        return regions.computeIfAbsent(name, Region::new);
    }

    TrailBrowserViewModel model(TaskExecutor executor) {
        return new TrailBrowserViewModel(regions::get, List.of("eu-west-1", "us-east-1"), "us-east-1", executor,
                Clock.fixed(NOW, ZoneOffset.UTC), NO_WAIT);
    }

    {
        region("us-east-1").bySource.put("kafka.amazonaws.com", List.of(
                record("r1", "kafka.amazonaws.com", "2026-11-25T11:00:00Z", "alice", "orders", null),
                record("w2", "kafka.amazonaws.com", "2026-11-24T11:00:00Z", "bob", "payments", "AccessDenied"),
                record("w3", "kafka.amazonaws.com", "2026-11-20T11:00:00Z", "alice", "orders", null)));
        region("us-east-1").bySource.put("kafka-cluster.amazonaws.com", List.of(
                record("w4", "kafka-cluster.amazonaws.com", "2026-11-25T11:30:00Z", "carol", "orders", null)));
        region("eu-west-1").bySource.put("kafka.amazonaws.com", List.of(
                record("r5", "kafka.amazonaws.com", "2026-11-23T08:00:00Z", "dave", "audit", null)));
    }

    @Test
    void aSecondSearchShowsWhatWasKeptAndAsksOnlyForTheLastMinutesAndRefreshAllAsksEverything(@TempDir Path dir) {
        TrailBrowserViewModel model = model(new ImmediateTaskExecutor()).keepingIn(new TrailKeeping(
                () -> RecordStore.in(dir.resolve("records")), new DiskLookupCache(dir.resolve("lookups"),
                DiskLookupCache.DEFAULT_LIMIT)), () -> "profile:admin");
        model.search();
        region("us-east-1").requests.clear();

        model.search();

        assertThat(model.events()).extracting(TrailEvent::eventId).containsExactly("w4", "r1", "w2", "w3");
        assertThat(model.events().get(0).record()).isEqualTo(region("us-east-1").bySource
                .get("kafka-cluster.amazonaws.com").get(0)); // its text read back from the store
        assertThat(region("us-east-1").requests).extracting(LookupRequest::start).containsOnly(
                NOW.minus(LookupCache.SETTLE));
        assertThat(model.progressTextProperty().get()).startsWith("4 events · ")
                .contains(" · 4 kept from a fetch at 2026-11-25 12:00 UTC");
        region("us-east-1").requests.clear();

        model.refreshAll();

        assertThat(region("us-east-1").requests).extracting(LookupRequest::start).containsOnly(
                NOW.minus(Duration.ofDays(7)));
        assertThat(model.events()).hasSize(4); // what was kept is shown meanwhile, and nothing twice
        assertThat(model.progressTextProperty().get()).contains(" · 4 kept from a fetch at 2026-11-25 12:00 UTC");
    }

    @Test
    void bothSourcesArriveMergedNewestFirstWithProgress() {
        TrailBrowserViewModel model = model(new ImmediateTaskExecutor());
        model.search();

        assertThat(model.events()).extracting(TrailEvent::eventId).containsExactly("w4", "r1", "w2", "w3");
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.progressTextProperty().get()).startsWith("4 events · 3 pages · ").endsWith(" · done");
        LookupRequest first = region("us-east-1").requests.get(0);
        assertThat(first.start()).isEqualTo(NOW.minus(Duration.ofDays(7)));
        assertThat(first.end()).isEqualTo(NOW);
    }

    @Test
    void severalRegionsAtOnceWithoutDuplicates() {
        region("eu-west-1").bySource.put("kafka.amazonaws.com", List.of(
                record("r5", "kafka.amazonaws.com", "2026-11-23T08:00:00Z", "dave", "audit", null),
                record("r1", "kafka.amazonaws.com", "2026-11-25T11:00:00Z", "alice", "orders", null)));
        TrailBrowserViewModel model = model(new ImmediateTaskExecutor());
        model.presetProperty().set(TrailSource.Preset.MSK);
        model.regions().setAll("us-east-1", "eu-west-1");
        model.search();

        assertThat(model.events()).extracting(TrailEvent::eventId).containsExactly("r1", "w2", "r5", "w3");
    }

    @Test
    void filtersWorkOnTheLoadedEventsTogether() {
        TrailBrowserViewModel model = model(new ImmediateTaskExecutor());
        model.search();
        TrailFilters filters = model.filters();

        filters.user().set("ALICE");
        assertThat(model.shown()).extracting(TrailEvent::eventId).containsExactly("r1", "w3");
        filters.readOnly().set(false);
        assertThat(model.shown()).extracting(TrailEvent::eventId).containsExactly("w3");
        filters.clear();
        filters.hasError().set(true);
        assertThat(model.shown()).extracting(TrailEvent::eventId).containsExactly("w2");
        filters.clear();
        filters.text().set("orders carol");
        assertThat(model.shown()).extracting(TrailEvent::eventId).containsExactly("w4");
        filters.clear();
        assertThat(model.shown()).hasSize(4);
    }

    @Test
    void aLookupAttributeIsSentAndNeedsAValue() {
        TrailBrowserViewModel model = model(new ImmediateTaskExecutor());
        model.lookupKeyProperty().set(LookupKey.USERNAME);
        model.search();
        assertThat(model.noticeProperty().get().kind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(region("us-east-1").requests).isEmpty();

        region("us-east-1").bySource.put("alice", List.of(
                record("r1", "kafka.amazonaws.com", "2026-11-25T11:00:00Z", "alice", "orders", null),
                record("x9", "ec2.amazonaws.com", "2026-11-25T11:00:00Z", "alice", "orders", null)));
        model.lookupValueProperty().set(" alice ");
        model.search();
        assertThat(region("us-east-1").requests).singleElement().satisfies(r -> {
            assertThat(r.attribute().key()).isEqualTo(LookupKey.USERNAME);
            assertThat(r.attribute().value()).isEqualTo("alice");
        });
        assertThat(model.events()).extracting(TrailEvent::eventId).as("other services dropped").containsExactly("r1");
    }

    @Test
    void cancelStopsAtOnceAndKeepsWhatArrived() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        TrailBrowserViewModel model = model(executor);
        model.search();
        model.cancel();

        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.progressTextProperty().get()).endsWith(" · stopped");
        executor.runAll();
        assertThat(model.events()).isEmpty();
        assertThat(region("us-east-1").requests).as("the cancelled lookup sends nothing more").isEmpty();
        assertThat(model.progressTextProperty().get()).as("its last progress does not say done").endsWith(" · stopped");
    }

    @Test
    void theNinetyDayPresetIsWhatLookupEventsSeesAndIsNotWarnedAbout() {
        Clock ticking = new Clock() { // a second passes between each look at the time, as on a slow machine
            private Instant now = NOW;

            @Override
            public synchronized Instant instant() {
                now = now.plusSeconds(1);
                return now;
            }

            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        TrailBrowserViewModel model = new TrailBrowserViewModel(regions::get, List.of("eu-west-1", "us-east-1"),
                "us-east-1", new ImmediateTaskExecutor(), ticking, NO_WAIT);
        model.rangeProperty().set(TimeRange.LAST_90_DAYS);
        model.search();

        assertThat(model.noticeProperty().get()).isEqualTo(io.mskconsole.ui.common.Notice.NONE);
    }

    @Test
    void eventsFromFilesReplaceALookupUnderWay() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        TrailBrowserViewModel model = model(executor);
        model.search();
        assertThat(model.runningProperty().get()).isTrue();
        model.replaceWith(List.of(TrailRecords.parse(record("k1", "kafka.amazonaws.com", "2026-11-01T00:00:00Z",
                "x", "orders", null)).orElseThrow()), "1 event from 1 file");

        executor.runAll();

        assertThat(model.events()).extracting(TrailEvent::eventId).as("the superseded lookup adds nothing")
                .containsExactly("k1");
        assertThat(model.progressTextProperty().get()).isEqualTo("1 event from 1 file");
    }

    @Test
    void moreThanNinetyDaysBackWarnsThatLookupEventsCannotSeeIt() {
        TrailBrowserViewModel model = model(new ImmediateTaskExecutor());
        model.rangeProperty().set(TimeRange.CUSTOM);
        model.customStartProperty().set(NOW.minus(Duration.ofDays(120)));
        model.customEndProperty().set(NOW);
        model.search();

        assertThat(model.noticeProperty().get().text()).contains("last 90 days only", "trail log files");
    }

    @Test
    void showActivityOfAClusterLooksUpItsRegionAndFiltersToIt() {
        region("us-east-1").bySource.put("kafka.amazonaws.com", List.of(
                record("r1", "kafka.amazonaws.com", "2026-11-25T11:00:00Z", "alice", "orders", null),
                record("r7", "kafka.amazonaws.com", "2026-11-25T10:00:00Z", "alice", "orders-archive", null),
                record("w3", "kafka.amazonaws.com", "2026-11-20T11:00:00Z", "alice", "orders", null)));
        TrailBrowserViewModel model = model(new ImmediateTaskExecutor());
        String arn = "arn:aws:kafka:us-east-1:111122223333:cluster/orders/u-1";
        ClusterActivity.show(model, arn, "us-east-1");

        assertThat(model.shown()).extracting(TrailEvent::eventId).as("not orders-archive")
                .containsExactly("w4", "r1", "w3");
        assertThat(model.presetProperty().get()).isEqualTo(TrailSource.Preset.BOTH);
        assertThat(model.filters().cluster().get()).isEqualTo(arn);
    }

    @Test
    void activityAroundALogEntryAsksFromAnHourBeforeToAQuarterHourAfterButNotPastNow() {
        TrailBrowserViewModel model = model(new ImmediateTaskExecutor());
        String arn = "arn:aws:kafka:us-east-1:111122223333:cluster/orders/u-1";

        ClusterActivity.around(model, arn, "us-east-1", Instant.parse("2026-11-25T11:20:00Z"));

        assertThat(model.rangeProperty().get()).isEqualTo(TimeRange.CUSTOM);
        LookupRequest first = region("us-east-1").requests.get(0);
        assertThat(first.start()).isEqualTo(Instant.parse("2026-11-25T10:20:00Z"));
        assertThat(first.end()).isEqualTo(Instant.parse("2026-11-25T11:35:00Z"));
        assertThat(model.filters().cluster().get()).isEqualTo(arn);
        assertThat(model.regions()).containsExactly("us-east-1");

        region("us-east-1").requests.clear();
        ClusterActivity.around(model, arn, "us-east-1", NOW.minus(Duration.ofMinutes(5)));
        assertThat(region("us-east-1").requests.get(0).end()).as("the end is now at the latest").isEqualTo(NOW);

        region("us-east-1").requests.clear();
        ClusterActivity.around(model, arn, "us-east-1", NOW.plus(Duration.ofDays(1)));
        assertThat(region("us-east-1").requests.get(0).start()).as("a line dated ahead: the hour before now")
                .isEqualTo(NOW.minus(Duration.ofHours(1)));
    }

    @Test
    void aFileReadThatFinishesAfterANewSearchDoesNotOverwriteIt() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("trail", ".json");
        java.nio.file.Files.writeString(file, "{\"Records\": [" + record("f1", "kafka.amazonaws.com",
                "2025-01-01T00:00:00Z", "old", "orders", null) + "]}");
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        TrailBrowserViewModel model = model(executor);
        TrailFileActions files = new TrailFileActions(model, executor, new io.mskconsole.testing.RecordingDialogs());

        files.open(List.of(file));
        model.search();
        executor.run(1);
        executor.run(0);

        assertThat(model.events()).extracting(TrailEvent::eventId).containsExactly("w4", "r1", "w2", "w3");

        files.open(List.of(file));
        executor.runAll();
        assertThat(model.events()).extracting(TrailEvent::eventId).containsExactly("f1");
        assertThat(model.progressTextProperty().get()).startsWith("1 event from 1 file");
    }
}
