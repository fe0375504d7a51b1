package io.mskconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mskconsole.core.arrival.StoredObject;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailSource;
import io.mskconsole.core.trailbucket.TrailBucketRead;
import io.mskconsole.core.trailbucket.TrailInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Sandbox's organization trail: a year of files for two accounts, read as from S3. */
class SandboxTrailFilesTest {
    static final Instant START = Instant.parse("2026-12-07T15:00:00Z");
    final SandboxTrailFiles files = new SandboxTrailFiles(START, new SandboxLatency(Duration.ZERO));
    final TrailBucketRead.Listener quiet = new TrailBucketRead.Listener() {
        @Override
        public void events(List<TrailEvent> batch) {
        }

        @Override
        public void progress(TrailBucketRead.Progress progress) {
        }
    };

    @Test
    void theOrganizationTrailAndItsAccountsAreFoundInTheBucket() {
        TrailInfo trail = files.trails().get(0);
        assertThat(trail.organization()).isTrue();
        assertThat(files.folders(trail.bucket(), "trails/AWSLogs/")).containsExactly("trails/AWSLogs/o-sandbox00001/");
        assertThat(files.folders(trail.bucket(), "trails/AWSLogs/o-sandbox00001/")).containsExactly(
                "trails/AWSLogs/o-sandbox00001/111122223333/", "trails/AWSLogs/o-sandbox00001/444455556666/");
    }

    @Test
    void aDayHoldsFourFilesEachRepeatingTheRecordBeforeAndOnlyUpToTheStart() {
        String day = "trails/AWSLogs/o-sandbox00001/111122223333/CloudTrail/us-east-1/2026/12/07/";
        List<StoredObject> today = files.objects(SandboxTrailFiles.BUCKET, day, null).objects();
        assertThat(today).as("delivered at 00:05, 06:05, 12:05; not 18:05, after the start").hasSize(3);
        assertThat(today.get(0).key()).startsWith(day + "111122223333_CloudTrail_us-east-1_20261207T0005Z_")
                .endsWith(".json.gz");

        TrailBucketRead.Result week = new TrailBucketRead(files, Runnable::run, 4).read(new TrailBucketRead.Request(
                files.trails().get(0), SandboxTrailFiles.ORGANIZATION, List.of("111122223333"), List.of("us-east-1"),
                START.minus(Duration.ofDays(7)), START, TrailSource.Preset.BOTH), quiet, Cancellation.none());

        assertThat(week.events()).hasSizeGreaterThan(80);
        assertThat(week.duplicates()).as("each file repeats the last record of the one before").isPositive();
        assertThat(week.events()).allSatisfy(e -> assertThat(e.time()).isBetween(START.minus(Duration.ofDays(7)),
                START));
        assertThat(week.events()).extracting(TrailEvent::source).contains(TrailSource.MSK.eventSource(),
                TrailSource.KAFKA.eventSource());
    }

    @Test
    void aYearOfTwoAccountsIsReadWithTheMonthlyBrokenFilesNamed() {
        TrailBucketRead.Result year = new TrailBucketRead(files, Runnable::run, 4).read(new TrailBucketRead.Request(
                files.trails().get(0), SandboxTrailFiles.ORGANIZATION, SandboxTrailFiles.ACCOUNTS,
                List.of("us-east-1"), START.minus(Duration.ofDays(365)), START, TrailSource.Preset.BOTH), quiet,
                Cancellation.none());

        assertThat(year.progress().filesRead()).isGreaterThan(2 * 360 * 4 - 30);
        assertThat(year.events().size()).isGreaterThan(10_000);
        assertThat(year.problems()).hasSizeBetween(20, 26).allMatch(p -> p.contains("_CloudTrail_us-east-1_")
                && p.endsWith("not gzip: the name ends in .gz but the file does not start with gzip's header (nor "
                + "with JSON)"));
        assertThat(year.events()).extracting(TrailEvent::eventId).doesNotHaveDuplicates();
    }

    @Test
    void anotherBucketOrAFileNotDeliveredIsNotFound() {
        assertThatThrownBy(() -> files.objects("other", "x/", null)).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND));
        assertThatThrownBy(() -> files.open(SandboxTrailFiles.BUCKET, "trails/AWSLogs/o-sandbox00001/111122223333/"
                + "CloudTrail/us-east-1/2026/12/07/111122223333_CloudTrail_us-east-1_20261207T1805Z_0000000000000000"
                + ".json.gz")).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND));
    }
}
