package io.mskconsole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.testing.FakeTrail;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trail --files}: trail log files read from disk, with the lookup's options applied to their records. */
class TrailCommandFilesTest {
    static final String OLD_UPDATE = FakeTrail.event("f-update", "2023-01-15T10:00:00Z").name("UpdateMonitoring")
            .assumedRole("Admin", "jane").cluster(CliHarness.PROD_ARN).readOnly(false).json();
    static final String OLD_TOPIC = FakeTrail.event("f-topic", "2023-01-20T10:00:00Z")
            .kafkaAction("DeleteTopic", "DeleteTopics", TrailCommandTest.TOPIC_ARN).readOnly(false).json();
    static final String S3_CALL = FakeTrail.event("f-s3", "2023-01-21T10:00:00Z").source("s3.amazonaws.com")
            .name("GetObject").json();
    static final String EU_DESCRIBE = FakeTrail.event("f-eu", "2023-02-01T10:00:00Z").region("eu-west-1")
            .cluster(TrailCommandTest.EU_ARN).json();

    @TempDir
    Path dir;

    CliHarness cli;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliHarness(dir);
        cli.clock = Clock.fixed(TrailCommandTest.NOW, ZoneOffset.UTC);
        cli.ticker = new FakeTicker();
        Path logs = dir.resolve("AWSLogs/123456789012/CloudTrail");
        Files.createDirectories(logs.resolve("us-east-1"));
        Files.createDirectories(logs.resolve("eu-west-1"));
        Files.writeString(logs.resolve("us-east-1/a.json"), records(OLD_TOPIC, OLD_UPDATE, S3_CALL));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(logs.resolve("eu-west-1/b.json.gz")))) {
            out.write(records(EU_DESCRIBE, OLD_UPDATE).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String records(String... records) {
        return "{\"Records\":[" + String.join(",", records) + "]}";
    }

    @Test
    void aFolderOfOldFilesIsReadWithoutAnAccountNewestFirstOnceEach() {
        CliHarness.Result result = cli.run("trail", "--files", "AWSLogs");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("""
                TIME (UTC)           EVENT              SOURCE   USER        REGION     ACCOUNT       CLUSTER      TOPIC OR GROUP   ERROR
                2023-02-01 10:00:00  DescribeClusterV2  MSK API  alice       eu-west-1  111122223333  audit-eu     -
                2023-01-20 10:00:00  DeleteTopic        Kafka    alice       us-east-1  111122223333  prod-events  topic orders.v2
                2023-01-15 10:00:00  UpdateMonitoring   MSK API  Admin/jane  us-east-1  111122223333  prod-events  -
                """);
        assertThat(result.err()).isEqualTo("Read 2 files: 3 events (1 duplicate dropped, 1 of other sources left "
                + "out).\n");
        assertThat(cli.profiles.opened).isEmpty();
        assertThat(cli.prod.trailRegions).isEmpty();
    }

    @Test
    void sourceSinceUntilRegionAndFilterApplyToTheRecords() {
        CliHarness.Result kafka = cli.run("trail", "--files", "AWSLogs", "--source", "kafka", "--format", "json");
        CliHarness.Result range = cli.run("trail", "--files", "AWSLogs", "--since", "2023-01-16",
                "--until", "2023-01-31", "--format", "json");
        CliHarness.Result region = cli.run("trail", "--region", "eu-west-1", "--files", "AWSLogs", "--format",
                "json");
        CliHarness.Result filter = cli.run("trail", "--files", "AWSLogs", "--filter", "jane prod-events",
                "--format", "csv");

        assertThat(TrailCommandTest.readJson(kafka.out()).get("Records")).hasSize(1)
                .first().satisfies(r -> assertThat(r.get("eventID").asText()).isEqualTo("f-topic"));
        assertThat(TrailCommandTest.readJson(range.out()).findValuesAsText("eventID")).containsExactly("f-topic");
        assertThat(range.err()).endsWith("; 1 shown.\n");
        assertThat(TrailCommandTest.readJson(region.out()).findValuesAsText("eventID")).containsExactly("f-eu");
        assertThat(filter.out().split("\r\n")).hasSize(2);
        assertThat(filter.out()).contains(",UpdateMonitoring,").contains(",f-update\r\n");
    }

    @Test
    void badFilesAreListedAndTheGoodOnesStillPrinted() throws Exception {
        Files.writeString(dir.resolve("broken.json"), "{\"Records\": [ nope ]}");
        Files.writeString(dir.resolve("good.json"), records(OLD_UPDATE));

        CliHarness.Result result = cli.run("trail", "--files", "broken.json", "good.json", "missing.json.gz",
                "--format", "json");

        assertThat(result.exitCode()).isZero();
        assertThat(TrailCommandTest.readJson(result.out()).findValuesAsText("eventID")).containsExactly("f-update");
        assertThat(result.err()).startsWith("msk-console: " + dir.resolve("broken.json") + ": not JSON: line 1, "
                + "column ").contains("\nmsk-console: " + dir.resolve("missing.json.gz")
                + ": no such file or folder\n").endsWith("Read 1 file: 1 event.\n");
    }

    @Test
    void whenNoFileCanBeReadItIsBadInput() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "hello");

        CliHarness.Result result = cli.run("trail", "--files", "notes.txt", "nowhere");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("msk-console: " + dir.resolve("notes.txt") + ": not JSON: line 1, column 1: "
                + "Unrecognized token 'hello': was expecting (JSON String, Number, Array, Object or token 'null', "
                + "'true' or 'false')\n"
                + "msk-console: " + dir.resolve("nowhere") + ": no such file or folder\n"
                + "msk-console: No trail log file could be read.\n");
    }

    @Test
    void lookupDoesNotGoWithFiles() {
        CliHarness.Result result = cli.run("trail", "--files", "AWSLogs", "--lookup", "EventName=UpdateMonitoring");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("msk-console: --lookup asks LookupEvents, which --files does not use: "
                + "narrow the events with --filter TEXT or --source instead.\n");
    }
}
