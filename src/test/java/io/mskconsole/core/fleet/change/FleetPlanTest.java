package io.mskconsole.core.fleet.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.DestinationType;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.core.destinations.LogGroupInfo;
import io.mskconsole.core.fleet.DataFile;
import io.mskconsole.core.fleet.FleetReport;
import io.mskconsole.sandbox.MutableClock;
import io.mskconsole.testing.FakeAccounts;
import io.mskconsole.testing.FakeMsk;
import io.mskconsole.testing.FakeSession;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Planning one change for many clusters: names from templates, what is skipped and why, authorizer logs kept. */
class FleetPlanTest {
    static final Account PROD = Account.profile("prod");
    static final String EAST = "us-east-1";
    static final String ORDERS = "arn:aws:kafka:us-east-1:123456789012:cluster/orders/a-1";
    static final String AUDIT = "arn:aws:kafka:us-east-1:123456789012:cluster/audit/b-1";
    static final String BUSY = "arn:aws:kafka:us-east-1:123456789012:cluster/busy/c-1";
    static final String EVENTS = "arn:aws:kafka:us-east-1:123456789012:cluster/events/d-1";
    static final String DONE = "arn:aws:kafka:us-east-1:123456789012:cluster/done/e-1";

    final FakeAccounts profiles = new FakeAccounts();
    final FakeSession prod = profiles.session(PROD, EAST);
    final ExecutorService pool = Executors.newCachedThreadPool();
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T15:00:00Z"));

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    static final FleetChange TO_VENDED_LOGS = new FleetChange(List.of(
            DestinationSetting.on(LogKind.BROKER, DestinationType.CLOUDWATCH_LOGS, "/aws/vendedlogs/msk/{cluster}", null)));

    @Test
    void eachClusterGetsItsOwnNameAndTheOthersAreLeftOutWithTheReason() {
        prod.fakeDestinations(EAST).everythingExists = true;
        LoggingInfo auditLogs = new LoggingInfo(LogDelivery.NONE.withS3(S3Destination.to("audit-logs", "a")),
                LogDelivery.NONE.withFirehose(FirehoseDestination.to("authz-stream")));
        List<FleetReport.Row> rows = List.of(
                row(FakeMsk.provisioned(ORDERS, "orders", ClusterState.ACTIVE, "K1", LogDelivery.NONE)),
                row(FakeMsk.provisioned(AUDIT, "audit", ClusterState.ACTIVE, "K2", auditLogs)),
                row(FakeMsk.provisioned(BUSY, "busy", ClusterState.UPDATING, "K3", LogDelivery.NONE)),
                row(FakeMsk.serverless(EVENTS, "events", "K4")),
                row(FakeMsk.provisioned(DONE, "done", ClusterState.ACTIVE, "K5",
                        LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/aws/vendedlogs/msk/done")))));

        FleetPlan plan = planner().plan(rows, TO_VENDED_LOGS, FleetPlanner.Progress.NONE, Cancellation.none());

        assertThat(plan.clusters()).extracting(PlannedCluster::name, PlannedCluster::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple("orders", PlannedCluster.Action.CHANGE),
                org.assertj.core.groups.Tuple.tuple("audit", PlannedCluster.Action.CHANGE),
                org.assertj.core.groups.Tuple.tuple("busy", PlannedCluster.Action.SKIP),
                org.assertj.core.groups.Tuple.tuple("events", PlannedCluster.Action.SKIP),
                org.assertj.core.groups.Tuple.tuple("done", PlannedCluster.Action.NOTHING_TO_CHANGE));
        assertThat(plan.clusters().get(0).target().brokerLogs().cloudWatchLogs().logGroup())
                .isEqualTo("/aws/vendedlogs/msk/orders");
        PlannedCluster audit = plan.clusters().get(1);
        assertThat(audit.target().brokerLogs().s3()).as("the destinations not named stay").isEqualTo(
                S3Destination.to("audit-logs", "a"));
        assertThat(audit.target().authorizerLogs()).as("authorizer logs not named are sent as the cluster has them")
                .isEqualTo(auditLogs.authorizerLogs());
        assertThat(audit.differences()).extracting(d -> d.setting() + ": " + d.current() + " → " + d.proposed())
                .containsExactly("Delivery: Off → On", "Log group: — → /aws/vendedlogs/msk/audit");
        assertThat(plan.clusters().get(2).reason()).contains("busy is UPDATING", "only while a cluster is ACTIVE");
        assertThat(plan.clusters().get(3).reason()).startsWith("Serverless");
        assertThat(plan.summary()).isEqualTo("2 to change, 1 nothing to change, 2 skipped, 0 blocked");
    }

    @Test
    void theSameClusterThroughTwoRolesIsPlannedOnce() {
        prod.fakeDestinations(EAST).everythingExists = true;
        Account other = Account.profile("prod-admin");
        Cluster orders = FakeMsk.provisioned(ORDERS, "orders", ClusterState.ACTIVE, "K1", LogDelivery.NONE);
        FleetPlan plan = planner().plan(List.of(row(orders), new FleetReport.Row(other, EAST, orders, List.of())),
                TO_VENDED_LOGS, FleetPlanner.Progress.NONE, Cancellation.none());
        assertThat(plan.clusters()).extracting(PlannedCluster::action)
                .containsExactly(PlannedCluster.Action.CHANGE, PlannedCluster.Action.SKIP);
        assertThat(plan.clusters().get(1).reason()).isEqualTo("Also in the plan through prod: changed once, from there.");
    }

    @Test
    void aMissingDestinationBlocksItsClusterAndIsLookedUpOnceForAll() {
        prod.fakeDestinations(EAST).logGroups.put("/aws/vendedlogs/msk/shared",
                new LogGroupInfo("/aws/vendedlogs/msk/shared", null, null, 0, null));
        FleetChange shared = new FleetChange(List.of(DestinationSetting.on(LogKind.BROKER,
                DestinationType.CLOUDWATCH_LOGS, "/aws/vendedlogs/msk/shared", null)));
        FleetChange perCluster = TO_VENDED_LOGS;
        List<FleetReport.Row> rows = List.of(
                row(FakeMsk.provisioned(ORDERS, "orders", ClusterState.ACTIVE, "K1", LogDelivery.NONE)),
                row(FakeMsk.provisioned(AUDIT, "audit", ClusterState.ACTIVE, "K2", LogDelivery.NONE)));

        FleetPlan toShared = planner().plan(rows, shared, FleetPlanner.Progress.NONE, Cancellation.none());
        assertThat(toShared.clusters()).allMatch(PlannedCluster::willChange);
        assertThat(prod.fakeDestinations(EAST).calls.stream().filter(c -> c.startsWith("logGroup ")).count())
                .as("one destination, looked up once for both clusters").isEqualTo(1);

        FleetPlan toMissing = planner().plan(rows, perCluster, FleetPlanner.Progress.NONE, Cancellation.none());
        assertThat(toMissing.clusters()).extracting(PlannedCluster::action)
                .containsOnly(PlannedCluster.Action.BLOCKED);
        assertThat(toMissing.clusters().get(0).reason()).containsIgnoringCase("does not exist");
    }

    @Test
    void templatesFillClusterAccountAndRegionAndRefuseAnythingElse() {
        NameTemplate prefix = new NameTemplate("{account}/{region}/{cluster}/");
        assertThat(prefix.fill(new NameTemplate.Values("orders", "123456789012", EAST)))
                .isEqualTo("123456789012/us-east-1/orders/");
        assertThatThrownBy(() -> new NameTemplate("/msk/{clustr}")).hasMessageContaining("{clustr}");
        assertThatThrownBy(() -> new NameTemplate("{account}/{cluster")).hasMessageContaining("a brace that opens");
    }

    @Test
    void theChangeFileIsReadAndItsMistakesNamedWithLineAndColumn() {
        FleetChange change = FleetChangeFile.parse("""
                version: 1
                set:
                  - logs: authorizer
                    destination: s3
                    name: audit-{account}
                    prefix: "{region}/{cluster}/"
                  - logs: broker
                    destination: firehose
                    enabled: false
                """, "change.yaml", true);
        assertThat(change.describe()).isEqualTo("Authorizer logs: Amazon S3 on, bucket audit-{account}, prefix "
                + "{region}/{cluster}/; Broker logs: Kinesis Data Firehose off");

        assertThatThrownBy(() -> FleetChangeFile.parse("version: 1\nset:\n  - logs: broker\n    destination: kafka\n",
                "c.yaml", true)).isInstanceOf(DataFile.Invalid.class)
                .hasMessage("c.yaml: line 4, column 5: \"destination\" is one of cloudwatch-logs, firehose, s3, not \"kafka\".");
        assertThatThrownBy(() -> FleetChangeFile.parse("version: 1\nset:\n  - logs: broker\n    destination: s3\n",
                "c.yaml", true)).hasMessageStartingWith("c.yaml: line 4, column 5: \"name\" is needed");
        assertThatThrownBy(() -> FleetChangeFile.parse("{\"version\": 1, \"set\": [{\"logs\": \"broker\", "
                + "\"destination\": \"s3\", \"name\": \"b-{acount}\"}]}", "c.json", false))
                .hasMessageContaining("c.json: line 1, column").hasMessageContaining("{acount}");
    }

    @Test
    void aPlanFileReadsBackToTheSamePlan() {
        prod.fakeDestinations(EAST).everythingExists = true;
        LoggingInfo withAuthorizer = new LoggingInfo(LogDelivery.NONE,
                LogDelivery.NONE.withFirehose(FirehoseDestination.to("authz")));
        FleetPlan plan = planner().plan(List.of(
                        row(FakeMsk.provisioned(ORDERS, "orders", ClusterState.ACTIVE, "K1", withAuthorizer)),
                        row(FakeMsk.serverless(EVENTS, "events", "K4"))),
                new FleetChange(List.of(DestinationSetting.on(LogKind.BROKER, DestinationType.S3, "logs-{account}",
                        "{region}/{cluster}/"))), FleetPlanner.Progress.NONE, Cancellation.none());

        String written = FleetPlanFile.write(plan);
        FleetPlan read = FleetPlanFile.read(written, "plan.json");

        assertThat(read).isEqualTo(plan);
        assertThat(written).contains("\"Bucket\": \"logs-123456789012\"", "\"Prefix\": \"us-east-1/orders/\"");
        assertThatThrownBy(() -> FleetPlanFile.read(written.replace("\"CHANGE\"", "\"DELETE\""), "plan.json"))
                .hasMessageContaining("plan.json: line").hasMessageContaining("action \"DELETE\"");
    }

    @Test
    void aPlanEditedAfterItWasMadeIsRefusedNotApplied() {
        FleetPlan plan = planner().plan(List.of(
                        row(FakeMsk.provisioned(ORDERS, "orders", ClusterState.ACTIVE, "K1", LogDelivery.NONE)),
                        row(FakeMsk.provisioned(AUDIT, "audit", ClusterState.ACTIVE, "K2", LogDelivery.NONE))),
                TO_VENDED_LOGS, FleetPlanner.Progress.NONE, Cancellation.none());
        assertThat(plan.clusters()).extracting(PlannedCluster::action).as("the log groups do not exist")
                .containsOnly(PlannedCluster.Action.BLOCKED);
        String written = FleetPlanFile.write(plan);

        assertThatThrownBy(() -> FleetPlanFile.read(written.replace("\"BLOCKED\"", "\"CHANGE\""), "plan.json"))
                .hasMessageContaining("although a destination check found an error");

        prod.fakeDestinations(EAST).everythingExists = true;
        String good = FleetPlanFile.write(planner().plan(List.of(row(FakeMsk.provisioned(ORDERS, "orders",
                ClusterState.ACTIVE, "K1", LogDelivery.NONE))), TO_VENDED_LOGS, FleetPlanner.Progress.NONE,
                Cancellation.none()));
        assertThat(FleetPlanFile.read(good, "plan.json").toChange()).hasSize(1);
        assertThatThrownBy(() -> FleetPlanFile.read(good.replace("\"LogGroup\": \"/aws/vendedlogs/msk/orders\"",
                "\"LogGroup\": \"/someone/elses\""), "plan.json"))
                .hasMessageContaining("its \"target\" is not what \"set\" makes of its \"current\" delivery");
        assertThatThrownBy(() -> FleetPlanFile.read(good.replace("\"clusterName\": \"orders\"",
                "\"clusterName\": \"other\""), "plan.json")).hasMessageContaining("is not the MSK cluster other");
        String twice = good.replace("\"clusters\": [", "\"clusters\": [" + good.substring(
                good.indexOf("{", good.indexOf("\"clusters\"")), good.lastIndexOf("}", good.lastIndexOf("]")) + 1)
                + ",");
        assertThatThrownBy(() -> FleetPlanFile.read(twice, "plan.json")).hasMessageContaining("is in the plan twice");
    }

    private FleetPlanner planner() {
        profiles.sessions.put("prod", prod);
        return new FleetPlanner(new Accounts(profiles, () -> null), pool, clock);
    }

    private static FleetReport.Row row(Cluster cluster) {
        return new FleetReport.Row(PROD, cluster.region(), cluster, List.of());
    }
}
