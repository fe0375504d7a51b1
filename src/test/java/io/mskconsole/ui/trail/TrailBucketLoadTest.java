package io.mskconsole.ui.trail;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trailbucket.TrailInfo;
import io.mskconsole.testing.FakeTrailBucket;
import io.mskconsole.ui.common.ImmediateTaskExecutor;
import io.mskconsole.ui.common.Notice;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Trail files from S3 into the browser: the trails read once, a load filling the table, what was not read said. */
class TrailBucketLoadTest {
    static final Instant NOW = Instant.parse("2026-03-05T00:00:00Z");
    static final String BUCKET = "local-trail";
    static final TrailInfo LOCAL = new TrailInfo("local", "arn:aws:cloudtrail:us-east-1:111122223333:trail/local",
            "us-east-1", BUCKET, null, false, false);
    final FakeTrailBucket bucket = new FakeTrailBucket();
    final TrailBrowserViewModel model = new TrailBrowserViewModel(region -> null, List.of("us-east-1"), "us-east-1",
            new ImmediateTaskExecutor(), Clock.fixed(NOW, ZoneOffset.UTC));
    final TrailBucketLoad load = new TrailBucketLoad(model, new ImmediateTaskExecutor(), region -> bucket);

    void file(String delivered, String id, String time) {
        String stamp = delivered.replace("-", "").replace(":", "").substring(0, 13) + "Z";
        String day = delivered.substring(0, 10).replace('-', '/');
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
            zip.write(("{\"Records\": [{\"eventID\": \"" + id + "\", \"eventTime\": \"" + time + "\", \"eventSource\":"
                    + " \"kafka.amazonaws.com\", \"eventName\": \"UpdateMonitoring\", \"awsRegion\": \"us-east-1\"}]}")
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bucket.objects.put(BUCKET + "/AWSLogs/111122223333/CloudTrail/us-east-1/" + day + "/111122223333_CloudTrail_"
                + "us-east-1_" + stamp + "_0a1b2c3d4e5f6a7b.json.gz", bytes.toByteArray());
    }

    @Test
    void theTrailsAreReadOnceAndALoadFillsTheTableForTheRange() {
        bucket.trails.add(LOCAL);
        file("2026-03-03T10:05", "a", "2026-03-03T10:00:00Z");
        file("2026-03-04T10:05", "b", "2026-03-04T10:00:00Z");
        bucket.objects.put(BUCKET + "/AWSLogs/111122223333/CloudTrail/us-east-1/2026/03/04/111122223333_CloudTrail_"
                + "us-east-1_20260304T1105Z_ffffffffffffffff.json.gz", "not gzip".getBytes(StandardCharsets.UTF_8));
        model.rangeProperty().set(TimeRange.LAST_WEEK);

        load.readTrails();
        load.readTrails();
        load.load(load.trails().get(0), List.of());

        assertThat(bucket.calls).filteredOn("trails"::equals).as("read once").hasSize(1);
        assertThat(model.events()).extracting(TrailEvent::eventId).containsExactly("b", "a");
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.progressTextProperty().get()).startsWith("S3 · 2 of 3 files, ").endsWith(", 2 events, 1 not "
                + "read");
        assertThat(model.noticeProperty().get().kind()).isEqualTo(Notice.Kind.WARNING);
        assertThat(model.noticeProperty().get().text()).startsWith("Not read: s3://" + BUCKET + "/").contains(
                "not gzip");
        assertThat(TrailBucketBar.accounts(" 111122223333, 444455556666 ")).containsExactly("111122223333",
                "444455556666");
    }

    @Test
    void theNoticeNamesTheFirstTwoFilesNotReadAndCountsTheRest() {
        assertThat(TrailBucketLoad.notRead(List.of("a: x", "b: y"))).isEqualTo("Not read: a: x; b: y");
        assertThat(TrailBucketLoad.notRead(List.of("a: x", "b: y", "c: z", "d: x", "e: y")))
                .isEqualTo("Not read: a: x; b: y; and 3 more, each in the app's log (Help → Open log folder)");
    }

    @Test
    void noTrailChosenOrNoAccountFolderSaysSo() {
        load.load(null, List.of());
        assertThat(model.noticeProperty().get().text()).isEqualTo("Choose a trail to read from S3.");

        load.load(LOCAL, List.of());
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.noticeProperty().get().text()).isEqualTo("Could not read local's files: s3://" + BUCKET
                + "/AWSLogs/ holds no account folder: trail local has delivered nothing there.");
    }

    @Test
    void aTypoInTheAccountsIsSaidAndWhatWasLoadedStays() {
        bucket.trails.add(LOCAL);
        file("2026-03-03T10:05", "a", "2026-03-03T10:00:00Z");
        model.rangeProperty().set(TimeRange.LAST_WEEK);
        load.readTrails();
        load.load(load.trails().get(0), List.of());
        assertThat(model.events()).hasSize(1);

        load.load(load.trails().get(0), List.of("123"));

        assertThat(model.events()).as("kept").hasSize(1);
        assertThat(model.noticeProperty().get().text()).isEqualTo("'123' is not an AWS account id (12 digits).");
        load.load(load.trails().get(0), List.of("999988887777"));
        assertThat(model.noticeProperty().get().text()).isEqualTo("Could not read local's files: Trail local logs "
                + "account 111122223333 only, not 999988887777.");
    }
}
