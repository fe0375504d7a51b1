package io.mskconsole.core.journal;

import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.clusters.ForwardingClusterGateway;
import io.mskconsole.core.create.ClusterDetails;
import io.mskconsole.core.create.CreateClusterRequest;
import io.mskconsole.core.create.CreationGateway;
import io.mskconsole.core.create.KafkaVersion;
import io.mskconsole.core.delivery.LoggingChanges;
import io.mskconsole.core.destinations.DestinationServices;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import io.mskconsole.core.errors.GatewayException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.function.Supplier;

/**
 * The local record of each change MSK Console made in AWS: which cluster, what it set, the operation or the new
 * cluster's ARN, and who (the profile, and the caller when known), one line each in the app's log, so an
 * administrator can answer "what did I change yesterday" without CloudTrail. The log groups, buckets and key policies
 * it creates or changes are recorded too. Gateways of an account are wrapped with it, so the window and the commands
 * record alike; a change that failed is not recorded (it changed nothing).
 */
public final class ChangeJournal {
    /** The logger the lines go to (the app's log file, from INFO up). */
    public static final String LOGGER = "io.mskconsole.changes";
    private static final Logger LOG = System.getLogger(LOGGER);

    private final String region;
    private final Supplier<String> who;

    /** @param who the profile and, when known, the caller ("profile prod as arn:aws:sts::…") */
    public ChangeJournal(String region, Supplier<String> who) {
        this.region = region;
        this.who = who;
    }

    /** One line: "<what> in <region> as <who>: <detail>". */
    public void record(String what, String detail) {
        LOG.log(Level.INFO, what + " in " + region + " as " + who.get() + ": " + detail);
    }

    /** The cluster gateway, recording each UpdateMonitoring MSK took. */
    public ClusterGateway over(ClusterGateway clusters) {
        return new ForwardingClusterGateway(clusters) {
            @Override
            public ClusterGateway pacedByCaller() {
                return over(delegate.pacedByCaller()); // still recorded
            }

            @Override
            public String updateMonitoring(UpdateMonitoringRequest request) {
                String operation;
                try {
                    operation = delegate.updateMonitoring(request);
                } catch (GatewayException e) {
                    if (e.answerMayBeLost()) {
                        record("Sent a change of the log delivery of " + request.clusterArn(),
                                LoggingChanges.summary(request.logging()) + " (from version "
                                        + request.currentVersion() + "); no answer came, so it may have been taken");
                    }
                    throw e;
                }
                record("Changed the log delivery of " + request.clusterArn(), LoggingChanges.summary(request.logging())
                        + " (from version " + request.currentVersion() + "); operation " + operation);
                return operation;
            }
        };
    }

    /** The destination services, recording each log group and bucket created and each key policy put. */
    public DestinationServices over(DestinationServices services) {
        return JournaledDestinations.over(services, this);
    }

    /** The creation gateway, recording each cluster MSK started to create. */
    public CreationGateway over(CreationGateway creation) {
        return new CreationGateway() {
            @Override
            public List<KafkaVersion> listKafkaVersions() {
                return creation.listKafkaVersions();
            }

            @Override
            public String createCluster(CreateClusterRequest request) {
                String arn = creation.createCluster(request);
                record("Created cluster " + request.clusterName(), arn);
                return arn;
            }

            @Override
            public ClusterDetails describeCluster(String clusterArn) {
                return creation.describeCluster(clusterArn);
            }
        };
    }
}
