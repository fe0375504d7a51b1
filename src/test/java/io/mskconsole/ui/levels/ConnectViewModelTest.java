package io.mskconsole.ui.levels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mskconsole.core.clusters.BootstrapBrokers;
import io.mskconsole.core.clusters.BrokerAccess;
import io.mskconsole.core.clusters.ClientAuth;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.levels.ClientAuthSettings;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.testing.FakeMsk;
import io.mskconsole.testing.QueuedTaskExecutor;
import io.mskconsole.ui.common.Notice;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Connecting to a cluster's brokers: the bootstrap brokers from MSK, the authentication and access, the failures. */
class ConnectViewModelTest {
    private final LevelsFixture fixture = new LevelsFixture();
    private final List<BrokersConnected> connected = new ArrayList<>();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void asksMskForTheBootstrapBrokersAndConnectsWithIamAsTheAccountsProfile() {
        ConnectViewModel model = fixture.connect(fixture.orders());
        model.start();

        assertThat(fixture.msk.calls).containsExactly("bootstrapBrokers");
        assertThat(model.authChoices()).containsExactly(ClientAuth.IAM);
        assertThat(model.authProperty().get()).isEqualTo(ClientAuth.IAM);
        assertThat(model.accessChoices()).containsExactly(BrokerAccess.PRIVATE);
        assertThat(model.canConnectBinding().get()).isTrue();

        model.connect(connected::add);

        assertThat(fixture.brokers.connections).hasSize(1);
        assertThat(fixture.brokers.connections.get(0).auth()).isEqualTo(new ClientAuthSettings.Iam("prod",
                "us-east-1"));
        assertThat(fixture.brokers.connections.get(0).bootstrap()).startsWith("b-1.orders-prod.test:9098");
        assertThat(connected).hasSize(1);
        assertThat(connected.get(0).table().loggers()).startsWith("root").contains("kafka.controller");
        assertThat(connected.get(0).publicAccess()).isFalse();
        assertThat(model.noticeProperty().get()).isEqualTo(Notice.NONE);
    }

    @Test
    void saslScramWaitsForUserAndPasswordAndPublicAccessComesFirst() {
        fixture.msk.bootstrap.put(FakeMsk.ARN, new BootstrapBrokers(null, null, "b-1.o.test:9096", null, null,
                "b-1-public.o.test:9196", null, null, null, null));
        ConnectViewModel model = fixture.connect(fixture.orders());
        model.start();

        assertThat(model.authProperty().get()).isEqualTo(ClientAuth.SCRAM);
        assertThat(model.accessChoices()).containsExactly(BrokerAccess.PUBLIC, BrokerAccess.PRIVATE);
        assertThat(model.accessProperty().get()).isEqualTo(BrokerAccess.PUBLIC);
        assertThat(model.canConnectBinding().get()).isFalse();
        model.scramUserProperty().set(" msk-admin ");
        assertThat(model.canConnectBinding().get()).isFalse();
        model.scramPasswordProperty().set("s3cret");
        assertThat(model.canConnectBinding().get()).isTrue();

        model.connect(connected::add);

        ClientAuthSettings.Scram scram = (ClientAuthSettings.Scram) fixture.brokers.connections.get(0).auth();
        assertThat(scram.user()).isEqualTo("msk-admin");
        assertThat(scram.password().reveal()).isEqualTo("s3cret");
        assertThat(fixture.brokers.connections.get(0).toString()).doesNotContain("s3cret");
        assertThat(fixture.brokers.connections.get(0).bootstrap()).isEqualTo("b-1-public.o.test:9196");
        assertThat(connected.get(0).publicAccess()).isTrue();
        assertThat(model.scramPasswordProperty().get()).as("the field's text is not kept").isEmpty();
    }

    @Test
    void aFailedSignInWipesThePasswordItWasGiven() {
        fixture.msk.bootstrap.put(FakeMsk.ARN, new BootstrapBrokers(null, null, "b-1.o.test:9096", null, null, null,
                null, null, null, null));
        fixture.brokers.connectFailure = new GatewayException(Failure.ACCESS_DENIED, "DescribeCluster",
                "The brokers of orders-prod refused user msk-admin");
        ConnectViewModel model = fixture.connect(fixture.orders());
        model.start();
        model.scramUserProperty().set("msk-admin");
        model.scramPasswordProperty().set("s3cret");

        model.connect(connected::add);

        ClientAuthSettings.Scram scram = (ClientAuthSettings.Scram) fixture.brokers.connections.get(0).auth();
        assertThatThrownBy(() -> scram.password().reveal()).isInstanceOf(IllegalStateException.class);
        assertThat(model.scramPasswordProperty().get()).as("kept in the field to try again").isEqualTo("s3cret");
        assertThat(model.noticeProperty().get().text()).contains("refused user msk-admin");
    }

    @Test
    void brokersThatDoNotAnswerLeaveTheMessageAndNoConnection() {
        String unreachable = "Could not reach the brokers of orders-prod (b-1.orders-prod.test:9098) within 8 s using "
                + "IAM access control. MSK brokers usually sit in a private VPC";
        fixture.brokers.connectFailure = new GatewayException(Failure.CONNECTION, "DescribeCluster", unreachable);
        ConnectViewModel model = fixture.connect(fixture.orders());
        model.start();

        model.connect(connected::add);

        assertThat(connected).isEmpty();
        assertThat(model.noticeProperty().get()).isEqualTo(Notice.error(unreachable));
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.canConnectBinding().get()).isTrue();
    }

    @Test
    void aTlsKeyStoreThatIsNotAFileIsSaidBeforeConnecting() {
        fixture.msk.bootstrap.put(FakeMsk.ARN, new BootstrapBrokers(null, "b-1.o.test:9094", null, null, null, null,
                null, null, null, null));
        ConnectViewModel model = fixture.connect(fixture.orders());
        model.start();
        model.keyStoreProperty().set("/nowhere/client.p12");

        model.connect(connected::add);

        assertThat(fixture.brokers.connections).isEmpty();
        assertThat(model.noticeProperty().get().text()).isEqualTo("Key store /nowhere/client.p12 is not a file.");
    }

    @Test
    void clustersWhoseLevelsCannotChangeAreRefusedWithoutAsking() {
        Cluster old = new Cluster("arn:aws:kafka:us-east-1:111122223333:cluster/legacy/1", "legacy",
                io.mskconsole.core.clusters.ClusterType.PROVISIONED, ClusterState.ACTIVE, "V1", "2.2.1",
                "kafka.m5.large", 3, LoggingInfo.of(LogDelivery.NONE), FakeMsk.MONITORING, null, java.time.Instant.EPOCH);
        ConnectViewModel model = fixture.connect(old);

        model.start();

        assertThat(fixture.msk.calls).isEmpty();
        assertThat(model.noticeProperty().get().kind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(model.noticeProperty().get().text()).contains("2.2.1", "2.4");
        assertThat(model.canConnectBinding().get()).isFalse();
    }

    @Test
    void aCancelledConnectionThatStillArrivesIsClosed() {
        QueuedTaskExecutor queued = new QueuedTaskExecutor();
        ConnectViewModel model = new ConnectViewModel(fixture.orders(), fixture.target, queued);
        model.start();
        queued.runAll();
        model.connect(connected::add);
        assertThat(model.busyProperty().get()).isTrue();

        model.cancel();
        queued.runAll();

        assertThat(connected).isEmpty();
        assertThat(fixture.brokers.closed).isEqualTo(1);
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.noticeProperty().get().text()).isEqualTo("Cancelled.");
    }
}
