package io.mskconsole.core.trailbucket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailSource;
import io.mskconsole.testing.FakeTrailBucket;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A trail's history from its bucket: only the day folders of the range, only the files that may hold it, each
 * record once, the preset's sources, a bad file named and skipped, a cancel keeping what arrived.
 */
class TrailBucketReadTest {
    static final String BUCKET = "audit-trails";
    static final String ORG = "o-a1b2c3d4e5";
    static final String ROOT = "trails/AWSLogs/" + ORG + "/";
    static final TrailInfo TRAIL = new TrailInfo("org-audit", "arn:aws:cloudtrail:us-east-1:111122223333:trail/"
            + "org-audit", "us-east-1", BUCKET, "trails", true, true);
    static final Instant FROM = Instant.parse("2026-03-02T00:00:00Z");
    static final Instant TO = Instant.parse("2026-03-03T12:00:00Z");
    final FakeTrailBucket bucket = new FakeTrailBucket();
    final List<TrailEvent> told = new ArrayList<>();
    final List<TrailBucketRead.Progress> progress = new ArrayList<>();
    final TrailBucketRead.Listener listener = new TrailBucketRead.Listener() {
        @Override
        public void events(List<TrailEvent> batch) {
            told.addAll(batch);
        }

        @Override
        public void progress(TrailBucketRead.Progress now) {
            progress.add(now);
        }
    };

    static String record(String id, String time, String source) {
        return "{\"eventID\": \"" + id + "\", \"eventTime\": \"" + time + "\", \"eventSource\": \"" + source
                + "\", \"eventName\": \"UpdateMonitoring\", \"awsRegion\": \"us-east-1\"}";
    }

    /** A gzipped trail file of the account, delivered at the time, holding the records. */
    void file(String account, String delivered, String... records) {
        Instant at = Instant.parse(delivered);
        String day = java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(java.time.ZoneOffset.UTC)
                .format(at);
        String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'")
                .withZone(java.time.ZoneOffset.UTC).format(at);
        String key = ROOT + account + "/CloudTrail/us-east-1/" + day + "/" + account + "_CloudTrail_us-east-1_"
                + stamp + "_0a1b2c3d4e5f6a7b.json.gz";
        bucket.objects.put(BUCKET + "/" + key, gzip("{\"Records\": [" + String.join(", ", records) + "]}"));
    }

    static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    TrailBucketRead.Result read(List<String> accounts, Cancellation cancellation) {
        return new TrailBucketRead(bucket, Runnable::run, 4).read(new TrailBucketRead.Request(TRAIL, ORG, accounts,
                List.of("us-east-1"), FROM, TO, TrailSource.Preset.BOTH), listener, cancellation);
    }

    @Test
    void theRangesFoldersAreListedAndItsRecordsKeptOnceEachOfMsksSources() {
        file("111122223333", "2026-03-01T23:55:00Z", record("old", "2026-03-01T23:50:00Z", "kafka.amazonaws.com"));
        file("111122223333", "2026-03-02T00:05:00Z", record("a", "2026-03-01T23:59:30Z", "kafka.amazonaws.com"),
                record("b", "2026-03-02T00:01:00Z", "kafka.amazonaws.com"));
        file("111122223333", "2026-03-02T10:05:00Z", record("b", "2026-03-02T00:01:00Z", "kafka.amazonaws.com"),
                record("c", "2026-03-02T10:00:00Z", "kafka-cluster.amazonaws.com"),
                record("s3", "2026-03-02T10:01:00Z", "s3.amazonaws.com"));
        file("444455556666", "2026-03-03T11:59:00Z", record("d", "2026-03-03T11:58:00Z", "kafka.amazonaws.com"));
        file("444455556666", "2026-03-03T15:00:00Z", record("late", "2026-03-03T14:58:00Z",
                "kafka.amazonaws.com"));

        TrailBucketRead.Result result = read(List.of("111122223333", "444455556666"), Cancellation.none());

        assertThat(result.events()).extracting(TrailEvent::eventId).containsExactly("d", "c", "b");
        assertThat(result.events()).extracting(TrailEvent::origin).containsOnly(
                io.mskconsole.core.trail.TrailOrigin.S3);
        assertThat(told).extracting(TrailEvent::eventId).containsExactlyInAnyOrder("b", "c", "d");
        assertThat(result.duplicates()).isEqualTo(1);
        assertThat(result.otherSources()).isEqualTo(1);
        assertThat(bucket.calls).filteredOn(c -> c.startsWith("objects")).as("each account's days, newest first")
                .containsExactly(
                "objects " + BUCKET + "/" + ROOT + "111122223333/CloudTrail/us-east-1/2026/03/03/",
                "objects " + BUCKET + "/" + ROOT + "111122223333/CloudTrail/us-east-1/2026/03/02/",
                "objects " + BUCKET + "/" + ROOT + "111122223333/CloudTrail/us-east-1/2026/03/01/",
                "objects " + BUCKET + "/" + ROOT + "444455556666/CloudTrail/us-east-1/2026/03/03/",
                "objects " + BUCKET + "/" + ROOT + "444455556666/CloudTrail/us-east-1/2026/03/02/",
                "objects " + BUCKET + "/" + ROOT + "444455556666/CloudTrail/us-east-1/2026/03/01/");
        assertThat(bucket.calls).filteredOn(c -> c.startsWith("open")).as("not the files delivered before the "
                + "range nor an hour after it").hasSize(3).noneMatch(c -> c.contains("T2355Z") || c.contains("T1500Z"));
        assertThat(result.progress().describe()).startsWith("3 of 3 files, ").endsWith(", 3 events");
        assertThat(result.stopped()).isFalse();
    }

    @Test
    void aBrokenFileIsNamedAndSkippedAndAFailedFolderToo() {
        file("111122223333", "2026-03-02T10:05:00Z", record("a", "2026-03-02T10:00:00Z", "kafka.amazonaws.com"));
        String broken = ROOT + "111122223333/CloudTrail/us-east-1/2026/03/02/111122223333_CloudTrail_us-east-1_"
                + "20260302T1010Z_ffffffffffffffff.json.gz";
        bucket.objects.put(BUCKET + "/" + broken, "not gzip".getBytes(StandardCharsets.UTF_8));
        bucket.failingPrefixes.put(ROOT + "111122223333/CloudTrail/us-east-1/2026/03/03/", new GatewayException(
                Failure.ACCESS_DENIED, "ListObjectsV2", "ListObjectsV2 of audit-trails failed: access denied."));

        TrailBucketRead.Result result = read(List.of("111122223333"), Cancellation.none());

        assertThat(result.events()).extracting(TrailEvent::eventId).containsExactly("a");
        assertThat(result.problems()).containsExactlyInAnyOrder(
                "s3://" + BUCKET + "/" + ROOT + "111122223333/CloudTrail/us-east-1/2026/03/03/: ListObjectsV2 of "
                        + "audit-trails failed: access denied.",
                "s3://" + BUCKET + "/" + broken + ": not gzip: the name ends in .gz but the file does not start "
                        + "with gzip's header (nor with JSON)");
        assertThat(result.progress().problems()).isEqualTo(2);
    }

    @Test
    void whenNoFolderCanBeListedItIsAnErrorNotAnEmptyHistory() {
        GatewayException denied = new GatewayException(Failure.ACCESS_DENIED, "ListObjectsV2", "denied.");
        for (String day : List.of("01", "02", "03")) {
            bucket.failingPrefixes.put(ROOT + "111122223333/CloudTrail/us-east-1/2026/03/" + day + "/", denied);
        }

        assertThatThrownBy(() -> read(List.of("111122223333"), Cancellation.none())).isSameAs(denied);
    }

    @Test
    void aCancelStopsAtTheNextFileAndKeepsWhatArrived() {
        for (int i = 0; i < 5; i++) {
            file("111122223333", "2026-03-02T1" + i + ":05:00Z", record("e" + i, "2026-03-02T1" + i + ":00:00Z",
                    "kafka.amazonaws.com"));
        }
        Cancellation cancel = new Cancellation();
        TrailBucketRead.Listener stopping = new TrailBucketRead.Listener() {
            @Override
            public void events(List<TrailEvent> batch) {
                told.addAll(batch);
                if (told.size() == 2) {
                    cancel.cancel();
                }
            }

            @Override
            public void progress(TrailBucketRead.Progress now) {
            }
        };

        TrailBucketRead.Result result = new TrailBucketRead(bucket, Runnable::run, 1).read(new TrailBucketRead.Request(
                TRAIL, ORG, List.of("111122223333"), List.of("us-east-1"), FROM, TO, TrailSource.Preset.BOTH),
                stopping, cancel);

        assertThat(result.events()).hasSize(2);
        assertThat(result.stopped()).isTrue();
        assertThat(bucket.calls.stream().filter(c -> c.startsWith("open")).collect(Collectors.toList())).hasSize(2);
    }

    @Test
    void manyPagesAreListedWithTheirTokens() {
        bucket.pageSize = 2;
        for (int i = 0; i < 5; i++) {
            file("111122223333", "2026-03-02T1" + i + ":05:00Z", record("e" + i, "2026-03-02T1" + i + ":00:00Z",
                    "kafka.amazonaws.com"));
        }

        assertThat(read(List.of("111122223333"), Cancellation.none()).events()).hasSize(5);
        assertThat(bucket.calls).contains("objects " + BUCKET + "/" + ROOT + "111122223333/CloudTrail/us-east-1/"
                + "2026/03/02/ 2", "objects " + BUCKET + "/" + ROOT + "111122223333/CloudTrail/us-east-1/2026/03/02/"
                + " 4");
    }

    @Test
    void workersOnThreadsOfTheirOwnReadEveryFileOnce() {
        for (int day = 1; day <= 3; day++) {
            for (int hour = 10; hour < 20; hour++) {
                file("111122223333", "2026-03-0" + day + "T" + hour + ":05:00Z", record("e" + day + "-" + hour,
                        "2026-03-0" + day + "T" + hour + ":00:00Z", "kafka.amazonaws.com"));
            }
        }
        java.util.concurrent.ExecutorService pool = io.mskconsole.core.concurrent.DaemonThreads.cachedPool("test");
        try {
            TrailBucketRead.Result result = new TrailBucketRead(bucket, pool, 4).read(new TrailBucketRead.Request(
                    TRAIL, ORG, List.of("111122223333"), List.of("us-east-1"), Instant.parse("2026-03-01T00:00:00Z"),
                    TO, TrailSource.Preset.BOTH), listener, Cancellation.none());

            assertThat(result.events()).as("of the third day, the files delivered up to an hour after the end")
                    .hasSize(23).extracting(TrailEvent::eventId).doesNotHaveDuplicates();
            assertThat(result.progress().filesRead()).isEqualTo(23);
            assertThat(bucket.calls).filteredOn(c -> c.startsWith("open")).hasSize(23);
        } finally {
            pool.shutdownNow();
        }
    }
}
