package io.mskconsole.aws.kafka;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mskconsole.aws.MskJson;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.concurrent.Pause;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.DestinationType;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.core.fleet.change.ApplyStatus;
import io.mskconsole.core.fleet.change.ClusterResult;
import io.mskconsole.core.fleet.change.DestinationSetting;
import io.mskconsole.core.fleet.change.FleetApply;
import io.mskconsole.core.fleet.change.FleetApplyReport;
import io.mskconsole.core.fleet.change.FleetChange;
import io.mskconsole.core.fleet.change.FleetPlan;
import io.mskconsole.core.fleet.change.PlannedCluster;
import io.mskconsole.sandbox.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fleet apply over real HTTP (the SDK's MSK client against a local stub): a 429 TooManyRequestsException is paced
 * and asked again, never reported while it clears; the UpdateMonitoring that MSK takes carries the fresh version, the
 * other monitoring as it is and the authorizer logs as the cluster has them; a stale version is read again once;
 * throttling that never clears fails only its own cluster. The pacer waits on a clock of the test's: no real waiting.
 */
class FleetApplyOverHttpTest {
    static final Account STUB = Account.profile(StubAccount.PROFILE);
    static final String REGION = StubAccount.REGION;
    static final FleetChange TO_VENDED_LOGS = new FleetChange(List.of(DestinationSetting.on(LogKind.BROKER,
            DestinationType.CLOUDWATCH_LOGS, "/aws/vendedlogs/msk/{cluster}", null)));
    /** PacedClusterGateway.MAX_THROTTLES (package-private there): a throttled call is asked at most this often. */
    static final int MAX_ASKS = 8;
    static final String STALE = "The version of the cluster isn't current. Check the current version and try again.";
    /** Authorizer logs to a log group and a bucket, as MSK reports them in loggingInfo.authorizerLogs. */
    static final String AUTHORIZER_JSON = """
            {"cloudWatchLogs": {"enabled": true, "logGroup": "/aws/vendedlogs/msk/orders-authz"},
             "firehose": {"enabled": false},
             "s3": {"enabled": true, "bucket": "msk-audit", "prefix": "authz"}}""";
    static final LogDelivery AUTHORIZER = new LogDelivery(
            CloudWatchLogsDestination.to("/aws/vendedlogs/msk/orders-authz"), S3Destination.to("msk-audit", "authz"),
            FirehoseDestination.OFF);

    @RegisterExtension
    static WireMockExtension msk = StubAccount.localMsk();

    @TempDir
    Path home;

    final ExecutorService pool = Executors.newCachedThreadPool();
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T15:00:00Z"));
    final List<Duration> pauses = Collections.synchronizedList(new ArrayList<>());
    /** Moves the test's clock by the wait instead of waiting. */
    final Pause pause = (duration, cancellation) -> {
        pauses.add(duration);
        clock.advance(duration);
        return cancellation.isCancelled();
    };
    final List<String> throttles = Collections.synchronizedList(new ArrayList<>());
    final FleetApply.Progress progress = new FleetApply.Progress() {
        @Override
        public void status(PlannedCluster cluster, ApplyStatus status, String detail) {
        }

        @Override
        public void throttled(String region, String operation, Duration backoff) {
            throttles.add(region + " " + operation + " " + backoff);
        }
    };

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void aThrottledUpdateMonitoringIsAskedAgainAfterTheBackoffAndTakenOnce() {
        Cluster orders = cluster("orders");
        orders.describes(MskJson.provisioned(orders.arn, "orders", "K3AEGXETSR30VB", "ACTIVE", "kafka.m7g.large"));
        msk.stubFor(put(urlPathEqualTo(orders.updatePath())).inScenario("throttle").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("throttled once").willReturn(throttled()));
        msk.stubFor(put(urlPathEqualTo(orders.updatePath())).inScenario("throttle").whenScenarioStateIs("throttled once")
                .willReturn(json(200, orders.updated())));

        FleetApplyReport report = apply(FleetApply.Options.standard(false), orders.planned("K3AEGXETSR30VB", null));

        ClusterResult result = report.results().get(0);
        assertThat(result.status()).as(result.message()).isEqualTo(ApplyStatus.SENT);
        assertThat(result.operationArn()).isEqualTo(orders.operationArn);
        assertThat(msk.findAll(putRequestedFor(urlPathEqualTo(orders.updatePath())))).as("sent twice, the same body")
                .hasSize(2).extracting(LoggedRequest::getBodyAsString).containsOnly(
                        msk.findAll(putRequestedFor(urlPathEqualTo(orders.updatePath()))).get(0).getBodyAsString());
        assertThat(accepted(orders.updatePath())).as("taken once").isEqualTo(1);
        msk.verify(1, getRequestedFor(urlPathEqualTo(orders.describePath())));
        assertThat(report.throttles()).isEqualTo(1);
        assertThat(throttles).containsExactly(REGION + " UpdateMonitoring PT1S");
        // DescribeClusterV2 goes at once; UpdateMonitoring waits its turn at 2 a second; the resend waits the backoff
        assertThat(pauses).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(Duration.between(report.startedAt(), report.finishedAt())).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void theUpdateMonitoringTakenCarriesTheFreshVersionTheOtherMonitoringAndTheAuthorizerLogsAsTheyAre() {
        Cluster orders = cluster("orders");
        String described = MskJson.provisioned(orders.arn, "orders", "K7FRESHVERSION", "ACTIVE", "kafka.m7g.large");
        String brokerLogsEnd = "\"s3\": {\"enabled\": false}}}";
        assertThat(described).contains(brokerLogsEnd);
        orders.describes(described.replace(brokerLogsEnd,
                "\"s3\": {\"enabled\": false}}, \"authorizerLogs\": " + AUTHORIZER_JSON + "}"));
        msk.stubFor(put(urlPathEqualTo(orders.updatePath())).willReturn(json(200, orders.updated())));

        // planned when the cluster was at K3: apply reads the version again
        FleetApplyReport report = apply(FleetApply.Options.standard(false), orders.planned("K3AEGXETSR30VB", AUTHORIZER));

        assertThat(report.results().get(0).status()).as(report.results().get(0).message()).isEqualTo(ApplyStatus.SENT);
        msk.verify(1, putRequestedFor(urlPathEqualTo(orders.updatePath()))
                .withHeader("Authorization", matching(StubAccount.SIGNED_BY_STUB))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"currentVersion": "K7FRESHVERSION",
                         "enhancedMonitoring": "PER_TOPIC_PER_BROKER",
                         "openMonitoring": {"prometheus": {"jmxExporter": {"enabledInBroker": true},
                                                           "nodeExporter": {"enabledInBroker": false}}},
                         "loggingInfo": {
                           "brokerLogs": {"cloudWatchLogs": {"enabled": true, "logGroup": "/aws/vendedlogs/msk/orders"},
                                          "firehose": {"enabled": false},
                                          "s3": {"enabled": false}},
                           "authorizerLogs": {"cloudWatchLogs": {"enabled": true,
                                                                 "logGroup": "/aws/vendedlogs/msk/orders-authz"},
                                              "firehose": {"enabled": false},
                                              "s3": {"enabled": true, "bucket": "msk-audit", "prefix": "authz"}}}}""")));
        LoggedRequest sent = msk.findAll(putRequestedFor(urlPathEqualTo(orders.updatePath()))).get(0);
        assertThat(sent.getHeader("Content-Length")).as("the length of the body with authorizerLogs added")
                .isEqualTo(String.valueOf(sent.getBody().length));
        assertThat(report.throttles()).isZero();
    }

    @Test
    void aStaleVersionTwiceIsReadAgainOnceThenFails() {
        Cluster orders = cluster("orders");
        orders.describes(MskJson.provisioned(orders.arn, "orders", "K3AEGXETSR30VB", "ACTIVE", "kafka.m7g.large"));
        msk.stubFor(put(urlPathEqualTo(orders.updatePath())).willReturn(json(400, MskJson.error(STALE, null))
                .withHeader("x-amzn-ErrorType", "BadRequestException")));

        FleetApplyReport report = apply(FleetApply.Options.standard(false), orders.planned("K3AEGXETSR30VB", null));

        ClusterResult result = report.results().get(0);
        assertThat(result.status()).isEqualTo(ApplyStatus.FAILED);
        assertThat(result.message()).contains("UpdateMonitoring", "changed since it was read", STALE.substring(0, STALE.length() - 1));
        assertThat(result.operationArn()).isNull();
        msk.verify(2, getRequestedFor(urlPathEqualTo(orders.describePath())));
        msk.verify(2, putRequestedFor(urlPathEqualTo(orders.updatePath())));
        assertThat(report.throttles()).isZero();
    }

    @Test
    void throttlingThatNeverClearsFailsItsOwnClusterAfterEightAsksAndNoOther() {
        Cluster orders = cluster("orders");
        Cluster audit = cluster("audit");
        Cluster events = cluster("events");
        for (Cluster c : List.of(orders, audit, events)) {
            c.describes(MskJson.provisioned(c.arn, c.name, "K3AEGXETSR30VB", "ACTIVE", "kafka.m7g.large"));
            msk.stubFor(put(urlPathEqualTo(c.updatePath())).willReturn(c == audit ? throttled()
                    : json(200, c.updated())));
        }

        FleetApplyReport report = apply(FleetApply.Options.standard(false), orders.planned("K3AEGXETSR30VB", null),
                audit.planned("K3AEGXETSR30VB", null), events.planned("K3AEGXETSR30VB", null));

        assertThat(report.results()).extracting(r -> r.planned().name() + " " + r.status()).containsExactly(
                "orders SENT", "audit FAILED", "events SENT");
        ClusterResult failed = report.results().get(1);
        assertThat(failed.message()).contains("UpdateMonitoring", "was throttled by MSK", "Too Many Requests");
        assertThat(failed.operationArn()).isNull();
        msk.verify(MAX_ASKS, putRequestedFor(urlPathEqualTo(audit.updatePath())));
        assertThat(accepted(audit.updatePath())).isZero();
        for (Cluster c : List.of(orders, events)) {
            msk.verify(1, getRequestedFor(urlPathEqualTo(c.describePath())));
            msk.verify(1, putRequestedFor(urlPathEqualTo(c.updatePath())));
            assertThat(accepted(c.updatePath())).isEqualTo(1);
        }
        msk.verify(1, getRequestedFor(urlPathEqualTo(audit.describePath())));
        // every 429 slows the region down, the eighth (the failure reported) too
        assertThat(report.throttles()).isEqualTo(MAX_ASKS);
        assertThat(throttles).hasSize(MAX_ASKS)
                .allMatch(t -> t.startsWith(REGION + " UpdateMonitoring "));
    }

    @Test
    void abandonWhileAFollowingCallWaitsItsTurnReportsTheClusterAsSentNotAsNothingSent() {
        Cluster orders = cluster("orders");
        orders.describes(MskJson.provisioned(orders.arn, "orders", "K3AEGXETSR30VB", "ACTIVE", "kafka.m7g.large"));
        msk.stubFor(put(urlPathEqualTo(orders.updatePath())).willReturn(json(200, orders.updated())));
        Cancellation abandon = Cancellation.none();
        AtomicBoolean sent = new AtomicBoolean();
        FleetApply.Progress following = (cluster, status, detail) -> {
            if (status == ApplyStatus.FOLLOWING) {
                sent.set(true);
            }
        };
        // Abandon pressed while DescribeClusterOperationV2 waits for its turn in the region's pacer
        Pause abandoning = (duration, cancellation) -> {
            clock.advance(duration);
            if (sent.get()) {
                abandon.cancel();
            }
            return cancellation.isCancelled();
        };
        Accounts accounts = new Accounts(StubAccount.directory(home, StubAccount.settings(msk.baseUrl())), () -> null);

        FleetApplyReport report = new FleetApply(accounts, pool, clock, abandoning).apply(new FleetPlan(
                clock.instant(), TO_VENDED_LOGS, List.of(orders.planned("K3AEGXETSR30VB", null))),
                FleetApply.Options.standard(true), following, Cancellation.none(), abandon);

        msk.verify(1, putRequestedFor(urlPathEqualTo(orders.updatePath())));
        assertThat(accepted(orders.updatePath())).isEqualTo(1);
        ClusterResult result = report.results().get(0);
        assertThat(result.status()).as(result.message()).isEqualTo(ApplyStatus.NOT_FOLLOWED);
        assertThat(result.operationArn()).isEqualTo(orders.operationArn);
        assertThat(result.message()).doesNotContain("nothing was sent");
    }

    @Test
    void aThrottledReadReachesThePacerInsteadOfBeingRetriedInsideTheSdk() {
        Cluster orders = cluster("orders");
        msk.stubFor(get(urlPathEqualTo(orders.describePath())).inScenario("read").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("throttled once").willReturn(throttled()));
        msk.stubFor(get(urlPathEqualTo(orders.describePath())).inScenario("read").whenScenarioStateIs("throttled once")
                .willReturn(json(200, MskJson.describeCluster(MskJson.provisioned(orders.arn, "orders",
                        "K3AEGXETSR30VB", "ACTIVE", "kafka.m7g.large")))));
        msk.stubFor(put(urlPathEqualTo(orders.updatePath())).willReturn(json(200, orders.updated())));
        // a client that retries reads three times, as the app's does: the fleet's reads go once all the same
        var retrying = new io.mskconsole.aws.account.AwsClientSettings(
                StubAccount.settings(msk.baseUrl()).endpointOverride(), null, 3, Duration.ofMillis(10),
                Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofMillis(1500), Duration.ofSeconds(5));
        Accounts accounts = new Accounts(StubAccount.directory(home, retrying), () -> null);

        FleetApplyReport report = new FleetApply(accounts, pool, clock, pause).apply(new FleetPlan(clock.instant(),
                        TO_VENDED_LOGS, List.of(orders.planned("K3AEGXETSR30VB", null))),
                FleetApply.Options.standard(false), progress, Cancellation.none(), Cancellation.none());

        assertThat(report.results().get(0).status()).isEqualTo(ApplyStatus.SENT);
        msk.verify(2, getRequestedFor(urlPathEqualTo(orders.describePath())));
        assertThat(report.throttles()).as("the pacer saw the throttle and slowed the region").isEqualTo(1);
        assertThat(throttles).containsExactly(REGION + " DescribeClusterV2 PT1S");
    }

    private FleetApplyReport apply(FleetApply.Options options, PlannedCluster... planned) {
        Accounts accounts = new Accounts(StubAccount.directory(home, StubAccount.settings(msk.baseUrl())), () -> null);
        return new FleetApply(accounts, pool, clock, pause).apply(new FleetPlan(clock.instant(), TO_VENDED_LOGS,
                List.of(planned)), options, progress, Cancellation.none(), Cancellation.none());
    }

    /** How many requests to this path the stub answered 200. */
    private static long accepted(String path) {
        return msk.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().equals(path))
                .filter(e -> e.getResponse().getStatus() == 200).count();
    }

    private static ResponseDefinitionBuilder throttled() {
        return json(429, MskJson.error("Too Many Requests", null)).withHeader("x-amzn-ErrorType",
                "TooManyRequestsException");
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static Cluster cluster(String name) {
        return new Cluster(name);
    }

    /** One stubbed cluster of us-east-1: its ARN, its paths as the SDK encodes them, its plan entry. */
    static final class Cluster {
        final String name;
        final String arn;
        final String operationArn;

        Cluster(String name) {
            this.name = name;
            this.arn = "arn:aws:kafka:" + REGION + ":123456789012:cluster/" + name + "/5a1b2c3d-" + name + "-2";
            this.operationArn = "arn:aws:kafka:" + REGION + ":123456789012:cluster-operation/" + name + "/5a1b2c3d-"
                    + name + "-2/7c8d9e0f-" + name;
        }

        String describePath() {
            return "/api/v2/clusters/" + encoded(arn);
        }

        String updatePath() {
            return "/v1/clusters/" + encoded(arn) + "/monitoring";
        }

        void describes(String clusterJson) {
            msk.stubFor(get(urlPathEqualTo(describePath())).willReturn(json(200, MskJson.describeCluster(clusterJson))));
        }

        String updated() {
            return "{\"clusterArn\": \"" + arn + "\", \"clusterOperationArn\": \"" + operationArn + "\"}";
        }

        /**
         * To change as the stub's describe has it (CloudWatch Logs to /msk/NAME, and these authorizer logs) into
         * CloudWatch Logs to /aws/vendedlogs/msk/NAME, the authorizer logs as they are.
         */
        PlannedCluster planned(String version, LogDelivery authorizer) {
            LoggingInfo current = new LoggingInfo(new LogDelivery(CloudWatchLogsDestination.to("/msk/" + name),
                    S3Destination.OFF, FirehoseDestination.OFF), authorizer);
            LoggingInfo target = current.withBrokerLogs(current.brokerLogs()
                    .withCloudWatchLogs(CloudWatchLogsDestination.to("/aws/vendedlogs/msk/" + name)));
            return new PlannedCluster(STUB, REGION, arn, name, version, PlannedCluster.Action.CHANGE, null, current,
                    target, List.of());
        }

        /** As the SDK puts an ARN in a path: every ':' and '/' percent-encoded. */
        private static String encoded(String arn) {
            return arn.replace(":", "%3A").replace("/", "%2F");
        }
    }
}
