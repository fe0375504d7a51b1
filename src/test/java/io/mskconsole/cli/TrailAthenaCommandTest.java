package io.mskconsole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.sandbox.SandboxSession;
import io.mskconsole.sandbox.SandboxWorld;
import io.mskconsole.testing.SteppedTicker;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code trail --athena --trail NAME} in the Sandbox: without a table that suits, the DDL printed and nothing made;
 * with {@code --create-table}, the table made and the saved question answered in the usual formats; Ctrl-C stopping
 * the query; bad options refused saying which.
 */
class TrailAthenaCommandTest {
    static final Instant NOW = Instant.parse("2026-12-07T15:00:00Z");

    @TempDir
    Path dir;
    CliHarness cli;
    SandboxSession sandbox;

    @BeforeEach
    void theSandbox() {
        cli = new CliHarness(dir);
        cli.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        cli.ticker = new SteppedTicker();
        sandbox = new SandboxSession(new SandboxWorld(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMillis(1)),
                Duration.ofMillis(1), Duration.ZERO);
        cli.sandboxSession = sandbox;
    }

    @Test
    void withoutATableTheDdlIsShownAndNothingIsMade() {
        CliHarness.Result shown = cli.run("--sandbox", "trail", "--athena", "--trail", "org-audit", "--since", "7d");

        assertThat(shown.exitCode()).isEqualTo(2);
        assertThat(shown.err()).contains("Note: Table default.cloudtrail_logs_sandbox_org_trail_111122223333 reads "
                + "this trail's files but is not projected").contains("No table in database default suits trail "
                + "org-audit. MSK Console would run, in work group primary:\n\nCREATE EXTERNAL TABLE "
                + "default.msk_cloudtrail_org_audit (").contains("'projection.account.values'='111122223333,"
                + "444455556666'").contains("Run again with --create-table to create it");
        assertThat(shown.out()).isEmpty();
        assertThat(sandbox.athena("eu-west-1").tables("default")).hasSize(1);
    }

    @Test
    void withCreateTableTheTableIsMadeAndTheSavedQuestionAnswered() {
        CliHarness.Result asked = cli.run("--sandbox", "trail", "--athena", "--trail", "org-audit",
                "--database", "audit", "--create-table", "--question", "denied", "--since", "30d", "--format", "csv");

        assertThat(asked.exitCode()).as(asked.err()).isZero();
        assertThat(asked.err()).contains("Creating table audit.msk_cloudtrail_org_audit in work group primary:\n\n"
                + "CREATE DATABASE IF NOT EXISTS audit;\n\nCREATE EXTERNAL TABLE audit.msk_cloudtrail_org_audit (")
                .contains("Querying audit.msk_cloudtrail_org_audit (Denied calls, 31 days of partitions) in work group "
                        + "primary:\n\nSELECT eventversion, eventid,")
                .contains("AND (errorcode LIKE '%AccessDenied%' OR errorcode LIKE '%Unauthorized%' OR errorcode LIKE "
                        + "'%Forbidden%')")
                .containsPattern("Athena sandbox-[0-9a-f-]+: RUNNING\n")
                .containsPattern("Athena: SUCCEEDED · [0-9.]+ (KB|MB) scanned · about USD 0.000[0-9]+ · [0-9,]+ events");
        String[] lines = asked.out().split("\r?\n");
        assertThat(lines.length).isGreaterThan(2);
        assertThat(lines[0]).startsWith("Time (UTC),Event name,");
        assertThat(java.util.Arrays.stream(lines).skip(1)).allSatisfy(line -> assertThat(line).contains(
                "AccessDenied"));

        CliHarness.Result again = cli.run("--sandbox", "trail", "--athena", "--trail", "org-audit", "--database",
                "audit", "--question", "topic", "--topic", "orders", "--since", "30d", "--format", "json");

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).doesNotContain("Creating table");
        assertThat(again.out()).contains(":topic/").contains("/orders\"").doesNotContain("/payments\"");
    }

    @Test
    void ctrlCStopsTheQueryAndPrintsWhatArrived() {
        cli.run("--sandbox", "trail", "--athena", "--trail", "org-audit", "--create-table", "--since", "1d");
        Runnable[] ctrlC = {null};
        cli.interrupts = handler -> {
            ctrlC[0] = handler;
            return () -> ctrlC[0] = null;
        };
        cli.ticker = new SteppedTicker(step -> {
            if (step == 2 && ctrlC[0] != null) {
                ctrlC[0].run(); // pressed while the query runs
            }
        });

        CliHarness.Result stopped = cli.run("--sandbox", "trail", "--athena", "--trail", "org-audit", "--since", "1d");

        assertThat(stopped.exitCode()).isEqualTo(130);
        assertThat(stopped.err()).contains("CANCELLED").contains("Stopped by Ctrl-C: the query was stopped");
    }

    @Test
    void optionsThatDoNotGoTogetherAreRefusedSayingWhich() {
        assertThat(cli.run("--sandbox", "trail", "--database", "audit").err()).contains("go with --athena");
        assertThat(cli.run("--sandbox", "trail", "--athena", "--s3", "--trail", "org-audit").err())
                .contains("choose one");
        assertThat(cli.run("--sandbox", "trail", "--athena").err()).contains("--athena reads one trail's files");
        CliHarness.Result question = cli.run("--sandbox", "trail", "--athena", "--trail", "org-audit", "--question",
                "who");
        assertThat(question.exitCode()).isEqualTo(2);
        assertThat(question.err()).contains("--question: 'who' is not a saved query; choose one of all, "
                + "log-delivery, monitoring-and-configuration, topic, denied.");
        CliHarness.Result noTopic = cli.run("--sandbox", "trail", "--athena", "--trail", "org-audit", "--create-table",
                "--question", "topic");
        assertThat(noTopic.err()).contains("--question topic needs --topic NAME.").as("checked before anything is "
                + "made").doesNotContain("Creating table");
        assertThat(cli.run("--sandbox", "trail", "--athena", "--trail", "org-audit", "--output-location",
                "bucket/x").err()).contains("is not an S3 location: give it as s3://bucket/prefix/.");
        CliHarness.Result workGroup = cli.run("--sandbox", "trail", "--athena", "--trail", "org-audit",
                "--workgroup", "analysts");
        assertThat(workGroup.exitCode()).isEqualTo(1);
        assertThat(workGroup.err()).contains("Athena work group analysts has no query result location");
    }

    @Test
    void aQueryThatCannotAnswerIsRefusedBeforeTheTableIsMade() {
        CliHarness.Result account = cli.run("--sandbox", "trail", "--athena", "--trail", "org-audit", "--create-table",
                "--trail-account", "999999999999");

        assertThat(account.exitCode()).isEqualTo(2);
        assertThat(account.err()).contains("does not hold account 999999999999: it holds 111122223333, "
                + "444455556666.").doesNotContain("Creating table");
        assertThat(sandbox.athena("eu-west-1").tables("default")).as("nothing made").hasSize(1);
        assertThat(cli.run("--sandbox", "trail", "--athena", "--trail", "org-audit", "--source", "kafka",
                "--question", "log-delivery").err()).contains("leaves out: choose both sources.");
        assertThat(cli.run("--sandbox", "trail", "--athena", "--trail", "org-audit", "--no-cache").err())
                .contains("--no-cache goes with LookupEvents and --s3: Athena reads the files in S3 itself.");
        assertThat(cli.run("--sandbox", "trail", "--athena", "--trail", "org-audit", "--athena-region", "mars")
                .err()).contains("--athena-region: 'mars' is not a region name");
        assertThat(cli.run("--sandbox", "trail", "--athena-region", "us-east-1").err()).contains("go with --athena");
    }

    @Test
    void athenaRunsInItsOwnRegionWhileRegionNarrowsTheEvents() {
        CliHarness.Result asked = cli.run("--sandbox", "trail", "--athena", "--trail", "org-audit", "--create-table",
                "--athena-region", "us-east-1", "--region", "eu-west-1", "--since", "2d", "--format", "json");

        assertThat(asked.exitCode()).as(asked.err()).isZero();
        assertThat(asked.err()).contains("AND region IN ('eu-west-1')");
        assertThat(sandbox.athena("us-east-1").tables("default")).as("made in us-east-1's catalog").hasSize(2);
        assertThat(asked.out()).contains("\"awsRegion\":\"eu-west-1\"").doesNotContain("\"awsRegion\":\"us-east-1\"");
    }
}
