package io.mskconsole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input and setup: exit 2, one line a person can act on, nothing on stdout, nothing sent. */
class InputErrorsTest {
    @TempDir
    Path dir;

    private CliHarness cli;

    private CliHarness.Result applyFile(String name, String content) throws Exception {
        Files.writeString(dir.resolve(name), content);
        return cli.run("logging", "apply", "--cluster", CliHarness.PROD_ARN, "--file", name, "--wait");
    }

    private static void assertUsageError(CliHarness.Result result, String message) {
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("msk-console: " + message + "\n");
    }

    /** Nothing changed: at most the cluster was read, to judge the file against what it has. */
    private void assertNothingSent() {
        assertThat(cli.prodMsk().calls).doesNotContain("updateMonitoring");
        assertThat(cli.prodMsk().updates).isEmpty();
    }

    @Test
    void malformedJsonNamesTheFileAndTheLine() throws Exception {
        cli = new CliHarness(dir);

        CliHarness.Result result = applyFile("bad.json", """
                {
                  "BrokerLogs": {
                    "S3": {"Enabled": true,, "Bucket": "msk-broker-logs-123"}
                  }
                }
                """);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("msk-console: bad.json: line 3, column ").contains("not valid JSON");
        assertThat(result.err().lines()).hasSize(1);
        assertNothingSent();
        assertThat(cli.profiles.opened).isEmpty();
    }

    @Test
    void unknownFieldIsNamedWithItsLine() throws Exception {
        cli = new CliHarness(dir);

        CliHarness.Result result = applyFile("typo.json", """
                {"BrokerLogs": {
                  "S3": {"Enabled": true, "Bucket": "msk-broker-logs-123", "Prefx": "prod"}
                }}
                """);

        assertUsageError(result, "typo.json: line 2, column 60: unknown field \"Prefx\" in BrokerLogs.S3 "
                + "(expected Enabled, Bucket, Prefix).");
        assertNothingSent();
    }

    @Test
    void missingFileNamesThePath() {
        cli = new CliHarness(dir);

        CliHarness.Result result = cli.run("logging", "apply", "--cluster", CliHarness.PROD_ARN, "--file", "nope.json");

        assertUsageError(result, "No such file: " + dir.resolve("nope.json"));
        assertNothingSent();
    }

    @Test
    void invalidBucketNameNamesTheField() throws Exception {
        cli = new CliHarness(dir);

        CliHarness.Result result = applyFile("bucket.json", """
                {"BrokerLogs": {"S3": {"Enabled": true, "Bucket": "My_Bucket"}}}
                """);

        assertUsageError(result, "bucket.json: BrokerLogs.S3.Bucket: Bucket names use only lowercase letters, "
                + "digits, dots and hyphens (found \"M\" at position 1).");
        assertNothingSent();
    }

    @Test
    void enabledDestinationWithoutItsNameIsRefused() throws Exception {
        cli = new CliHarness(dir);

        CliHarness.Result result = applyFile("cw.json", """
                {"BrokerLogs": {"CloudWatchLogs": {"Enabled": true}, "Firehose": {"Enabled": true}}}
                """);

        assertUsageError(result, "cw.json: BrokerLogs.CloudWatchLogs.LogGroup: Required: name a CloudWatch Logs "
                + "log group, or turn this destination off.; BrokerLogs.Firehose.DeliveryStream: Required: name a "
                + "Firehose delivery stream, or turn this destination off.");
    }

    @Test
    void badArnIsRefusedBeforeAnythingElse() {
        cli = new CliHarness(dir);

        CliHarness.Result result = cli.run("logging", "export", "--cluster", "arn:aws:s3:::my-bucket");

        assertUsageError(result, "--cluster: 'arn:aws:s3:::my-bucket' is not an MSK cluster ARN "
                + "(expected arn:aws:kafka:REGION:ACCOUNT:cluster/NAME/ID).");
        assertThat(cli.profiles.opened).isEmpty();
    }

    @Test
    void regionThatContradictsTheArnIsRefused() {
        cli = new CliHarness(dir);

        CliHarness.Result result = cli.run("logging", "export", "--cluster", CliHarness.PROD_ARN,
                "--region", "eu-west-1");

        assertUsageError(result, "--region eu-west-1 does not match the cluster's region us-east-1 (from its ARN): "
                + "leave --region out or make them agree.");
        assertThat(cli.profiles.opened).isEmpty();
    }

    @Test
    void regionThatRepeatsTheArnsIsFine() {
        cli = new CliHarness(dir);

        CliHarness.Result result = cli.run("--region", "us-east-1", "logging", "export", "--cluster",
                CliHarness.PROD_ARN);

        assertThat(result.exitCode()).isZero();
    }

    @Test
    void theArnsRegionWinsOverTheProfilesDefault() {
        cli = new CliHarness(dir);
        cli.prod.defaultRegion = "eu-west-1";

        CliHarness.Result result = cli.run("logging", "export", "--cluster", CliHarness.PROD_ARN);

        assertThat(result.exitCode()).isZero();
        assertThat(cli.prod.openedRegion).isEqualTo("us-east-1");
    }

    @Test
    void unknownOptionIsAUsageErrorWithAHint() {
        cli = new CliHarness(dir);

        CliHarness.Result result = cli.run("logging", "export", "--cluster", CliHarness.PROD_ARN, "--out", "x.json");

        assertUsageError(result, "Unknown options: '--out', 'x.json'. Did you mean --output? "
                + "See 'msk-console logging export --help'.");
        assertThat(cli.profiles.opened).isEmpty();
    }

    @Test
    void missingRequiredOptionIsAUsageError() {
        cli = new CliHarness(dir);

        CliHarness.Result result = cli.run("logging", "apply", "--cluster", CliHarness.PROD_ARN);

        assertUsageError(result, "Missing required option: '--file=FILE'. See 'msk-console logging apply --help'.");
    }

    @Test
    void noCredentialsWithoutSandboxNeverFallsBackToTheSandbox() {
        cli = new CliHarness(dir);
        cli.profiles.credentialsConfigured = false;

        CliHarness.Result result = cli.run("clusters");

        assertUsageError(result, "No AWS credentials found: configure a profile (aws configure / aws configure sso) "
                + "or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or pass --sandbox to try the offline sample "
                + "account.");
        assertThat(cli.profiles.opened).isEmpty();
        assertThat(cli.sandbox.openedRegion).isNull();
    }

    @Test
    void noRegionNamesTheProfile() {
        cli = new CliHarness(dir);
        cli.prod.defaultRegion = null;

        CliHarness.Result result = cli.run("clusters");

        assertUsageError(result, "No region: pass --region or set region in profile prod "
                + "(aws configure set region REGION --profile prod).");
        assertThat(cli.prod.closed).isTrue();
    }

    @Test
    void unknownProfileIsASetupProblem() {
        cli = new CliHarness(dir);

        CliHarness.Result result = cli.run("clusters", "--profile", "nightly");

        assertUsageError(result, "Profile nightly is not in the AWS config or credentials files.");
    }

    @Test
    void sandboxAndProfileTogetherAreRefused() {
        cli = new CliHarness(dir);

        CliHarness.Result result = cli.run("--sandbox", "clusters", "--profile", "prod");

        assertUsageError(result, "--sandbox and --profile prod cannot be used together: pick one.");
    }

    @Test
    void exportToAFolderThatDoesNotExistNamesIt() {
        cli = new CliHarness(dir);

        CliHarness.Result result = cli.run("logging", "export", "--cluster", CliHarness.PROD_ARN,
                "-o", "missing/prod.json");

        assertUsageError(result, "Cannot write " + dir.resolve("missing/prod.json") + ": the folder "
                + dir.resolve("missing") + " does not exist.");
    }
}
