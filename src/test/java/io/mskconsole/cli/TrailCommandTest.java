package io.mskconsole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mskconsole.core.trail.LookupAttribute;
import io.mskconsole.core.trail.LookupKey;
import io.mskconsole.core.trail.LookupRequest;
import io.mskconsole.testing.FakeTrail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trail} against LookupEvents: the requests sent, the pacing, the formats, failures and Ctrl-C. */
class TrailCommandTest {
    static final Instant NOW = Instant.parse("2024-05-10T12:00:00Z");
    static final String MSK = "kafka.amazonaws.com";
    static final String KAFKA = "kafka-cluster.amazonaws.com";
    static final String TOPIC_ARN = "arn:aws:kafka:us-east-1:123456789012:topic/prod-events/"
            + "0a1b2c3d-1111-2222-3333-444455556666-1/orders.v2";
    static final String EU_ARN = "arn:aws:kafka:eu-west-1:123456789012:cluster/audit-eu/0a1b2c3d-eeee-1";
    static final String UPDATE = FakeTrail.event("e-update", "2024-05-09T08:15:00Z").name("UpdateMonitoring")
            .assumedRole("Admin", "jane").cluster(CliHarness.PROD_ARN).readOnly(false).json();
    static final String TOPIC = FakeTrail.event("e-topic", "2024-05-09T09:30:00Z")
            .kafkaAction("CreateTopic", "CreateTopics", TOPIC_ARN).readOnly(false).json();
    static final String DENIED = FakeTrail.event("e-denied", "2024-05-08T07:00:00Z").name("DeleteCluster")
            .user("bob").cluster(CliHarness.BUSY_ARN).readOnly(false)
            .error("AccessDeniedException", "User: arn:aws:iam::123456789012:user/bob is not authorized").json();
    static final String OLD = FakeTrail.event("e-old", "2024-04-01T00:00:00Z").json();
    static final String EU = FakeTrail.event("e-eu", "2024-05-09T10:00:00Z").region("eu-west-1").cluster(EU_ARN)
            .json();

    @TempDir
    java.nio.file.Path dir;

    CliHarness cli;
    FakeTicker ticker = new FakeTicker();

    @BeforeEach
    void setUp() {
        cli = new CliHarness(dir);
        cli.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        cli.ticker = ticker;
        east().add(OLD, TOPIC, DENIED, UPDATE);
        cli.prod.fakeTrail("eu-west-1").add(EU);
    }

    private FakeTrail east() {
        return cli.prod.fakeTrail("us-east-1");
    }

    private static LookupAttribute source(String eventSource) {
        return new LookupAttribute(LookupKey.EVENT_SOURCE, eventSource);
    }

    private static List<String> ids(JsonNode document) {
        List<String> ids = new ArrayList<>();
        document.get("Records").forEach(record -> ids.add(record.get("eventID").asText()));
        return ids;
    }

    @Test
    void theTableListsBothSourcesOfTheDefaultRegionNewestFirst() {
        CliHarness.Result result = cli.run("trail", "--since", "7d");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("""
                TIME (UTC)           EVENT             SOURCE   USER        REGION     ACCOUNT       CLUSTER      TOPIC OR GROUP   ERROR
                2024-05-09 09:30:00  CreateTopic       Kafka    alice       us-east-1  111122223333  prod-events  topic orders.v2
                2024-05-09 08:15:00  UpdateMonitoring  MSK API  Admin/jane  us-east-1  111122223333  prod-events  -
                2024-05-08 07:00:00  DeleteCluster     MSK API  bob         us-east-1  111122223333  batch-jobs   -                AccessDeniedException
                """);
        Instant weekAgo = Instant.parse("2024-05-03T12:00:00Z");
        assertThat(east().requests).containsExactlyInAnyOrder(
                new LookupRequest(source(MSK), weekAgo, NOW, null),
                new LookupRequest(source(KAFKA), weekAgo, NOW, null));
        assertThat(cli.prod.fakeTrail("eu-west-1").requests).isEmpty();
        assertThat(result.err()).startsWith("Looking up MSK API calls and Kafka actions in us-east-1 from "
                + "2024-05-03 12:00 UTC to 2024-05-10 12:00 UTC, 2 calls a second per region...\n")
                .contains("\nus-east-1: ")
                .endsWith("3 events, 2 pages, 0.0 s.\n"); // two calls leave at once: 2 a second allows it
        assertThat(cli.prod.closed).isTrue();
    }

    @Test
    void pagesFollowTheNextTokenTwoCallsASecond() {
        for (int i = 0; i < 120; i++) {
            east().add(FakeTrail.event(String.format("p-%03d", i), NOW.minusSeconds(60L * (i + 1)).toString()).json());
        }
        east().clock = ticker::nanoTime;

        CliHarness.Result result = cli.run("trail", "--since", "1d", "--source", "msk", "--format", "json");

        assertThat(result.exitCode()).isZero();
        List<LookupRequest> requests = east().requests;
        assertThat(requests).hasSize(3);
        Instant dayAgo = NOW.minus(Duration.ofDays(1));
        assertThat(requests).allSatisfy(request -> {
            assertThat(request.attribute()).isEqualTo(source(MSK));
            assertThat(request.start()).isEqualTo(dayAgo);
            assertThat(request.end()).isEqualTo(NOW);
        });
        // 120 MSK API calls in the last day (the fixtures are older): pages of 50, 50 and 20.
        assertThat(requests.get(0).nextToken()).isNull();
        assertThat(requests.subList(1, 3)).allSatisfy(request -> assertThat(request.nextToken()).isNotNull());
        assertThat(requests.stream().map(LookupRequest::nextToken).distinct()).hasSize(3);
        List<Long> times = east().requestTimes;
        for (int i = 2; i < times.size(); i++) { // never three within a second
            assertThat(Duration.ofNanos(times.get(i) - times.get(i - 2))).isGreaterThanOrEqualTo(
                    Duration.ofSeconds(1));
        }
        List<String> ids = ids(readJson(result.out()));
        assertThat(ids).hasSize(120).startsWith("p-000", "p-001").endsWith("p-119");
        assertThat(result.err()).contains("\nus-east-1: 50 events, 1 page, 0.0 s\n",
                "\nus-east-1: 100 events, 2 pages, 0.0 s\n", "\nus-east-1: 120 events, 3 pages, 1.0 s\n",
                "\n120 events, 3 pages, 1.0 s.\n");
    }

    @Test
    void lookupSendsTheOneAttributeAndTheSourceIsToldApartHere() {
        east().add(FakeTrail.event("k-update", "2024-05-09T11:00:00Z").kafkaAction("UpdateMonitoring", "x",
                TOPIC_ARN).json());

        CliHarness.Result result = cli.run("trail", "--since", "2024-05-01", "--until", "2024-05-10T00:00:00Z",
                "--lookup", "eventname=UpdateMonitoring", "--source", "msk", "--format", "json");

        assertThat(result.exitCode()).isZero();
        assertThat(east().requests).containsExactly(new LookupRequest(
                new LookupAttribute(LookupKey.EVENT_NAME, "UpdateMonitoring"), Instant.parse("2024-05-01T00:00:00Z"),
                Instant.parse("2024-05-10T00:00:00Z"), null));
        assertThat(ids(readJson(result.out()))).containsExactly("e-update");
        assertThat(result.err()).contains(" with EventName=UpdateMonitoring, ");
    }

    @Test
    void timesTakeAgesInstantsOffsetsAndDates() {
        cli.run("trail", "--since", "2024-05-09T10:00:00+02:00", "--until", "90m", "--source", "kafka");
        cli.run("trail", "--since", "36h", "--until", "2024-05-10T06:30", "--source", "kafka");

        assertThat(east().requests).containsExactly(
                new LookupRequest(source(KAFKA), Instant.parse("2024-05-09T08:00:00Z"),
                        Instant.parse("2024-05-10T10:30:00Z"), null),
                new LookupRequest(source(KAFKA), Instant.parse("2024-05-09T00:00:00Z"),
                        Instant.parse("2024-05-10T06:30:00Z"), null));
    }

    @Test
    void withoutSinceTheLastDayIsLookedUp() {
        CliHarness.Result result = cli.run("trail", "--source", "msk");

        assertThat(result.exitCode()).isZero();
        assertThat(east().requests).containsExactly(new LookupRequest(source(MSK), NOW.minus(Duration.ofDays(1)),
                NOW, null));
        assertThat(result.out().lines()).hasSize(1).first().asString().startsWith("TIME (UTC)");
    }

    @Test
    void jsonIsOneRecordsDocumentOfTheWholeRecordsNewestFirst() throws Exception {
        CliHarness.Result result = cli.run("trail", "--since", "7d", "--format", "json");

        assertThat(result.exitCode()).isZero();
        JsonNode document = readJson(result.out());
        assertThat(ids(document)).containsExactly("e-topic", "e-update", "e-denied");
        ObjectMapper json = new ObjectMapper();
        assertThat(document.get("Records").get(1)).isEqualTo(json.readTree(UPDATE));
        assertThat(result.err()).doesNotContain("{");
    }

    @Test
    void csvHasOneRowPerEventWithTheFullSourceAndErrorMessage() {
        CliHarness.Result result = cli.run("trail", "--since", "7d", "--format", "csv", "--filter", "bob");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("Time (UTC),Event name,Source,User,User type,Source IP,Region,Account,"
                + "Cluster,Topic,Group,Read-only,Error code,Error message,Event ID\r\n"
                + "2024-05-08 07:00:00,DeleteCluster,kafka.amazonaws.com,bob,IAMUser,192.0.2.10,us-east-1,111122223333,"
                + "batch-jobs,"
                + ",,false,AccessDeniedException,User: arn:aws:iam::123456789012:user/bob is not authorized,e-denied"
                + "\r\n");
        assertThat(result.err()).contains("3 events, 2 pages, ").contains("; 1 match --filter.");
    }

    @Test
    void filterKeepsEventsHoldingEveryWord() {
        CliHarness.Result result = cli.run("trail", "--since", "7d", "--filter", "PROD-EVENTS  jane");

        assertThat(result.out().lines().skip(1)).singleElement().asString().contains("UpdateMonitoring");
    }

    @Test
    void severalRegionsAreLookedUpAtOnce() {
        CliHarness.Result result = cli.run("trail", "--since", "7d", "--region", "us-east-1, eu-west-1,us-east-1",
                "--source", "msk");

        assertThat(result.exitCode()).isZero();
        assertThat(cli.prod.trailRegions).containsExactlyInAnyOrder("us-east-1", "eu-west-1");
        assertThat(cli.prod.fakeTrail("eu-west-1").requests).hasSize(1);
        assertThat(result.out().lines().skip(1).map(line -> line.split(" {2,}")[1]))
                .containsExactly("DescribeClusterV2", "UpdateMonitoring", "DeleteCluster");
        assertThat(result.err()).contains("in us-east-1, eu-west-1 from", "\neu-west-1: 1 event, 1 page, ");
    }

    @Test
    void aFailingRegionExits1AndTheOtherRegionsAreStillPrinted() throws Exception {
        cli.prod.fakeTrail("eu-west-1").failure = FakeTrail.accessDenied();
        cli.prod.trailFailures.put("ap-south-1", new io.mskconsole.core.errors.GatewayException(
                io.mskconsole.core.errors.Failure.CONFIGURATION, null, "No endpoint for ap-south-1."));

        CliHarness.Result result = cli.run("trail", "--since", "7d", "--region", "us-east-1,eu-west-1,ap-south-1",
                "--format", "json");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(ids(readJson(result.out()))).containsExactly("e-topic", "e-update", "e-denied");
        assertThat(result.err()).contains(
                "\nmsk-console: eu-west-1: Access denied: cloudtrail:LookupEvents is not allowed.\n",
                "\nmsk-console: ap-south-1: No endpoint for ap-south-1.\n");
        // Each region's problem once, though both of its streams (MSK API calls, Kafka actions) met it.
        assertThat(result.err().lines().filter(line -> line.startsWith("msk-console: eu-west-1: "))).hasSize(1);
    }

    @Test
    void throttlingIsAbsorbedByBackingOff() {
        east().failNext(FakeTrail.throttled(), FakeTrail.throttled());

        CliHarness.Result result = cli.run("trail", "--since", "7d", "--source", "msk");

        assertThat(result.exitCode()).isZero();
        assertThat(east().requests).hasSize(3);
        assertThat(result.out().lines()).hasSize(3);
        assertThat(result.err()).contains("; CloudTrail throttled 2 calls, retried after a pause.");
    }

    @Test
    void moreThan90DaysAgoWarnsAndLooksUpTheLast90Days() {
        CliHarness.Result result = cli.run("trail", "--since", "2023-01-01", "--source", "msk");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("Note: LookupEvents keeps the last 90 days only, from 2024-02-10 12:00 UTC; "
                + "for older events read the trail's log files from S3 with --files PATH.\n");
        assertThat(east().requests).containsExactly(new LookupRequest(source(MSK), NOW.minus(Duration.ofDays(90)),
                NOW, null));
        assertThat(result.out()).contains("2024-04-01 00:00:00  DescribeClusterV2");
    }

    @Test
    void aRangeWhollyOlderThan90DaysLooksNothingUp() {
        CliHarness.Result result = cli.run("trail", "--since", "2023-01-01", "--until", "2023-02-01", "--format",
                "json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("{\"Records\":[]}\n");
        assertThat(east().requests).isEmpty();
        assertThat(result.err()).contains("--files PATH", "No events: the whole time range is older than 90 days.");
    }

    @Test
    void ctrlCPrintsWhatArrivedAndExits130() throws Exception {
        for (int i = 0; i < 60; i++) {
            east().add(FakeTrail.event(String.format("c-%03d", i), NOW.minusSeconds(i + 1).toString()).json());
        }
        AtomicReference<Runnable> ctrlC = new AtomicReference<>();
        cli.interrupts = onInterrupt -> {
            ctrlC.set(onInterrupt);
            return () -> { };
        };
        east().onRequest = request -> {
            if (request.nextToken() != null) {
                ctrlC.get().run();
            }
        };

        CliHarness.Result result = cli.run("trail", "--since", "7d", "--source", "msk", "--format", "json");

        assertThat(result.exitCode()).isEqualTo(130);
        List<String> ids = ids(readJson(result.out()));
        assertThat(ids).hasSize(50).startsWith("c-000").endsWith("c-049");
        assertThat(result.err()).endsWith("msk-console: Stopped by Ctrl-C: printed the 50 events that had "
                + "arrived.\n");
    }

    @Test
    void theSandboxSaysWhereItsTrailIs() {
        cli.sandbox.fakeTrail("eu-west-1").add(EU);

        CliHarness.Result result = cli.run("--sandbox", "trail", "--since", "7d");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).startsWith(TrailCommand.SANDBOX_NOTE + "\n");
        assertThat(result.out()).contains("audit-eu");
        assertThat(cli.profiles.opened).isEmpty();
    }

    @Test
    void noEventsIsStillDone() {
        CliHarness.Result result = cli.run("trail", "--since", "1h", "--region", "ap-southeast-2");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("TIME (UTC)").hasLineCount(1);
        assertThat(result.err()).endsWith("0 events, 2 pages, 0.0 s.\n");
    }

    @Test
    void tableCellsAreOneLineOfPrintableText() {
        east().add(FakeTrail.event("esc", "2024-05-10T11:00:00Z").user("mal\u001b[31mlory\nx").json());

        CliHarness.Result result = cli.run("trail", "--since", "2h");

        assertThat(result.out()).doesNotContain("\u001b").contains(" mal [31mlory x ");
        assertThat(result.out().lines()).hasSize(2);
    }

    @Test
    void helpNamesTheOptionsAndTheExitCodes() {
        CliHarness.Result help = cli.run("trail", "--help");
        CliHarness.Result root = cli.run("--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: msk-console trail").contains("--source=msk|kafka|both",
                "--since=TIME", "--until=TIME", "--lookup=Key=Value", "--filter=TEXT", "--format=table|json|csv",
                "--files=PATH", "--region=REGION", "Exit codes: 0");
        assertThat(root.out()).containsPattern("\n  trail +List MSK's CloudTrail events");
    }

    static JsonNode readJson(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
