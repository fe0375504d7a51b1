package io.mskconsole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mskconsole.core.levels.RaisedLevel;
import io.mskconsole.sandbox.SandboxBrokerData;
import io.mskconsole.sandbox.SandboxSession;
import io.mskconsole.sandbox.SandboxWorld;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loggers list} and {@code loggers set} against the Sandbox's simulated brokers. */
class LoggersCommandTest {
    static final String ORDERS = "arn:aws:kafka:us-east-1:111122223333:cluster/orders-prod/"
            + "3f6b2c1e-8a4d-4f1b-9c2e-7d5a0b1e6f34-2";
    static final String PAYMENTS = "arn:aws:kafka:us-east-1:111122223333:cluster/payments-staging/"
            + "9a1d7e52-4c3b-4e8f-a6d2-1b0c9e8f7a65-3";
    static final String AUDIT = "arn:aws:kafka:eu-west-1:111122223333:cluster/audit-eu/"
            + "81f4c6d2-7e3a-4b9c-8d1f-0a2e6b4c9d75-2";
    static final String SYDNEY = "arn:aws:kafka:ap-southeast-2:111122223333:cluster/sydney-metrics/"
            + "2c8e5f1a-9d4b-4a6e-8c3f-b7d1e0a5c9f2-3";
    static final String EVENTS = "arn:aws:kafka:us-east-1:111122223333:cluster/events-serverless/"
            + "e2b8d4f6-1a3c-4b7e-9f0d-5c6a8e2b4d1f-4";
    static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    @TempDir
    Path dir;
    CliHarness cli;

    @BeforeEach
    void sandbox() {
        cli = new CliHarness(dir);
        cli.sandboxSession = new SandboxSession(new SandboxWorld(), Duration.ofMillis(1), Duration.ZERO);
        cli.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        cli.ticker = new FakeTicker();
    }

    @Test
    void listPrintsEveryBrokersLoggersRootFirstAndWhatIsAboveInfo() {
        CliHarness.Result result = cli.run("loggers", "list", "--sandbox", "--cluster", ORDERS);

        assertThat(result.exitCode()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0)).matches("LOGGER +BROKER 1 +BROKER 2 +BROKER 3");
        assertThat(lines.get(1)).matches("root +INFO +INFO +INFO");
        assertThat(lines).anySatisfy(line -> assertThat(line).matches("kafka\\.request\\.logger +WARN +DEBUG +WARN"));
        assertThat(lines).hasSize(16);
        assertThat(result.err()).isEqualTo("""
                Connecting to the brokers of orders-prod in us-east-1 with IAM access control...
                15 loggers on brokers 1, 2, 3 of orders-prod (IAM access control).
                Above INFO: kafka.request.logger at DEBUG on broker 2.
                """);
    }

    @Test
    void listOfOneBrokerSearchedAsJson() throws Exception {
        CliHarness.Result result = cli.run("loggers", "list", "--sandbox", "--cluster", ORDERS, "--broker", "2",
                "--search", "request.logger", "--format", "json");

        assertThat(result.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.get("cluster").asText()).isEqualTo(ORDERS);
        assertThat(json.get("authentication").asText()).isEqualTo("iam");
        assertThat(json.get("brokers").toString()).isEqualTo("[2]");
        assertThat(json.get("loggers").toString()).isEqualTo("[{\"name\":\"kafka.request.logger\",\"levels\":"
                + "{\"2\":\"DEBUG\"}}]");
        assertThat(json.get("aboveInfo").toString()).isEqualTo("[{\"logger\":\"kafka.request.logger\",\"broker\":2,"
                + "\"level\":\"DEBUG\"}]");
        assertThat(json.get("unavailableBrokers").toString()).isEqualTo("[]");
        assertThat(json.get("raisedEarlier").toString()).isEqualTo("[]");
    }

    @Test
    void setReadsBackEachBrokerAndRecordsTheRaise() {
        CliHarness.Result set = cli.run("loggers", "set", "--sandbox", "--cluster", AUDIT, "--logger",
                "kafka.controller", "--level", "debug");

        assertThat(set.exitCode()).isZero();
        assertThat(set.out()).isEqualTo("broker 1: kafka.controller INFO -> DEBUG\nbroker 2: kafka.controller INFO "
                + "-> DEBUG\n");
        assertThat(set.err()).isEqualTo("Connecting to the brokers of audit-eu in eu-west-1 with TLS...\n");
        assertThat(cli.raisedLevels.load()).extracting(RaisedLevel::brokerId, RaisedLevel::previousLevel,
                RaisedLevel::revertAt).containsExactly(org.assertj.core.groups.Tuple.tuple(1, "INFO", null),
                org.assertj.core.groups.Tuple.tuple(2, "INFO", null));

        CliHarness.Result list = cli.run("loggers", "list", "--sandbox", "--cluster", AUDIT, "--search", "controller");

        assertThat(list.out()).isEqualTo("LOGGER            BROKER 1  BROKER 2\nkafka.controller  DEBUG     DEBUG\n");
        assertThat(list.err()).contains("Above INFO: kafka.controller at DEBUG on broker 1; kafka.controller at DEBUG "
                        + "on broker 2.", "Raised earlier with msk-console and still raised:\n"
                        + "  kafka.controller at DEBUG on broker 1 of audit-eu (was INFO)\n");

        CliHarness.Result back = cli.run("loggers", "set", "--sandbox", "--cluster", AUDIT, "--logger",
                "kafka.controller", "--level", "DEFAULT", "--broker", "2");

        assertThat(back.out()).isEqualTo("broker 2: kafka.controller DEBUG -> INFO\n");
        assertThat(cli.raisedLevels.load()).extracting(RaisedLevel::brokerId).containsExactly(1);
    }

    @Test
    void debugOnAClusterLoggingToCloudWatchPrintsTheCaution() {
        CliHarness.Result result = cli.run("loggers", "set", "--sandbox", "--cluster", ORDERS, "--logger",
                "kafka.log.LogCleaner", "--level", "TRACE", "--broker", "1");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("Caution from the MSK developer guide: \"If you use CloudWatch "
                + "Logs as a log destination and you dynamically enable DEBUG or TRACE level logging, Amazon MSK may "
                + "continuously deliver a sample of logs. This can significantly impact broker performance.\" This "
                + "cluster's broker logs go to CloudWatch Logs (log group /aws/vendedlogs/msk/orders-prod).",
                "msk-console logging export --cluster " + ORDERS + " --output logging.json");
        CliHarness.Result info = cli.run("loggers", "set", "--sandbox", "--cluster", ORDERS, "--logger",
                "kafka.log.LogCleaner", "--level", "INFO", "--broker", "1");
        assertThat(info.err()).doesNotContain("Caution");
    }

    @Test
    void revertAfterWaitsThenPutsTheLevelBack() {
        CliHarness.Result result = cli.run("loggers", "set", "--sandbox", "--cluster", AUDIT, "--logger",
                "kafka.controller", "--level", "TRACE", "--broker", "1", "--revert-after", "30m");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("broker 1: kafka.controller INFO -> TRACE\nbroker 1: kafka.controller "
                + "TRACE -> INFO\n");
        assertThat(result.err()).contains("Will put kafka.controller back on broker 1 at 2026-05-01 10:30 UTC (in 30m): "
                + "keep this command running.", "Put kafka.controller back on broker 1.");
        assertThat(cli.raisedLevels.load()).isEmpty();
        assertThat(((FakeTicker) cli.ticker).nanoTime()).isEqualTo(Duration.ofMinutes(30).toNanos());
    }

    @Test
    void aLevelSomeoneChangedWhileTheCommandWaitedIsLeftAsTheyLeftIt() {
        ((FakeTicker) cli.ticker).onSleep = () -> assertThat(cli.run("loggers", "set", "--sandbox", "--cluster", AUDIT,
                "--logger", "kafka.controller", "--level", "DEBUG", "--broker", "1").exitCode()).isZero();

        CliHarness.Result result = cli.run("loggers", "set", "--sandbox", "--cluster", AUDIT, "--logger",
                "kafka.controller", "--level", "TRACE", "--broker", "1", "--revert-after", "30m");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.out()).isEqualTo("broker 1: kafka.controller INFO -> TRACE\n");
        assertThat(result.err()).contains("Not put back: kafka.controller on broker 1 of audit-eu was changed since it "
                + "was raised.", "Not every broker's level was put back: see above.");
        assertThat(cli.run("loggers", "list", "--sandbox", "--cluster", AUDIT, "--broker", "1", "--search",
                "kafka.controller").out()).contains("DEBUG");
    }

    @Test
    void ctrlCWhileWaitingLeavesTheLevelRaisedAndRecorded() {
        cli.interrupts = onInterrupt -> {
            onInterrupt.run();
            return () -> { };
        };

        CliHarness.Result result = cli.run("loggers", "set", "--sandbox", "--cluster", AUDIT, "--logger",
                "kafka.controller", "--level", "TRACE", "--broker", "2", "--revert-after", "10m");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INTERRUPTED);
        assertThat(result.err()).contains("msk-console: Stopped waiting: kafka.controller stays at TRACE on broker 2.");
        assertThat(cli.raisedLevels.load()).singleElement().satisfies(r -> {
            assertThat(r.level().name()).isEqualTo("TRACE");
            assertThat(r.revertAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        });
    }

    @Test
    void unreachableBrokersFailWithTheClearMessage() {
        CliHarness.Result result = cli.run("loggers", "list", "--sandbox", "--cluster", SYDNEY);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("msk-console: Could not reach the brokers of sydney-metrics",
                "usually sit in a private VPC", "VPN, a bastion host");
    }

    @Test
    void scramTakesTheUserFromAnOptionAndThePasswordFromTheEnvironmentOrStdin() {
        CliHarness.Result noUser = cli.run("loggers", "list", "--sandbox", "--cluster", PAYMENTS);
        assertThat(noUser.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noUser.err()).contains("name the user with --scram-user");

        cli.stdin = SandboxBrokerData.SCRAM_PASSWORD + "\n";
        CliHarness.Result fromStdin = cli.run("loggers", "list", "--sandbox", "--cluster", PAYMENTS, "--scram-user",
                SandboxBrokerData.SCRAM_USER);
        assertThat(fromStdin.exitCode()).isZero();
        assertThat(fromStdin.err()).startsWith("Connecting to the brokers of payments-staging in us-east-1 with "
                + "SASL/SCRAM (public access)...");

        cli.stdin = "";
        cli.variables.put("MSK_CONSOLE_SCRAM_PASSWORD", "wrong-password");
        CliHarness.Result wrong = cli.run("loggers", "list", "--sandbox", "--cluster", PAYMENTS, "--scram-user",
                SandboxBrokerData.SCRAM_USER, "--access", "private");
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(wrong.err()).contains("refused user msk-admin").doesNotContain("wrong-password");

        cli.variables.clear();
        CliHarness.Result none = cli.run("loggers", "list", "--sandbox", "--cluster", PAYMENTS, "--scram-user", "x");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).isEqualTo("msk-console: No password for the SASL/SCRAM password of user x: set "
                + "MSK_CONSOLE_SCRAM_PASSWORD, or pipe it on standard input (it is never taken as an argument).\n");
    }

    @Test
    void badInputIsAUsageErrorBeforeAnythingIsSent() {
        assertThat(cli.run("loggers", "set", "--sandbox", "--cluster", AUDIT, "--logger", "kafka", "--level", "LOUD")
                .err()).isEqualTo("msk-console: --level: 'LOUD' is not a level brokers accept: use FATAL, ERROR, WARN, "
                + "INFO, DEBUG or TRACE, or DEFAULT to put the logger back to its default.\n");
        assertThat(cli.run("loggers", "set", "--sandbox", "--cluster", AUDIT, "--logger", "kafka", "--level", "OFF")
                .exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("loggers", "set", "--sandbox", "--cluster", AUDIT, "--logger", "root", "--level",
                "DEFAULT").err()).startsWith("msk-console: --level: The root logger has no default to go back to");
        assertThat(cli.run("loggers", "set", "--sandbox", "--cluster", AUDIT, "--logger", "kafka", "--level", "DEBUG",
                "--broker", "first").err()).isEqualTo("msk-console: --broker: 'first' is not a broker id or 'all'.\n");
        assertThat(cli.run("loggers", "set", "--sandbox", "--cluster", AUDIT, "--logger", "kafka", "--level", "DEBUG",
                "--revert-after", "later").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("loggers", "set", "--sandbox", "--cluster", AUDIT, "--logger", "kafka", "--level",
                "DEFAULT", "--revert-after", "5m").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("loggers", "list", "--sandbox", "--cluster", AUDIT, "--auth", "kerberos").err())
                .isEqualTo("msk-console: --auth: 'kerberos' is not iam, scram, tls or plaintext.\n");
        assertThat(cli.run("loggers", "list", "--sandbox", "--cluster", AUDIT, "--auth", "iam").err())
                .isEqualTo("msk-console: Cluster audit-eu does not take IAM access control; it takes TLS, plaintext "
                        + "(no authentication).\n");
        CliHarness.Result noSuchBroker = cli.run("loggers", "set", "--sandbox", "--cluster", AUDIT, "--logger",
                "kafka", "--level", "DEBUG", "--broker", "7");
        assertThat(noSuchBroker.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noSuchBroker.err()).endsWith("msk-console: The cluster has no broker 7; its brokers are 1, 2.\n");
        assertThat(cli.raisedLevels.load()).isEmpty();
    }

    @Test
    void aLoggerNoBrokerHasAndAServerlessClusterFail() {
        CliHarness.Result unknown = cli.run("loggers", "set", "--sandbox", "--cluster", AUDIT, "--logger",
                "kafka.nothing", "--level", "DEBUG");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).endsWith("msk-console: No logger named kafka.nothing on brokers 1, 2: pick one of "
                + "the loggers the brokers list (names are case-sensitive).\n");

        CliHarness.Result serverless = cli.run("loggers", "list", "--sandbox", "--cluster", EVENTS);
        assertThat(serverless.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(serverless.err()).isEqualTo("msk-console: Cluster events-serverless is serverless: MSK Serverless "
                + "does not expose its brokers' loggers.\n");
    }

    @Test
    void aProfileSignsIamWithItsOwnNameInTheClustersRegion() {
        CliHarness.Result result = cli.run("loggers", "set", "--cluster", CliHarness.PROD_ARN, "--logger",
                "kafka.controller", "--level", "DEBUG", "--broker", "3");

        assertThat(result.exitCode()).isZero();
        assertThat(cli.prod.brokers.connections).singleElement().satisfies(connection -> {
            assertThat(connection.auth()).isEqualTo(new io.mskconsole.core.levels.ClientAuthSettings.Iam("prod",
                    "us-east-1"));
            assertThat(connection.bootstrap()).isEqualTo("b-1.prod-events.test:9098,b-2.prod-events.test:9098,"
                    + "b-3.prod-events.test:9098");
            assertThat(connection.clusterName()).isEqualTo("prod-events");
        });
        assertThat(cli.prod.brokers.sent).containsExactly("SET broker 3 kafka.controller DEBUG");
        assertThat(result.err()).contains("Caution from the MSK developer guide");
        assertThat(cli.prod.closed).isTrue();
        assertThat(cli.prod.brokers.closed).isEqualTo(1);
    }

    @Test
    void theCommandsAreListedInTheHelp() {
        CliHarness.Result help = cli.run("--help");

        assertThat(help.out()).contains("loggers list", "loggers set");
        assertThat(cli.run("loggers").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
