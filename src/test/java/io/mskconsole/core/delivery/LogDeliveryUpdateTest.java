package io.mskconsole.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mskconsole.core.clusters.ClusterOperation;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.testing.FakeMsk;
import io.mskconsole.testing.OperationScript;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogDeliveryUpdateTest {
    private static final LogDelivery NEW_LOGS = LogDelivery.NONE.withS3(S3Destination.to("orders-prod-broker-logs", "kafka"));

    private final FakeMsk gateway = new FakeMsk().put(FakeMsk.provisioned(FakeMsk.ARN, "orders-prod", ClusterState.ACTIVE,
            "V1", LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/orders-prod"))));
    private final LogDeliveryUpdate update = new LogDeliveryUpdate(gateway, Duration.ZERO);
    private final Recorder progress = new Recorder();

    @Test
    void theSameDeliveryIsUnchangedAndSendsNothing() {
        ApplyOutcome outcome = apply(gateway.cluster(FakeMsk.ARN).brokerLogs(), true);
        assertThat(outcome.status()).isEqualTo(ApplyOutcome.Status.UNCHANGED);
        assertThat(outcome.operationArn()).isNull();
        assertThat(gateway.updates).isEmpty();
    }

    @Test
    void aNameKeptOnADisabledDestinationChangesNothing() {
        LogDelivery desired = gateway.cluster(FakeMsk.ARN).brokerLogs()
                .withFirehose(new FirehoseDestination(false, "typed-then-off"));
        assertThat(apply(desired, true).status()).isEqualTo(ApplyOutcome.Status.UNCHANGED);
        assertThat(gateway.updates).isEmpty();
    }

    @Test
    void aClusterThatIsNotActiveIsRefusedAndNothingSent() {
        gateway.put(gateway.cluster(FakeMsk.ARN).withState(ClusterState.UPDATING));
        UpdateRefusedException e = catchThrowableOfType(UpdateRefusedException.class, () -> apply(NEW_LOGS, true));
        assertThat(e.reason()).isEqualTo(UpdateRefusedException.Reason.NOT_ACTIVE);
        assertThat(e.getMessage()).contains("orders-prod", "UPDATING", "ACTIVE");
        assertThat(gateway.updates).isEmpty();
    }

    @Test
    void aServerlessClusterIsRefused() {
        gateway.put(FakeMsk.serverless(FakeMsk.ARN, "orders-prod", "V1"));
        UpdateRefusedException e = catchThrowableOfType(UpdateRefusedException.class, () -> apply(NEW_LOGS, true));
        assertThat(e.reason()).isEqualTo(UpdateRefusedException.Reason.NOT_PROVISIONED);
        assertThat(e.getMessage()).contains("serverless");
        assertThat(gateway.updates).isEmpty();
    }

    @Test
    void invalidSettingsAreRefusedNamingTheField() {
        LogDelivery bad = LogDelivery.NONE.withS3(S3Destination.to("Orders_Logs", null));
        UpdateRefusedException e = catchThrowableOfType(UpdateRefusedException.class, () -> apply(bad, true));
        assertThat(e.reason()).isEqualTo(UpdateRefusedException.Reason.INVALID_SETTINGS);
        assertThat(e.getMessage()).startsWith("Broker logs, Amazon S3 bucket: ");
        assertThat(gateway.updates).isEmpty();
    }

    @Test
    void theRequestCarriesTheFreshVersionAndTheMonitoringAsItIs() {
        gateway.put(FakeMsk.provisioned(FakeMsk.ARN, "orders-prod", ClusterState.ACTIVE, "V7",
                gateway.cluster(FakeMsk.ARN).brokerLogs()));
        ApplyOutcome outcome = apply(NEW_LOGS, false);

        assertThat(outcome.status()).isEqualTo(ApplyOutcome.Status.SENT);
        assertThat(outcome.operationArn()).isEqualTo(FakeMsk.OPERATION_ARN);
        assertThat(gateway.updates).singleElement().satisfies(request -> {
            assertThat(request.currentVersion()).isEqualTo("V7");
            assertThat(request.monitoring()).isEqualTo(gateway.cluster(FakeMsk.ARN).monitoring());
            assertThat(request.logging().brokerLogs()).isEqualTo(NEW_LOGS);
            assertThat(request.clusterArn()).isEqualTo(FakeMsk.ARN);
        });
        assertThat(gateway.count("describeOperation")).isZero();
    }

    @Test
    void prepareBuildsTheRequestWithoutSending() {
        UpdateMonitoringRequest request = update.prepare(FakeMsk.ARN, LoggingInfo.of(NEW_LOGS));
        assertThat(request.currentVersion()).isEqualTo("V1");
        assertThat(gateway.updates).isEmpty();
    }

    @Test
    void followsTheOperationToCompletionAndReadsTheClusterAgain() {
        gateway.script = OperationScript.answering("PENDING", "UPDATE_IN_PROGRESS", "UPDATE_COMPLETE");
        ApplyOutcome outcome = apply(NEW_LOGS, true);

        assertThat(outcome.status()).isEqualTo(ApplyOutcome.Status.COMPLETED);
        assertThat(progress.states()).containsExactly("PENDING", "UPDATE_IN_PROGRESS", "UPDATE_COMPLETE");
        assertThat(outcome.operation().state()).isEqualTo("UPDATE_COMPLETE");
        assertThat(gateway.count("describeCluster")).isEqualTo(2);
        assertThat(progress.stages.get(0)).contains("current version");
    }

    @Test
    void aFailedOperationEndsFailed() {
        gateway.script = OperationScript.answering("UPDATE_IN_PROGRESS", "UPDATE_FAILED");
        ApplyOutcome outcome = apply(NEW_LOGS, true);
        assertThat(outcome.status()).isEqualTo(ApplyOutcome.Status.FAILED);
        assertThat(outcome.operation().errorCode()).isEqualTo("InvalidLogGroup");
    }

    @Test
    void cancellingStopsFollowingWithTheLastStateRead() {
        gateway.script = OperationScript.answering("UPDATE_IN_PROGRESS");
        Cancellation cancellation = Cancellation.none();
        progress.cancelAfter(2, cancellation);

        ApplyOutcome outcome = update.apply(FakeMsk.ARN, LoggingInfo.of(NEW_LOGS), true, progress, cancellation);

        assertThat(outcome.status()).isEqualTo(ApplyOutcome.Status.STOPPED_FOLLOWING);
        assertThat(outcome.operation().state()).isEqualTo("UPDATE_IN_PROGRESS");
        assertThat(gateway.count("describeOperation")).isEqualTo(2);
        assertThat(gateway.updates).hasSize(1);
    }

    @Test
    void aClusterChangedSinceTheReviewIsRefusedAndNothingIsSent() {
        LogDelivery reviewedCurrent = LogDelivery.NONE;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> update.apply(FakeMsk.ARN, LoggingInfo.of(NEW_LOGS), LoggingInfo.of(reviewedCurrent),
                        true, progress, Cancellation.none()))
                .isInstanceOfSatisfying(UpdateRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(UpdateRefusedException.Reason.CHANGED_SINCE_REVIEW);
                    assertThat(e.getMessage()).contains("changed since the review", "Review again");
                });
        assertThat(gateway.updates).isEmpty();
        ApplyOutcome outcome = update.apply(FakeMsk.ARN, LoggingInfo.of(NEW_LOGS), LoggingInfo.of(gateway.cluster(FakeMsk.ARN).brokerLogs()), true,
                progress, Cancellation.none());
        assertThat(outcome.status()).as("unchanged since the review: sent").isEqualTo(ApplyOutcome.Status.COMPLETED);
    }

    @Test
    void cancelledBeforeSendingSendsNothing() {
        Cancellation cancelled = Cancellation.none();
        cancelled.cancel();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> update.apply(FakeMsk.ARN, LoggingInfo.of(NEW_LOGS), true, progress, cancelled))
                .isInstanceOf(java.util.concurrent.CancellationException.class)
                .hasMessageContaining("nothing was sent");
        assertThat(gateway.updates).isEmpty();
    }

    @Test
    void aLostAnswerToUpdateMonitoringLeavesTheOutcomeUnknownAndIsNotCalledNothingChanged() {
        for (Failure lost : java.util.List.of(Failure.TIMEOUT, Failure.CONNECTION, Failure.SERVICE_UNAVAILABLE)) {
            gateway.failures.put("updateMonitoring", new io.mskconsole.core.errors.GatewayException(lost, "UpdateMonitoring", "lost"));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> apply(NEW_LOGS, true))
                    .as(lost.name())
                    .isInstanceOf(SendOutcomeUnknownException.class)
                    .hasMessageEndingWith("The cluster is ACTIVE and its delivery is unchanged: nothing was applied, "
                            + "you can apply again.")
                    .extracting(e -> ((SendOutcomeUnknownException) e).verdict())
                    .isEqualTo(SendOutcomeUnknownException.Verdict.NOT_APPLIED);
        }
        gateway.failures.put("updateMonitoring", new io.mskconsole.core.errors.GatewayException(Failure.THROTTLED, "UpdateMonitoring", "slow down"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> apply(NEW_LOGS, true))
                .as("a throttled request was refused, so it is a plain failure")
                .isInstanceOf(io.mskconsole.core.errors.GatewayException.class);
    }

    @Test
    void aLostAnswerIsFollowedByOneReadThatSaysWhetherTheChangeWasTaken() {
        gateway.loseAnswerAfterTaking = new io.mskconsole.core.errors.GatewayException(Failure.SERVICE_UNAVAILABLE,
                "UpdateMonitoring", "UpdateMonitoring in us-east-1 failed: MSK answered HTTP 503. Try again.");
        Throwable taken = org.assertj.core.api.Assertions.catchThrowable(() -> apply(NEW_LOGS, true));
        org.assertj.core.api.Assertions.assertThat(taken).isInstanceOf(SendOutcomeUnknownException.class)
                .hasMessage("UpdateMonitoring for orders-prod got no answer (MSK answered with a server error). The "
                        + "cluster is UPDATING: the change was taken.");
        org.assertj.core.api.Assertions.assertThat(((SendOutcomeUnknownException) taken).verdict())
                .isEqualTo(SendOutcomeUnknownException.Verdict.TAKEN);
        org.assertj.core.api.Assertions.assertThat(gateway.updates).as("sent once, never again").hasSize(1);

        gateway.put(gateway.cluster(FakeMsk.ARN).withState(io.mskconsole.core.clusters.ClusterState.ACTIVE));
        gateway.loseAnswerAfterTaking = null;
        gateway.failures.put("updateMonitoring", new io.mskconsole.core.errors.GatewayException(Failure.TIMEOUT,
                "UpdateMonitoring", "UpdateMonitoring timed out: check the network, VPN or proxy."));
        LogDeliveryUpdate update = new LogDeliveryUpdate(new io.mskconsole.core.clusters.ClusterGateway() {
            private int reads;

            @Override
            public java.util.List<io.mskconsole.core.clusters.Cluster> listClusters(
                    io.mskconsole.core.concurrent.Cancellation cancellation) {
                return gateway.listClusters(cancellation);
            }

            @Override
            public io.mskconsole.core.clusters.Cluster describeCluster(String clusterArn) {
                if (++reads > 1) {
                    throw new io.mskconsole.core.errors.GatewayException(Failure.CONNECTION, "DescribeClusterV2",
                            "Could not reach MSK in us-east-1: connection reset. Check the network, VPN or proxy.");
                }
                return gateway.describeCluster(clusterArn);
            }

            @Override
            public String updateMonitoring(UpdateMonitoringRequest request) {
                return gateway.updateMonitoring(request);
            }

            @Override
            public io.mskconsole.core.clusters.ClusterOperation describeOperation(String operationArn) {
                return gateway.describeOperation(operationArn);
            }

            @Override
            public io.mskconsole.core.clusters.BootstrapBrokers bootstrapBrokers(String clusterArn) {
                return gateway.bootstrapBrokers(clusterArn);
            }
        }, java.time.Duration.ZERO);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> update.apply(FakeMsk.ARN, LoggingInfo.of(NEW_LOGS),
                        true, ApplyProgress.IGNORE, io.mskconsole.core.concurrent.Cancellation.none()))
                .isInstanceOf(SendOutcomeUnknownException.class)
                .hasMessage("UpdateMonitoring for orders-prod got no answer (it timed out). The cluster could not be "
                        + "read again (Could not reach MSK in us-east-1: connection reset. Check the network, VPN or "
                        + "proxy), so the change may or may not have been taken: refresh the cluster before applying "
                        + "again.")
                .extracting(e -> ((SendOutcomeUnknownException) e).verdict())
                .isEqualTo(SendOutcomeUnknownException.Verdict.UNKNOWN);
    }

    @Test
    void aCompletedOperationStaysCompletedWhenTheClusterCannotBeReadAfterwards() {
        gateway.script = new OperationScript().answer("UPDATE_COMPLETE");
        ApplyProgress failTheLastRead = new ApplyProgress() {
            @Override
            public void operation(io.mskconsole.core.clusters.ClusterOperation operation) {
                gateway.failures.put("describeCluster",
                        new io.mskconsole.core.errors.GatewayException(Failure.THROTTLED, "DescribeClusterV2", "slow down"));
            }
        };
        ApplyOutcome outcome = update.apply(FakeMsk.ARN, LoggingInfo.of(NEW_LOGS), true, failTheLastRead, Cancellation.none());
        assertThat(outcome.status()).isEqualTo(ApplyOutcome.Status.COMPLETED);
        assertThat(outcome.cluster()).isNull();
    }

    @Test
    void transientPollErrorsAreToleratedBelowTheLimit() {
        gateway.script = new OperationScript().fail(Failure.THROTTLED, LogDeliveryUpdate.MAX_POLL_FAILURES - 1)
                .answer("UPDATE_COMPLETE");
        ApplyOutcome outcome = apply(NEW_LOGS, true);
        assertThat(outcome.status()).isEqualTo(ApplyOutcome.Status.COMPLETED);
        assertThat(progress.stages).filteredOn(s -> s.startsWith("Still following"))
                .hasSize(LogDeliveryUpdate.MAX_POLL_FAILURES - 1);
    }

    @Test
    void theLimitOfConsecutiveTransientErrorsGivesUp() {
        gateway.script = new OperationScript()
                .fail(Failure.SERVICE_UNAVAILABLE, LogDeliveryUpdate.MAX_POLL_FAILURES).answer("UPDATE_COMPLETE");
        GatewayException e = catchThrowableOfType(GatewayException.class, () -> apply(NEW_LOGS, true));
        assertThat(e.failure()).isEqualTo(Failure.SERVICE_UNAVAILABLE);
        assertThat(gateway.count("describeOperation")).isEqualTo(LogDeliveryUpdate.MAX_POLL_FAILURES);
    }

    @Test
    void aSuccessfulPollResetsTheCountOfErrors() {
        int below = LogDeliveryUpdate.MAX_POLL_FAILURES - 1;
        gateway.script = new OperationScript().fail(Failure.TIMEOUT, below).answer("UPDATE_IN_PROGRESS")
                .fail(Failure.CONNECTION, below).answer("UPDATE_COMPLETE");
        assertThat(apply(NEW_LOGS, true).status()).isEqualTo(ApplyOutcome.Status.COMPLETED);
    }

    @Test
    void aNonTransientPollErrorIsRethrownAtOnce() {
        gateway.script = new OperationScript().fail(Failure.ACCESS_DENIED, 1).answer("UPDATE_COMPLETE");
        GatewayException e = catchThrowableOfType(GatewayException.class, () -> apply(NEW_LOGS, true));
        assertThat(e.failure()).isEqualTo(Failure.ACCESS_DENIED);
        assertThat(gateway.count("describeOperation")).isEqualTo(1);
    }

    @Test
    void monitoringChangedAgainAfterApplyWasConfirmedIsRefusedAndNothingIsSent() {
        io.mskconsole.core.clusters.MonitoringSettings confirmed = gateway.cluster(FakeMsk.ARN).monitoring();
        io.mskconsole.core.clusters.Cluster now = gateway.cluster(FakeMsk.ARN);
        gateway.put(new io.mskconsole.core.clusters.Cluster(now.arn(), now.name(), now.type(), now.state(),
                now.currentVersion(), now.kafkaVersion(), now.brokerInstanceType(), now.brokerCount(), now.logging(),
                new io.mskconsole.core.clusters.MonitoringSettings("PER_TOPIC_PER_PARTITION",
                        confirmed.openMonitoring()), null, now.creationTime()));

        UpdateRefusedException refused = catchThrowableOfType(UpdateRefusedException.class, () -> update.apply(
                FakeMsk.ARN, LoggingInfo.of(NEW_LOGS), null, confirmed, true, progress, Cancellation.none()));

        assertThat(refused.reason()).isEqualTo(UpdateRefusedException.Reason.CHANGED_SINCE_REVIEW);
        assertThat(refused.getMessage()).contains("monitoring of orders-prod changed again after Apply was confirmed");
        assertThat(gateway.updates).isEmpty();
        assertThat(update.apply(FakeMsk.ARN, LoggingInfo.of(NEW_LOGS), null, gateway.cluster(FakeMsk.ARN).monitoring(),
                false, progress, Cancellation.none()).status()).as("as confirmed: sent")
                .isEqualTo(ApplyOutcome.Status.SENT);
    }

    private ApplyOutcome apply(LogDelivery desired, boolean follow) {
        return update.apply(FakeMsk.ARN, LoggingInfo.of(desired), follow, progress, Cancellation.none());
    }

    private static final class Recorder implements ApplyProgress {
        final List<String> stages = new ArrayList<>();
        final List<ClusterOperation> operations = new ArrayList<>();
        private int cancelAfter = -1;
        private Cancellation toCancel;

        void cancelAfter(int reads, Cancellation cancellation) {
            this.cancelAfter = reads;
            this.toCancel = cancellation;
        }

        @Override
        public void stage(String message) {
            stages.add(message);
        }

        @Override
        public void operation(ClusterOperation operation) {
            operations.add(operation);
            if (operations.size() == cancelAfter) {
                toCancel.cancel();
            }
        }

        List<String> states() {
            return operations.stream().map(ClusterOperation::state).toList();
        }
    }
}
