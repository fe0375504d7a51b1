package io.mskconsole.core.trailcache;

import static io.mskconsole.core.trailcache.TrailCacheFixture.BUCKET;
import static io.mskconsole.core.trailcache.TrailCacheFixture.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.concurrent.DaemonThreads;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trailbucket.TrailBucketGateway;
import io.mskconsole.core.trailbucket.TrailBucketRead;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trail's files read through the cache as the window and {@code trail --s3} read them: a second look at a past
 * range asks the bucket nothing, the days still open are listed again, and what is read is the same.
 */
class CachedTrailBucketTest {
    static final Instant NOW = Instant.parse("2026-03-05T12:00:00Z");
    @TempDir
    Path folder;
    final TrailCacheFixture trail = new TrailCacheFixture();
    final ExecutorService pool = DaemonThreads.cachedPool("cache-test");

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    DiskTrailFileCache cache() {
        return new DiskTrailFileCache(folder, DiskTrailFileCache.DEFAULT_LIMIT, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aSecondReadOfAPastRangeAsksTheBucketNothingAndGivesTheSame() {
        for (int day = 1; day <= 9; day++) {
            trail.file("2026-02-0" + day + "T10:05:00Z", "a" + day);
            trail.file("2026-02-0" + day + "T22:05:00Z", "b" + day);
        }
        trail.put(Instant.parse("2026-02-04T12:05:00Z"), "not gzip".getBytes(StandardCharsets.UTF_8));
        trail.bucket.pageSize = 1; // a day's listing in pages, kept whole
        Instant from = Instant.parse("2026-02-02T00:00:00Z");
        Instant to = Instant.parse("2026-02-08T00:00:00Z");
        TrailBucketGateway cached = cache().cached(trail.bucket, false);

        TrailBucketRead.Result first = read(cached, pool, from, to);
        assertThat(trail.bucket.calls).filteredOn(c -> c.startsWith("objects") && c.contains("/02/04/ "))
                .as("the pages after the first of a closed day").isNotEmpty();
        trail.bucket.calls.clear();
        TrailBucketRead.Result second = read(cached, pool, from, to);
        TrailBucketRead.Result fresh = read(cache().cached(trail.bucket, false), pool, from, to);

        assertThat(trail.bucket.calls).as("no listing, no file: the days are closed and the files kept").isEmpty();
        assertThat(first.events()).extracting(TrailEvent::eventId).hasSize(12);
        assertThat(second.events()).isEqualTo(first.events());
        assertThat(fresh.events()).as("another cache on the same folder, as the next run").isEqualTo(first.events());
        assertThat(second.problems()).as("the broken file is kept as S3 gave it, and said again")
                .singleElement().asString().contains("not gzip");
        assertThat(first.progress().cached()).isZero();
        assertThat(second.progress().cached()).isEqualTo(second.progress().filesRead()).isEqualTo(12);
        assertThat(second.progress().describe()).startsWith("12 of 13 files (12 cached), ");
    }

    @Test
    void theDaysStillOpenAreListedAgainAndTheirNewFilesRead() {
        trail.file("2026-03-03T10:05:00Z", "old");
        trail.file("2026-03-04T10:05:00Z", "yesterday");
        trail.file("2026-03-05T10:05:00Z", "today");
        Instant from = Instant.parse("2026-03-03T00:00:00Z");
        TrailBucketGateway cached = cache().cached(trail.bucket, false);
        read(cached, pool, from, NOW);
        String late = trail.file("2026-03-05T11:05:00Z", "late");
        trail.bucket.calls.clear();

        TrailBucketRead.Result again = read(cached, pool, from, NOW);

        assertThat(trail.bucket.calls).containsExactlyInAnyOrder(
                "objects " + BUCKET + "/AWSLogs/111122223333/CloudTrail/us-east-1/2026/03/04/",
                "objects " + BUCKET + "/AWSLogs/111122223333/CloudTrail/us-east-1/2026/03/05/",
                "open " + BUCKET + "/" + late);
        assertThat(again.events()).extracting(TrailEvent::eventId).containsExactly("late", "today", "yesterday",
                "old");
        assertThat(again.progress().describe()).startsWith("4 of 4 files (3 cached), ");
    }

    @Test
    void aDayIsClosedADayAndTheDeliveryDelayAfterItEnds() {
        assertThat(DayListings.closed("AWSLogs/1/CloudTrail/us-east-1/2026/03/03/", NOW)).isTrue();
        assertThat(DayListings.closed("AWSLogs/1/CloudTrail/us-east-1/2026/03/04/", NOW)).as("yesterday").isFalse();
        assertThat(DayListings.closed("AWSLogs/1/CloudTrail/us-east-1/2026/03/05/", NOW)).as("today").isFalse();
        assertThat(DayListings.closed("AWSLogs/1/CloudTrail/us-east-1/2026/03/03/",
                Instant.parse("2026-03-05T01:00:00Z"))).as("until 01:00 two days on").isFalse();
        assertThat(DayListings.closed("AWSLogs/1/CloudTrail/us-east-1/", NOW)).as("not a day").isFalse();
        assertThat(DayListings.closed("AWSLogs/1/CloudTrail/us-east-1/2026/13/45/", NOW)).isFalse();
    }

    @Test
    void theSandboxAndEachPartitionAreKeptApartFromAnotherBucketOfTheSameName() {
        String key = trail.file("2026-02-01T10:05:00Z", "a");
        DiskTrailFileCache cache = cache();
        TrailCacheFixture.all(cache.cached(trail.bucket, false).open(BUCKET, key));
        trail.bucket.calls.clear();

        TrailCacheFixture.all(cache.cached(trail.bucket, true).open(BUCKET, key));

        assertThat(trail.bucket.calls).as("the Sandbox's is another").containsExactly("open " + BUCKET + "/" + key);
        assertThat(folder.resolve("aws").resolve("bucket-" + BUCKET)).isDirectory();
        assertThat(folder.resolve("sandbox").resolve("bucket-" + BUCKET)).isDirectory();
        assertThat(DiskTrailFileCache.partition("cn-north-1")).isEqualTo("aws-cn");
        assertThat(DiskTrailFileCache.partition("us-gov-west-1")).isEqualTo("aws-us-gov");
        assertThat(DiskTrailFileCache.partition("eu-west-1")).isEqualTo("aws");
    }

    @Test
    void eachAccountReadsOnlyWhatItReadItself() {
        String key = trail.file("2026-02-01T10:05:00Z", "a");
        DiskTrailFileCache cache = cache();
        TrailCacheFixture.all(cache.cached(trail.bucket, "profile:audit").open(BUCKET, key));
        trail.bucket.calls.clear();

        TrailCacheFixture.all(cache.cached(trail.bucket, "profile:audit").open(BUCKET, key));
        assertThat(trail.bucket.calls).as("the same account: from the cache").isEmpty();
        TrailCacheFixture.all(cache.cached(trail.bucket, "profile:dev").open(BUCKET, key));

        assertThat(trail.bucket.calls).as("another account asks S3 itself, which may refuse it")
                .containsExactly("open " + BUCKET + "/" + key);
    }
}
