package io.mskconsole.sandbox;

import io.mskconsole.core.commandline.CliAccount;
import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.concurrent.Cancellation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SandboxSessionTest {
    private final SandboxFixture fixture = new SandboxFixture();

    @Test
    void isTheSandboxAccountWithNoCliProfile() {
        assertThat(fixture.session.account()).isEqualTo(Account.SANDBOX);
        assertThat(fixture.session.account().isSandbox()).isTrue();
        assertThat(fixture.session.cliAccount()).isEqualTo(CliAccount.SANDBOX);
    }

    @Test
    void offersTheSampleRegionsSortedAndStartsInUsEast1() {
        assertThat(fixture.session.regions())
                .containsExactly("ap-northeast-3", "ap-southeast-2", "eu-west-1", "us-east-1");
        assertThat(fixture.session.defaultRegion()).contains("us-east-1");
    }

    @Test
    void pollsOperationsEveryHalfSecondUnlessTold() {
        assertThat(fixture.session.operationPollInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(new SandboxSession(fixture.world, Duration.ofMillis(5)).operationPollInterval())
                .isEqualTo(Duration.ofMillis(5));
    }

    @Test
    void listsTheClustersOfEachRegion() {
        assertThat(names("us-east-1"))
                .containsExactly("orders-prod", "payments-staging", "clickstream-express", "events-serverless");
        assertThat(names("eu-west-1")).containsExactly("analytics-eu", "audit-eu");
        assertThat(names("ap-northeast-3")).containsExactly("osaka-ingest");
        assertThat(names("ap-southeast-2")).containsExactly("sydney-metrics");
    }

    @Test
    void aRegionWithoutClustersListsNone() {
        assertThat(names("us-west-2")).isEmpty();
    }

    @Test
    void everyClusterListedBelongsToItsRegionAndTheSampleAccount() {
        for (String region : fixture.session.regions()) {
            for (Cluster cluster : fixture.gateway(region).listClusters(Cancellation.none())) {
                assertThat(cluster.region()).isEqualTo(region);
                assertThat(cluster.arn()).matches("arn:aws:kafka:" + region
                        + ":111122223333:cluster/" + cluster.name() + "/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}-\\d+");
                assertThat(cluster.currentVersion()).matches("K[A-Z0-9]{13}");
            }
        }
    }

    @Test
    void listingStopsAtOnceWhenCancelled() {
        Cancellation cancelled = Cancellation.none();
        cancelled.cancel();
        assertThat(fixture.gateway("us-east-1").listClusters(cancelled)).isEmpty();
    }

    @Test
    void theAppsSessionsShareTheProcessWideWorld() {
        try (SandboxSession first = SandboxSession.open(); SandboxSession second = SandboxSession.open()) {
            assertThat(first.world()).isSameAs(SandboxWorld.shared()).isSameAs(second.world());
            assertThat(first.world().operationDuration()).isEqualTo(SandboxWorld.DEFAULT_OPERATION_DURATION);
        }
    }

    @Test
    void closingASessionLeavesTheWorldUsable() {
        SandboxSession session = new SandboxSession(fixture.world);
        session.close();
        assertThat(new SandboxSession(fixture.world).clusters("eu-west-1").listClusters(Cancellation.none()))
                .hasSize(2);
    }

    @Test
    void offersDestinationServicesForEachRegion() {
        var services = fixture.session.destinations(" eu-west-1 ");
        assertThat(services.region()).isEqualTo("eu-west-1");
        assertThat(services.keys().describeKey("alias/aws/s3").arn()).startsWith("arn:aws:kms:eu-west-1:");
        assertThat(services.permissions().caller().account()).isEqualTo("111122223333");
        assertThat(fixture.session.destinations("us-west-2").destinations().logGroups(null, null).items()).isEmpty();
    }

    @Test
    void destinationServicesNeedARegion() {
        for (String none : new String[] {null, " "}) {
            var e = org.assertj.core.api.Assertions.catchThrowableOfType(
                    io.mskconsole.core.errors.GatewayException.class, () -> fixture.session.destinations(none));
            assertThat(e.failure()).isEqualTo(io.mskconsole.core.errors.Failure.CONFIGURATION);
        }
    }

    private java.util.List<String> names(String region) {
        return fixture.gateway(region).listClusters(Cancellation.none()).stream().map(Cluster::name).toList();
    }
}
