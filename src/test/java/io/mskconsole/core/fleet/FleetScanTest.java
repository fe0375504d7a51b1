package io.mskconsole.core.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.sandbox.MutableClock;
import io.mskconsole.testing.FakeAccounts;
import io.mskconsole.testing.FakeMsk;
import io.mskconsole.testing.FakeSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A fleet scan over two accounts and their regions: every cluster with its findings, a failing region on its own. */
class FleetScanTest {
    final FakeAccounts profiles = new FakeAccounts();
    final FakeSession prod = profiles.session(Account.profile("prod"), "us-east-1");
    final FakeSession dev = profiles.session(Account.profile("dev"), "eu-west-1");
    final ExecutorService pool = Executors.newFixedThreadPool(4);
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T15:00:00Z"));

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private FleetScan scan() {
        profiles.sessions.put("prod", prod);
        profiles.sessions.put("dev", dev);
        return new FleetScan(new Accounts(profiles, () -> null), pool, clock);
    }

    @Test
    void everyClusterOfEveryAccountAndRegionWithItsFindingsAndAFailingRegionSaidOnItsOwn() {
        prod.fakeDestinations("us-east-1").buckets.put("msk-logs", new io.mskconsole.core.destinations.BucketInfo(
                "msk-logs", "us-east-1", io.mskconsole.core.destinations.BucketEncryption.SSE_S3, null));
        prod.region("us-east-1").put(FakeMsk.provisioned("arn:aws:kafka:us-east-1:123456789012:cluster/orders/a-1",
                "orders", ClusterState.ACTIVE, "K1", LogDelivery.NONE.withS3(S3Destination.to("msk-logs", "o"))));
        prod.region("eu-west-1").put(FakeMsk.provisioned("arn:aws:kafka:eu-west-1:123456789012:cluster/audit/b-1",
                "audit", ClusterState.ACTIVE, "K1", LogDelivery.NONE));
        dev.region("eu-west-1").failures.put("listClusters", new GatewayException(Failure.ACCESS_DENIED,
                "ListClustersV2", "ListClustersV2 in eu-west-1 (profile dev) failed: access denied."));
        dev.region("us-east-1").put(FakeMsk.serverless("arn:aws:kafka:us-east-1:222233334444:cluster/adhoc/c-1",
                "adhoc", "K2"));
        List<String> read = new ArrayList<>();

        FleetReport report = scan().scan(List.of(Account.profile("prod"), Account.profile("dev")), List.of(),
                FleetPolicy.standard(), new FleetScan.Progress() {
                    @Override
                    public synchronized void regionRead(Account account, String region, int clusters) {
                        read.add(account.displayName() + " " + region + " " + clusters);
                    }
                }, Cancellation.none());

        assertThat(report.rows()).extracting(row -> row.account().displayName() + " " + row.region() + " "
                + row.cluster().name() + " " + row.findings().size())
                .containsExactly("dev us-east-1 adhoc 0", "prod eu-west-1 audit 1", "prod us-east-1 orders 0");
        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.account()).isEqualTo(Account.profile("dev"));
            assertThat(failure.region()).isEqualTo("eu-west-1");
            assertThat(failure.message()).contains("access denied");
        });
        assertThat(read).containsExactlyInAnyOrder("prod us-east-1 1", "prod eu-west-1 1", "dev us-east-1 1");
        assertThat(report.regions()).containsExactly("eu-west-1", "us-east-1");
        assertThat(report.worst()).contains(Severity.HIGH);
        assertThat(report.scannedAt()).isEqualTo(clock.instant());
        assertThat(profiles.closed).as("every session closed").hasSize(2);
    }

    @Test
    void onlyTheRegionsAskedAreRead() {
        prod.region("us-east-1");
        prod.region("eu-west-1");

        FleetReport report = scan().scan(List.of(Account.profile("prod")), List.of("eu-west-1"),
                FleetPolicy.standard(), FleetScan.Progress.NONE, Cancellation.none());

        assertThat(report.regions()).containsExactly("eu-west-1");
        assertThat(prod.regions.get("us-east-1").calls).isEmpty();
        assertThat(prod.regions.get("eu-west-1").calls).containsExactly("listClusters");
    }
}
