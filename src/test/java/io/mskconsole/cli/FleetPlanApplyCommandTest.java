package io.mskconsole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.destinations.LogGroupInfo;
import io.mskconsole.testing.FakeMsk;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fleet plan --set} then {@code fleet apply --plan}: a pipeline's change to many clusters. */
class FleetPlanApplyCommandTest {
    static final String QUIET_ARN = "arn:aws:kafka:us-east-1:123456789012:cluster/quiet/0a1b2c3d-4444-1";

    @TempDir
    Path folder;
    CliHarness cli;

    @BeforeEach
    void prod() throws Exception {
        cli = new CliHarness(folder);
        cli.prodMsk().put(FakeMsk.provisioned(QUIET_ARN, "quiet", ClusterState.ACTIVE, "KQ1", LogDelivery.NONE));
        cli.prodDestinations().logGroups.put("/aws/vendedlogs/msk/quiet",
                new LogGroupInfo("/aws/vendedlogs/msk/quiet", null, 30, 0, null));
        cli.prodDestinations().logGroups.put("/aws/vendedlogs/msk/prod-events",
                new LogGroupInfo("/aws/vendedlogs/msk/prod-events", null, 30, 0, null));
        Files.writeString(folder.resolve("set.yaml"), """
                version: 1
                set:
                  - logs: broker
                    destination: cloudwatch-logs
                    name: /aws/vendedlogs/msk/{cluster}
                """);
    }

    @Test
    void aPlanIsWrittenThenAppliedOncePerClusterAndARerunChangesNothing() throws Exception {
        CliHarness.Result plan = cli.run("fleet", "plan", "--regions", "us-east-1", "--set", "set.yaml",
                "--output", "plan.json");

        assertThat(plan.exitCode()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("Set: Broker logs: CloudWatch Logs on, log group /aws/vendedlogs/msk/{cluster}")
                .containsPattern("change +prod +us-east-1 +quiet +Broker logs CloudWatch Logs: delivery Off → On, log group — → "
                        + "/aws/vendedlogs/msk/quiet\n")
                .containsPattern("skip +prod +us-east-1 +batch-jobs +Cluster batch-jobs is UPDATING")
                .containsPattern("skip +prod +us-east-1 +adhoc-analytics +Serverless");
        assertThat(plan.err()).contains("Plan: 2 to change, 0 nothing to change, 2 skipped, 0 blocked.",
                "fleet apply --plan plan.json");
        assertThat(Files.readString(folder.resolve("plan.json"))).contains("\"action\": \"CHANGE\"");

        CliHarness.Result apply = cli.run("fleet", "apply", "--plan", "plan.json");

        assertThat(apply.exitCode()).as(apply.err()).isZero();
        assertThat(cli.prodMsk().updates).hasSize(2).extracting(u -> u.logging().brokerLogs().cloudWatchLogs()
                .logGroup()).containsExactlyInAnyOrder("/aws/vendedlogs/msk/quiet", "/aws/vendedlogs/msk/prod-events");
        assertThat(apply.out()).containsPattern("sent +prod +us-east-1 +quiet")
                .containsPattern("left out +prod +us-east-1 +batch-jobs");
        assertThat(apply.err()).contains("Done: 2 sent, 2 left out.");

        // the operations complete: each cluster now delivers as planned, at a new version
        for (String arn : java.util.List.of(QUIET_ARN, CliHarness.PROD_ARN)) {
            LogDelivery sent = cli.prodMsk().updates.stream().filter(u -> u.clusterArn().equals(arn)).findFirst()
                    .orElseThrow().logging().brokerLogs();
            cli.prodMsk().put(FakeMsk.provisioned(arn, cli.prodMsk().cluster(arn).name(), ClusterState.ACTIVE,
                    "K-NEW", sent));
        }
        CliHarness.Result again = cli.run("fleet", "apply", "--plan", "plan.json");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).contains("Done: 2 unchanged, 2 left out.");
        assertThat(cli.prodMsk().updates).as("nothing sent again").hasSize(2);
    }

    @Test
    void withoutOutputThePlanGoesToStandardOutputForAPipeAndOnlyClustersWithTheFindingAreTaken() {
        CliHarness.Result plan = cli.run("fleet", "plan", "--regions", "us-east-1", "--set", "set.yaml",
                "--with-finding", "broker-logs-delivered");

        assertThat(plan.exitCode()).as(plan.err()).isZero();
        assertThat(plan.out()).startsWith("{").contains("\"clusterName\": \"quiet\"", "\"clusterName\": \"batch-jobs\"")
                .doesNotContain("prod-events");
        assertThat(plan.err()).contains("Plan: 1 to change, 0 nothing to change, 1 skipped, 0 blocked.");
    }

    @Test
    void badInputIsRefusedWithWhereAndExitTwo() throws Exception {
        Files.writeString(folder.resolve("bad.yaml"), "version: 1\nset:\n  - logs: brokers\n    destination: s3\n");
        CliHarness.Result bad = cli.run("fleet", "plan", "--set", "bad.yaml");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("bad.yaml: line 3, column 5: \"logs\" is one of authorizer, broker, not \"brokers\".");

        assertThat(cli.run("fleet", "plan", "--set", "missing.yaml").err()).contains("--set: missing.yaml was not found.");
        CliHarness.Result typo = cli.run("fleet", "plan", "--regions", "us-east-1", "--set", "set.yaml",
                "--clusters", "quiet,qiuet");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("--clusters: no cluster named qiuet in the accounts and regions read.");
        Files.writeString(folder.resolve("plan.json"), "{\"version\": 1, \"createdAt\": \"yesterday\"}");
        CliHarness.Result badPlan = cli.run("fleet", "apply", "--plan", "plan.json");
        assertThat(badPlan.exitCode()).isEqualTo(2);
        assertThat(badPlan.err()).contains("plan.json: line 1, column 16: \"createdAt\" is not a time: yesterday");
        assertThat(cli.run("fleet", "apply", "--plan", "plan.json", "--concurrency", "0").exitCode()).isEqualTo(2);
        assertThat(cli.prodMsk().updates).isEmpty();
    }

    @Test
    void aClusterChangedSinceThePlanIsRefusedAndTheRunSaysSo() {
        cli.run("fleet", "plan", "--regions", "us-east-1", "--set", "set.yaml", "--output", "plan.json",
                "--clusters", "quiet");
        cli.prodMsk().put(FakeMsk.provisioned(QUIET_ARN, "quiet", ClusterState.ACTIVE, "KQ9",
                LogDelivery.NONE.withS3(io.mskconsole.core.delivery.S3Destination.to("someone-elses", null))));

        CliHarness.Result apply = cli.run("fleet", "apply", "--plan", "plan.json");

        assertThat(apply.exitCode()).isEqualTo(1);
        assertThat(apply.out()).containsPattern("refused +prod +us-east-1 +quiet +The log delivery of quiet changed "
                + "since the review");
        assertThat(cli.prodMsk().updates).isEmpty();
    }
}
