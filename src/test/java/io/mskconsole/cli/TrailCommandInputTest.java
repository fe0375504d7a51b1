package io.mskconsole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.testing.FakeTrail;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trail} with bad input: exit 2, one line saying what to do, nothing on stdout, nothing looked up. */
class TrailCommandInputTest {
    @TempDir
    Path dir;

    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(dir);
        cli.clock = Clock.fixed(TrailCommandTest.NOW, ZoneOffset.UTC);
        cli.ticker = new FakeTicker();
    }

    private void assertBadInput(String message, String... args) {
        CliHarness.Result result = cli.run(args);
        assertThat(result.exitCode()).as(String.join(" ", args)).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("msk-console: " + message + "\n");
        assertThat(cli.prod.trailRegions).isEmpty();
    }

    @Test
    void aLookupAttributeMustBeAKnownKeyWithAValue() {
        assertBadInput("--lookup: Unknown lookup attribute 'Color': use one of EventId, EventName, ReadOnly, "
                + "Username, ResourceType, ResourceName, EventSource, AccessKeyId.", "trail", "--lookup", "Color=red");
        assertBadInput("--lookup: A lookup attribute is Key=Value, e.g. EventName=UpdateMonitoring; got "
                + "'UpdateMonitoring'.", "trail", "--lookup", "UpdateMonitoring");
        assertBadInput("--lookup: The lookup attribute EventName needs a value.", "trail", "--lookup", "EventName=");
        assertBadInput("--lookup: ReadOnly is true or false, not 'maybe'.", "trail", "--lookup", "ReadOnly=maybe");
        assertThat(cli.profiles.opened).isEmpty();
    }

    @Test
    void onlyOneLookupAttribute() {
        CliHarness.Result result = cli.run("trail", "--lookup", "EventName=A", "--lookup", "EventName=B");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("msk-console: option '--lookup' (Key=Value) should be specified only once")
                .endsWith("See 'msk-console trail --help'.\n");
    }

    @Test
    void timesMustBeAgesOrIsoTimesInOrder() {
        assertBadInput("--since: 'yesterday' is not a time: use an age such as 1h, 24h, 7d or 90d, or an ISO-8601 "
                + "time such as 2024-05-01 or 2024-05-01T10:00:00Z.", "trail", "--since", "yesterday");
        assertBadInput("--until: '2024-13-01' is not a time: use an age such as 1h, 24h, 7d or 90d, or an ISO-8601 "
                + "time such as 2024-05-01 or 2024-05-01T10:00:00Z.", "trail", "--until", "2024-13-01");
        assertBadInput("The time range is empty: --since 2024-05-10 11:00 UTC is not before --until "
                + "2024-05-10 10:00 UTC.", "trail", "--since", "1h", "--until", "2h");
        assertBadInput("The time range is empty: --since 2024-05-11 00:00 UTC is not before --until "
                + "2024-05-10 12:00 UTC.", "trail", "--since", "2024-05-11");
    }

    @Test
    void regionsMustBeRegionNames() {
        assertBadInput("--region: 'nowhere' is not a region name (e.g. us-east-1; several: us-east-1,eu-west-1).",
                "trail", "--region", "us-east-1,nowhere");
        assertBadInput("--region: name at least one region, e.g. us-east-1 or us-east-1,eu-west-1.",
                "trail", "--region", " , ");
    }

    @Test
    void sourceAndFormatAreChoices() {
        CliHarness.Result source = cli.run("trail", "--source", "s3");
        CliHarness.Result format = cli.run("trail", "--format", "xml");

        assertThat(source.exitCode()).isEqualTo(2);
        assertThat(source.err()).contains("--source").contains("msk, kafka, both");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("--format").contains("table, json, csv");
        assertThat(cli.prod.trailRegions).isEmpty();
    }

    @Test
    void aMistypedTrailIsSuggestedAloneAndAMistypedClustersWithoutIt() {
        CliHarness.Result trial = cli.run("trial");
        CliHarness.Result clustrs = cli.run("clustrs");

        assertThat(trial.exitCode()).isEqualTo(2);
        assertThat(trial.err()).contains("'trial'. Did you mean trail? See 'msk-console --help'.");
        assertThat(clustrs.err()).contains("Did you mean clusters? ");
    }

    @Test
    void aLookupNeedsCredentialsOrTheSandbox() {
        cli.profiles.credentialsConfigured = false;

        assertBadInput(Connection.NO_CREDENTIALS, "trail", "--since", "1h");
    }

    @Test
    void aLookupNeedsARegion() {
        cli.prod.defaultRegion = null;
        cli.prod.fakeTrail("us-east-1").add(FakeTrail.event("x", "2024-05-10T11:00:00Z").json());

        assertBadInput("No region: pass --region (several: --region us-east-1,eu-west-1).", "trail");
        assertThat(cli.prod.closed).isTrue();
    }
}
