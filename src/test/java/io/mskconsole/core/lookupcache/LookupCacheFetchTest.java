package io.mskconsole.core.lookupcache;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.trail.LookupAttribute;
import io.mskconsole.core.trail.LookupCache;
import io.mskconsole.core.trail.LookupKey;
import io.mskconsole.core.trail.LookupRequest;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailFetch;
import io.mskconsole.core.trail.TrailListener;
import io.mskconsole.core.trail.TrailProgress;
import io.mskconsole.core.trail.TrailQuery;
import io.mskconsole.core.trail.TrailSource;
import io.mskconsole.testing.FakeTrail;
import io.mskconsole.testing.SteppedTicker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LookupEvents cache under a real fetch: what is asked of CloudTrail the second time, exactly. */
class LookupCacheFetchTest {
    static final String MSK = "kafka.amazonaws.com";
    static final String KAFKA = "kafka-cluster.amazonaws.com";
    static final Instant FIRST = Instant.parse("2026-12-01T12:00:00Z");
    static final Duration DAYS_90 = Duration.ofDays(90);

    @TempDir
    Path dir;
    final ExecutorService pool = Executors.newCachedThreadPool();
    final Map<String, FakeTrail> regions = new TreeMap<>();
    final List<TrailEvent> received = Collections.synchronizedList(new ArrayList<>());
    final TrailListener listener = new TrailListener() {
        @Override
        public void events(List<TrailEvent> batch) {
            received.addAll(batch);
        }

        @Override
        public void progress(TrailProgress progress) {
        }
    };

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    FakeTrail region(String name) {
        return regions.computeIfAbsent(name, FakeTrail::new);
    }

    /** An event every {@code every} from {@code from} to {@code to}, of the source, named after its region. */
    void events(String region, String source, Instant from, Instant to, Duration every) {
        int n = 0;
        for (Instant at = from; at.isBefore(to); at = at.plus(every)) {
            region(region).add(FakeTrail.event(region + "-" + source.charAt(5) + "-" + at.getEpochSecond(),
                    at.toString()).source(source).region(region).json());
            n++;
        }
        assertThat(n).isPositive();
    }

    TrailProgress fetch(LookupCache cache, Instant now, Cancellation cancellation, String... names) {
        received.clear();
        regions.values().forEach(trail -> trail.requests.clear());
        TrailQuery query = new TrailQuery(TrailSource.Preset.BOTH, null, now.minus(DAYS_90), now, List.of(names));
        return new TrailFetch(regions::get, pool, new SteppedTicker(), TrailFetch.CALLS_PER_SECOND)
                .withCache(cache, Clock.fixed(now, ZoneOffset.UTC)).run(query, listener, cancellation);
    }

    static LookupRequest first(String source, Instant start, Instant end) {
        return new LookupRequest(new LookupAttribute(LookupKey.EVENT_SOURCE, source), start, end, null);
    }

    static List<LookupRequest> firstPages(FakeTrail trail) {
        return trail.requests.stream().filter(r -> r.nextToken() == null).toList();
    }

    @Test
    void reopenedADayLaterItAsksOnlyForWhatIsNewSinceTheFetchLessItsSettlingTimeInEachRegion() {
        for (String name : List.of("us-east-1", "eu-west-1")) {
            events(name, MSK, FIRST.minus(DAYS_90), FIRST, Duration.ofHours(3));
            events(name, KAFKA, FIRST.minus(DAYS_90), FIRST, Duration.ofHours(7));
        }
        LookupCache cache = new DiskLookupCache(dir, DiskLookupCache.DEFAULT_LIMIT).of("profile:admin");
        TrailProgress first = fetch(cache, FIRST, Cancellation.none(), "us-east-1", "eu-west-1");
        int firstRequests = regions.values().stream().mapToInt(t -> t.requests.size()).sum();
        assertThat(first.fromCache()).isZero();
        assertThat(received).hasSize(2 * (720 + 309));
        assertThat(firstRequests).isEqualTo(2 * (15 + 7)); // 720 and 309 events, 50 a page

        Instant next = FIRST.plus(Duration.ofDays(1));
        for (String name : List.of("us-east-1", "eu-west-1")) { // a day's new calls
            events(name, MSK, FIRST.plus(Duration.ofMinutes(1)), next, Duration.ofHours(2));
        }
        TrailProgress second = fetch(cache, next, Cancellation.none(), "us-east-1", "eu-west-1");

        Instant since = FIRST.minus(LookupCache.SETTLE); // the exact StartTime of the next request
        for (FakeTrail trail : regions.values()) {
            assertThat(trail.requests).as(trail.region()).containsExactlyInAnyOrder(
                    first(MSK, since, next), first(KAFKA, since, next));
        }
        assertThat(second.pages()).isEqualTo(4); // instead of 2 * 22
        int inRange = 2 * (720 - 8 + 12 + 309 - 4); // the day that left the 90 days, and the day's new ones
        assertThat(received).hasSize(inRange).doesNotHaveDuplicates();
        assertThat(second.fromCache()).isEqualTo(inRange - 2 * 12); // all but the new ones
        assertThat(second.cachedAt()).isEqualTo(FIRST);
        TrailProgress uncached = fetch(LookupCache.NONE, next, Cancellation.none(), "us-east-1", "eu-west-1");
        assertThat(uncached.events()).isEqualTo(second.events());
    }

    @Test
    void aCancelledFetchIsKeptAsPartialAndTheNextOneAsksForTheRestWithExactTimes() {
        events("us-east-1", MSK, FIRST.minus(DAYS_90), FIRST, Duration.ofHours(3));
        events("us-east-1", KAFKA, FIRST.minus(Duration.ofDays(1)), FIRST, Duration.ofDays(2));
        LookupCache cache = new DiskLookupCache(dir, DiskLookupCache.DEFAULT_LIMIT).of("profile:admin");
        Cancellation cancellation = new Cancellation();
        AtomicInteger mskCalls = new AtomicInteger();
        region("us-east-1").onRequest = request -> {
            if (MSK.equals(request.attribute().value()) && mskCalls.incrementAndGet() == 4) {
                cancellation.cancel(); // during the 4th page: three were read
            }
        };
        fetch(cache, FIRST, cancellation, "us-east-1");
        region("us-east-1").onRequest = request -> { };
        // 150 events read, newest first, every 3 hours: the oldest read was 450 hours before the newest
        Instant newest = FIRST.minus(Duration.ofHours(3));
        Instant oldestRead = newest.minus(Duration.ofHours(3L * 149));

        fetch(cache, FIRST, Cancellation.none(), "us-east-1");

        List<LookupRequest> asked = firstPages(region("us-east-1")).stream()
                .filter(r -> MSK.equals(r.attribute().value())).toList();
        assertThat(asked).containsExactly(
                first(MSK, FIRST.minus(LookupCache.SETTLE), FIRST), // the settling part, newest first
                first(MSK, FIRST.minus(DAYS_90), oldestRead.plusSeconds(1))); // never mistaken for complete
        assertThat(received).hasSize(720 + 1).doesNotHaveDuplicates();
    }

    @Test
    void aRegionThatFailedMidwayIsCompletedNextTimeWhileTheOtherIsNotAskedAgain() {
        for (String name : List.of("us-east-1", "eu-west-1")) {
            events(name, MSK, FIRST.minus(Duration.ofDays(10)), FIRST.minus(Duration.ofHours(1)),
                    Duration.ofHours(1));
        }
        LookupCache cache = new DiskLookupCache(dir, DiskLookupCache.DEFAULT_LIMIT).of("profile:admin");
        AtomicInteger calls = new AtomicInteger();
        region("eu-west-1").onRequest = request -> {
            if (MSK.equals(request.attribute().value()) && calls.incrementAndGet() == 2) {
                region("eu-west-1").failure = FakeTrail.accessDenied();
            }
        };
        TrailProgress failed = fetch(cache, FIRST, Cancellation.none(), "us-east-1", "eu-west-1");
        assertThat(failed.problems()).singleElement().asString().startsWith("eu-west-1: Access denied");
        region("eu-west-1").failure = null;
        region("eu-west-1").onRequest = request -> { };

        fetch(cache, FIRST, Cancellation.none(), "us-east-1", "eu-west-1");

        Instant oldestRead = FIRST.minus(Duration.ofHours(51)); // one page of 50, hourly, the newest 2 hours ago
        assertThat(firstPages(region("eu-west-1"))).filteredOn(r -> MSK.equals(r.attribute().value()))
                .containsExactly(first(MSK, FIRST.minus(LookupCache.SETTLE), FIRST),
                        first(MSK, FIRST.minus(DAYS_90), oldestRead.plusSeconds(1)));
        assertThat(firstPages(region("us-east-1"))).filteredOn(r -> MSK.equals(r.attribute().value()))
                .containsExactly(first(MSK, FIRST.minus(LookupCache.SETTLE), FIRST));
        assertThat(received).hasSize(2 * 239).doesNotHaveDuplicates();
    }

    @Test
    void twoAccountsNeverSeeEachOthersEventsAndTheirFilesAreTheOwnersOnly() throws Exception {
        events("us-east-1", MSK, FIRST.minus(Duration.ofDays(3)), FIRST.minus(Duration.ofHours(1)),
                Duration.ofHours(1));
        DiskLookupCache disk = new DiskLookupCache(dir, DiskLookupCache.DEFAULT_LIMIT);
        fetch(disk.of("profile:prod"), FIRST, Cancellation.none(), "us-east-1");

        LookupCache.Kept other = disk.of("profile:staging").read("us-east-1", MSK, FIRST.minus(DAYS_90), FIRST);
        LookupCache.Kept same = disk.of("profile:prod").read("us-east-1", MSK, FIRST.minus(DAYS_90), FIRST);

        assertThat(other.records()).isEmpty();
        assertThat(other.missing()).containsExactly(new LookupCache.Span(FIRST.minus(DAYS_90), FIRST));
        assertThat(same.records()).hasSize(71);
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(p -> !p.equals(dir)).map(p -> {
                try {
                    return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })).containsOnly("rwx------", "rw-------");
        }
    }

    @Test
    void pastItsLimitTheOldestDaysGoAndAreAskedForAgain() {
        events("us-east-1", MSK, FIRST.minus(DAYS_90), FIRST, Duration.ofMinutes(30));
        DiskLookupCache disk = new DiskLookupCache(dir, 40_000);
        fetch(disk.of("profile:admin"), FIRST, Cancellation.none(), "us-east-1");

        assertThat(disk.size()).isLessThanOrEqualTo(40_000).isPositive();
        LookupCache.Kept kept = disk.of("profile:admin").read("us-east-1", MSK, FIRST.minus(DAYS_90), FIRST);
        assertThat(kept.missing()).hasSizeGreaterThanOrEqualTo(2);
        LookupCache.Span oldestMissing = kept.missing().get(kept.missing().size() - 1);
        assertThat(oldestMissing.start()).isBefore(FIRST.minus(Duration.ofDays(80))); // old days went
        assertThat(oldestMissing.end()).isAfter(oldestMissing.start().plus(Duration.ofDays(1)));
        assertThat(kept.records()).isNotEmpty(); // the newest stayed
        assertThat(kept.missing().get(0)).isEqualTo(new LookupCache.Span(FIRST.minus(LookupCache.SETTLE), FIRST));
        disk.clear();
        assertThat(disk.size()).isZero();
    }

    @Test
    void aDamagedOrHalfWrittenFileIsFoundDeletedAndItsDayAskedForAgainWithoutAFailure() throws Exception {
        events("us-east-1", MSK, FIRST.minus(Duration.ofDays(5)), FIRST.minus(Duration.ofHours(1)),
                Duration.ofHours(1));
        LookupCache cache = new DiskLookupCache(dir, DiskLookupCache.DEFAULT_LIMIT).of("profile:admin");
        fetch(cache, FIRST, Cancellation.none(), "us-east-1");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".seg") && p.toString().contains(MSK + "/")).sorted()
                    .toList();
        }
        Path cut = files.get(files.size() - 2); // yesterday's file, cut short
        byte[] whole = Files.readAllBytes(cut);
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        Segment.Name day = Segment.Name.of(cut);

        TrailProgress again = fetch(cache, FIRST, Cancellation.none(), "us-east-1");

        assertThat(again.problems()).isEmpty();
        assertThat(firstPages(region("us-east-1"))).filteredOn(r -> MSK.equals(r.attribute().value()))
                .containsExactly(first(MSK, FIRST.minus(LookupCache.SETTLE), FIRST),
                        first(MSK, day.start(), day.end()));
        assertThat(received).hasSize(119).doesNotHaveDuplicates();
        assertThat(cut).exists(); // written again
        assertThat(Segment.read(cut)).isNotNull();
    }

    @Test
    void anEventAtTheVeryEndOfAPastRangeIsShownTheSecondTimeToo() {
        Instant end = Instant.parse("2026-11-02T00:00:00Z");
        region("us-east-1").add(FakeTrail.event("at-end", end.toString()).json(),
                FakeTrail.event("mid", "2026-11-01T12:00:00Z").json());
        LookupCache cache = new DiskLookupCache(dir, DiskLookupCache.DEFAULT_LIMIT).of("profile:admin");
        TrailQuery query = new TrailQuery(TrailSource.Preset.MSK, null, end.minus(Duration.ofDays(1)), end,
                List.of("us-east-1"));
        for (int run = 1; run <= 2; run++) {
            received.clear();
            region("us-east-1").requests.clear();
            new TrailFetch(regions::get, pool, new SteppedTicker(), TrailFetch.CALLS_PER_SECOND)
                    .withCache(cache, Clock.fixed(FIRST, ZoneOffset.UTC)).run(query, listener, Cancellation.none());
            assertThat(received).as("run " + run).extracting(TrailEvent::eventId).containsExactlyInAnyOrder(
                    "at-end", "mid");
        }
        assertThat(region("us-east-1").requests).as("all of it kept the first time").isEmpty();
    }
}
