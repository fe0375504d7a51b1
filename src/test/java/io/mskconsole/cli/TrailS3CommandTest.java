package io.mskconsole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.trailbucket.TrailInfo;
import io.mskconsole.testing.FakeTrailBucket;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trail --s3 --trail NAME}: an organization trail's files read from its bucket, as the other sources print. */
class TrailS3CommandTest {
    static final String BUCKET = "org-audit-trails";
    static final String ROOT = "trails/AWSLogs/o-a1b2c3d4e5/";

    @TempDir
    Path dir;
    CliHarness cli;
    FakeTrailBucket bucket;

    @BeforeEach
    void anOrganizationTrail() {
        cli = new CliHarness(dir);
        cli.clock = Clock.fixed(Instant.parse("2026-03-05T00:00:00Z"), ZoneOffset.UTC);
        bucket = cli.prod.trailBucket;
        bucket.trails.add(new TrailInfo("org-audit", "arn:aws:cloudtrail:us-east-1:999988887777:trail/org-audit",
                "us-east-1", BUCKET, "trails", true, true));
        file("111122223333", "2026-03-02T10:05:00Z", record("a", "2026-03-02T10:00:00Z", "UpdateMonitoring"));
        file("444455556666", "2026-03-03T08:05:00Z", record("b", "2026-03-03T08:00:00Z", "CreateClusterV2"),
                record("a", "2026-03-02T10:00:00Z", "UpdateMonitoring"));
    }

    static String record(String id, String time, String name) {
        return "{\"eventID\": \"" + id + "\", \"eventTime\": \"" + time + "\", \"eventSource\": \"kafka.amazonaws.com\", "
                + "\"eventName\": \"" + name + "\", \"awsRegion\": \"us-east-1\", \"userIdentity\": {\"type\": "
                + "\"IAMUser\", \"userName\": \"ops\"}}";
    }

    void file(String account, String delivered, String... records) {
        Instant at = Instant.parse(delivered);
        String day = java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC).format(at);
        String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'").withZone(ZoneOffset.UTC)
                .format(at);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
            zip.write(("{\"Records\": [" + String.join(",", records) + "]}").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bucket.objects.put(BUCKET + "/" + ROOT + account + "/CloudTrail/us-east-1/" + day + "/" + account
                + "_CloudTrail_us-east-1_" + stamp + "_0a1b2c3d4e5f6a7b.json.gz", bytes.toByteArray());
    }

    @Test
    void everyAccountOfTheOrganizationIsReadAndEachEventPrintedOnce() {
        CliHarness.Result read = cli.run("trail", "--s3", "--trail", "org-audit", "--since", "2026-03-01",
                "--until", "2026-03-04", "--format", "json");

        assertThat(read.exitCode()).as(read.err()).isZero();
        assertThat(read.out()).as("the records as CloudTrail wrote them, newest first")
                .containsSubsequence("{\"eventID\":\"b\"", "{\"eventID\":\"a\"");
        assertThat(read.out().split("\"eventID\":\"a\"", -1)).as("once").hasSize(2);
        assertThat(read.err()).contains("Reading org-audit → s3://" + BUCKET + "/trails (organization, all regions):"
                + " 2 accounts, us-east-1, from ").contains("Read 2 of 2 files, ", ", 2 events; 1 duplicate dropped.");
        assertThat(bucket.calls).contains("folders " + BUCKET + "/trails/AWSLogs/", "folders " + BUCKET + "/" + ROOT);
    }

    @Test
    void oneAccountAskedIsTheOnlyOneRead() {
        CliHarness.Result read = cli.run("trail", "--s3", "--trail", "org-audit", "--trail-account", "444455556666",
                "--since", "2026-03-01", "--until", "2026-03-04", "--format", "csv");

        assertThat(read.exitCode()).as(read.err()).isZero();
        assertThat(bucket.calls).filteredOn(c -> c.startsWith("objects")).allMatch(c -> c.contains("444455556666"));
        assertThat(read.err()).contains(": 1 account, us-east-1");
    }

    @Test
    void anUnknownTrailOrAMissingOneIsBadInputNamingTheTrails() {
        CliHarness.Result unknown = cli.run("trail", "--s3", "--trail", "nope");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--trail: no trail named nope in us-east-1; the trails: org-audit.");

        assertThat(cli.run("trail", "--s3").exitCode()).isEqualTo(2);
        CliHarness.Result tooLong = cli.run("trail", "--s3", "--trail", "org-audit", "--since", "900d");
        assertThat(tooLong.exitCode()).isEqualTo(2);
        assertThat(tooLong.err()).contains("spans more than 798 days: read it in parts");
        assertThat(cli.run("trail", "--s3", "--trail", "org-audit", "--lookup", "EventName=X").exitCode())
                .isEqualTo(2);
    }

    @Test
    void aSecondReadComesFromTheCacheAndNoCacheReadsTheBucketAgain() {
        cli.trailCache = new io.mskconsole.core.trailcache.DiskTrailFileCache(dir.resolve("cache"),
                io.mskconsole.core.trailcache.DiskTrailFileCache.DEFAULT_LIMIT, cli.clock);
        String[] read = {"trail", "--s3", "--trail", "org-audit", "--since", "2026-03-01", "--until", "2026-03-03",
                "--format", "json"};
        CliHarness.Result first = cli.run(read);
        bucket.calls.clear();

        CliHarness.Result second = cli.run(read);

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(bucket.calls).as("the trail and the accounts are asked again, no closed day nor file")
                .noneMatch(c -> c.startsWith("open") || c.contains("/2026/03/01/") || c.contains("/2026/02/28/"));
        assertThat(bucket.calls).filteredOn(c -> c.startsWith("objects")).as("the days still open")
                .allMatch(c -> c.contains("/2026/03/03/") || c.contains("/2026/03/04/")).isNotEmpty();
        assertThat(second.err()).contains("Read 1 of 1 files (1 cached), ");
        bucket.calls.clear();

        CliHarness.Result bypassed = cli.run(java.util.stream.Stream.concat(java.util.Arrays.stream(read),
                java.util.stream.Stream.of("--no-cache")).toArray(String[]::new));

        assertThat(bypassed.exitCode()).as(bypassed.err()).isZero();
        assertThat(bypassed.out()).isEqualTo(first.out());
        assertThat(bucket.calls).filteredOn(c -> c.startsWith("open")).hasSize(1);
        assertThat(bucket.calls).anyMatch(c -> c.contains("/2026/03/01/"));
        assertThat(bypassed.err()).contains("Read 1 of 1 files, ");
    }

    @Test
    void anAccountTheBucketDoesNotHoldOrATypoIsBadInputNamingTheAccountsThereAre() {
        CliHarness.Result unknown = cli.run("trail", "--s3", "--trail", "org-audit", "--trail-account", "999988887777",
                "--since", "2026-03-01", "--until", "2026-03-04");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("holds no files of account 999988887777: it holds 111122223333, "
                + "444455556666.").doesNotContain("Reading ");
        bucket.calls.clear();

        CliHarness.Result typo = cli.run("trail", "--s3", "--trail", "org-audit", "--trail-account", "123",
                "--since", "2026-03-01", "--until", "2026-03-04");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("'123' is not an AWS account id (12 digits).").doesNotContain("Reading ");
        assertThat(bucket.calls).as("nothing read for a typo").isEmpty();
    }
}
