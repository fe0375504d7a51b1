package io.mskconsole.core.create;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.testing.FakeCreation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class ClusterCreationTest {
    final FakeCreation msk = new FakeCreation("us-east-1");
    final ClusterCreation creation = new ClusterCreation(msk, Duration.ofMillis(1),
            Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    final Recording progress = new Recording();
    final String arn = FakeCreation.arnOf("us-east-1", "orders-new");

    static final class Recording implements CreationProgress {
        final List<String> events = new ArrayList<>();

        @Override
        public void stage(String message) {
            events.add("stage " + message);
        }

        @Override
        public void sent(String clusterArn) {
            events.add("sent " + clusterArn);
        }

        @Override
        public void state(ClusterDetails cluster, Duration elapsed) {
            events.add("state " + cluster.describeState());
        }
    }

    @Test
    void aDraftThatBreaksARuleIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> ClusterCreation.prepare(Drafts.valid().withName("9lives"), Drafts.facts()))
                .isInstanceOfSatisfying(CreateRefusedException.class, e -> {
                    assertThat(e.problems()).extracting(DraftProblem::field).containsExactly(DraftField.NAME);
                    assertThat(e.getMessage()).isEqualTo("Not sent: Cluster name: Cluster names start with a letter.");
                });
        assertThat(msk.calls).isEmpty();
    }

    @Test
    void sendsOnceAndFollowsFromCreatingToActive() {
        CreateClusterRequest request = ClusterCreation.prepare(Drafts.valid(), Drafts.facts());
        String sent = creation.send(request, progress, Cancellation.none());
        CreationOutcome outcome = creation.follow(sent, progress, Cancellation.none());

        assertThat(sent).isEqualTo(arn);
        assertThat(msk.created).containsExactly(request);
        assertThat(outcome.status()).isEqualTo(CreationOutcome.Status.ACTIVE);
        assertThat(outcome.last().state()).isEqualTo(ClusterState.ACTIVE);
        assertThat(progress.events).containsExactly("stage Sending CreateClusterV2 for orders-new", "sent " + arn,
                "state CREATING", "state CREATING", "state ACTIVE");
    }

    @Test
    void followsToFailedWithTheServicesReason() {
        msk.states = List.of(ClusterState.CREATING, ClusterState.FAILED);
        creation.send(new CreateClusterRequest(Drafts.valid()), progress, Cancellation.none());
        CreationOutcome outcome = creation.follow(arn, progress, Cancellation.none());
        assertThat(outcome.status()).isEqualTo(CreationOutcome.Status.FAILED);
        assertThat(outcome.last().describeState())
                .isEqualTo("FAILED: The specified log group does not exist. (code: InvalidLogGroup)");
    }

    @Test
    void passingFailuresAndANotYetVisibleClusterArePolledAgain() {
        msk.states = List.of(ClusterState.CREATING, ClusterState.ACTIVE);
        msk.pollFailures.put(1, new GatewayException(Failure.NOT_FOUND, "DescribeClusterV2", "not yet"));
        msk.pollFailures.put(2, new GatewayException(Failure.THROTTLED, "DescribeClusterV2", "slow down"));
        creation.send(new CreateClusterRequest(Drafts.valid()), progress, Cancellation.none());
        assertThat(creation.follow(arn, progress, Cancellation.none()).status())
                .isEqualTo(CreationOutcome.Status.ACTIVE);
        assertThat(progress.events).filteredOn(e -> e.startsWith("stage Still following")).hasSize(2);
    }

    @Test
    void aClusterThatDisappearsWasDeletedAndOtherFailuresStopFollowing() {
        msk.states = List.of(ClusterState.CREATING);
        msk.pollFailures.put(2, new GatewayException(Failure.NOT_FOUND, "DescribeClusterV2", "gone"));
        creation.send(new CreateClusterRequest(Drafts.valid()), progress, Cancellation.none());
        assertThat(creation.follow(arn, progress, Cancellation.none()).status())
                .isEqualTo(CreationOutcome.Status.DELETED);

        msk.failures.put("describeCluster", new GatewayException(Failure.ACCESS_DENIED, "DescribeClusterV2", "denied"));
        assertThatThrownBy(() -> creation.follow(arn, progress, Cancellation.none()))
                .isInstanceOf(GatewayException.class).hasMessage("denied");
    }

    @Test
    void cancellingStopsFollowingAndBeforeSendingSendsNothing() {
        msk.states = List.of(ClusterState.CREATING);
        Cancellation cancellation = new Cancellation();
        msk.onPoll = poll -> {
            if (poll == 2) {
                cancellation.cancel();
            }
        };
        creation.send(new CreateClusterRequest(Drafts.valid()), progress, Cancellation.none());
        CreationOutcome outcome = creation.follow(arn, progress, cancellation);
        assertThat(outcome.status()).isEqualTo(CreationOutcome.Status.STOPPED_FOLLOWING);
        assertThat(outcome.last().state()).isEqualTo(ClusterState.CREATING);

        assertThatThrownBy(() -> creation.send(new CreateClusterRequest(Drafts.valid()), progress, cancellation))
                .isInstanceOf(CancellationException.class);
        assertThat(msk.count("createCluster")).isEqualTo(1);
    }

    @Test
    void aLostAnswerLeavesTheOutcomeUnknownAndARefusalStaysARefusal() {
        msk.failures.put("createCluster", new GatewayException(Failure.TIMEOUT, "CreateClusterV2", "timed out"));
        assertThatThrownBy(() -> creation.send(new CreateClusterRequest(Drafts.valid()), progress, Cancellation.none()))
                .isInstanceOfSatisfying(CreateOutcomeUnknownException.class, e -> {
                    assertThat(e.clusterName()).isEqualTo("orders-new");
                    assertThat(e.getMessage()).contains("may or may not be being created", "timed out");
                });
        msk.failures.put("createCluster", new GatewayException(Failure.CONFLICT, "CreateClusterV2", "name taken"));
        assertThatThrownBy(() -> creation.send(new CreateClusterRequest(Drafts.valid()), progress, Cancellation.none()))
                .isInstanceOf(GatewayException.class).hasMessage("name taken");
    }

    @Test
    void theRequestDropsWhatIsNotSent() {
        CreateClusterRequest express = new CreateClusterRequest(Drafts.express().withBrokers(
                Drafts.express().brokers().withVolumeSizeGiB(500)));
        assertThat(express.draft().brokers().volumeSizeGiB()).isNull();
        assertThat(express.describeHttp()).startsWith("POST /api/v2/clusters\n{\n  \"clusterName\": \"orders-new\"");
    }
}
