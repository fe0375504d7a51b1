package io.mskconsole.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.testing.FakeMsk;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each change MSK took is one line of the local log, saying which cluster, what, the operation and who. */
class ChangeJournalTest {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger changes = Logger.getLogger(ChangeJournal.LOGGER);
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getLevel() + " " + record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        changes.addHandler(capture);
    }

    @AfterEach
    void stop() {
        changes.removeHandler(capture);
    }

    @Test
    void anUpdateMskTookIsRecordedOneThatFailedIsNot() {
        FakeMsk msk = FakeMsk.withSampleClusters();
        ClusterGateway journaled = new ChangeJournal("us-east-1",
                () -> "profile prod (arn:aws:sts::111122223333:assumed-role/MskAdmin/ana)").over(msk);
        UpdateMonitoringRequest request = new UpdateMonitoringRequest(FakeMsk.ARN, "K3AEGXETSR30VB", FakeMsk.MONITORING,
                LoggingInfo.of(io.mskconsole.core.delivery.LogDelivery.NONE.withS3(S3Destination.to("orders-logs",
                        "kafka"))));

        String operation = journaled.updateMonitoring(request);

        assertThat(lines).containsExactly("INFO Changed the log delivery of " + FakeMsk.ARN + " in us-east-1 as "
                + "profile prod (arn:aws:sts::111122223333:assumed-role/MskAdmin/ana): Broker logs: Amazon S3: "
                + "orders-logs/kafka (from version K3AEGXETSR30VB); operation " + operation);

        msk.failures.put("updateMonitoring", new GatewayException(Failure.STALE_VERSION, "UpdateMonitoring", "stale"));
        assertThatThrownBy(() -> journaled.updateMonitoring(request)).isInstanceOf(GatewayException.class);
        assertThat(lines).as("a refused change changed nothing").hasSize(1);

        msk.failures.put("updateMonitoring", new GatewayException(Failure.TIMEOUT, "UpdateMonitoring", "timed out"));
        assertThatThrownBy(() -> journaled.updateMonitoring(request)).isInstanceOf(GatewayException.class);
        assertThat(lines).as("a lost answer may hide a change taken").hasSize(2).last().asString()
                .startsWith("INFO Sent a change of the log delivery of " + FakeMsk.ARN)
                .endsWith("no answer came, so it may have been taken");
    }

    @Test
    void createdLogGroupsAndBucketsAndKeyPoliciesPutAreRecordedToo() {
        io.mskconsole.testing.FakeDestinations aws = new io.mskconsole.testing.FakeDestinations("eu-west-1");
        io.mskconsole.core.destinations.DestinationServices journaled = new ChangeJournal("eu-west-1",
                () -> "profile prod").over(aws.services());

        journaled.destinations().createLogGroup("/msk/new", 30);
        journaled.destinations().createBucket("orders-logs");
        assertThat(journaled.destinations().logGroup("/msk/new")).as("lookups pass through").isPresent();

        assertThat(lines).containsExactly(
                "INFO Created log group /msk/new in eu-west-1 as profile prod: events kept 30 days",
                "INFO Created bucket orders-logs in eu-west-1 as profile prod: S3's defaults (Block Public Access, "
                        + "SSE-S3)");
    }
}
