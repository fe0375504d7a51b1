package io.mskconsole.cli;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.concurrent.DaemonThreads;
import io.mskconsole.core.destinations.CheckCache;
import io.mskconsole.core.destinations.CheckReport;
import io.mskconsole.core.destinations.CheckRequest;
import io.mskconsole.core.destinations.DeliveryContext;
import io.mskconsole.core.destinations.DestinationChecks;
import io.mskconsole.core.destinations.DestinationServices;
import io.mskconsole.core.destinations.Finding;
import io.mskconsole.core.destinations.Severity;
import io.mskconsole.core.destinations.StaticChecks;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.delivery.LoggingInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;

/**
 * The preflight checks of a --logging-info draft for one existing cluster, as {@code logging check} and
 * {@code logging apply} run them: every lookup on a pool of its own, shut down when the run ends.
 */
final class DestinationPreflight {
    /** The finding of {@link #runOrSayWhy} when the destination services of the region cannot be opened. */
    static final String UNAVAILABLE_ID = "destination-checks";

    private DestinationPreflight() {
    }

    /**
     * Runs every check that applies to the draft and waits for all of them.
     *
     * @throws GatewayException       if the session cannot open the destination services of the region
     * @throws CancellationException if cancelled (Ctrl-C) before the checks finished
     */
    static CheckReport run(Connection connection, Cluster cluster, LoggingInfo draft, boolean verboseBrokerLogging,
                           Cancellation cancellation) {
        DestinationServices services = connection.session().destinations(connection.region());
        return run(services, context(connection, cluster, verboseBrokerLogging), draft, cluster.arn(), cancellation);
    }

    /**
     * Like {@link #run}, but when the destination services cannot be opened, the checks that need no AWS call still
     * run and one more finding says the others could not ({@link Severity#COULD_NOT_CHECK}): for apply, where the
     * checks guard the change rather than being the point.
     */
    static CheckReport runOrSayWhy(Connection connection, Cluster cluster, LoggingInfo draft,
                                   boolean verboseBrokerLogging, Cancellation cancellation) {
        DeliveryContext context = context(connection, cluster, verboseBrokerLogging);
        DestinationServices services;
        try {
            services = connection.session().destinations(connection.region());
        } catch (GatewayException unavailable) {
            List<Finding> findings = new ArrayList<>(StaticChecks.check(context, draft));
            findings.add(new Finding(UNAVAILABLE_ID, Severity.COULD_NOT_CHECK, null,
                    "Could not check the destinations",
                    "CloudWatch Logs, Amazon S3, Firehose, KMS and IAM could not be reached in "
                            + connection.region() + ": " + CliErrors.message(unavailable),
                    "Make sure each destination exists in " + connection.region() + " and that you may set up "
                            + "log delivery to it, or run 'msk-console logging check' again later."));
            return new CheckReport(findings);
        }
        return run(services, context, draft, cluster.arn(), cancellation);
    }

    /**
     * The checks of the broker log delivery of a cluster still to be created ({@code cluster create}): as for an
     * existing one, with kafka:CreateClusterV2 among the permissions asked about. With {@code sayWhy}, destination
     * services that cannot be opened give a finding instead of an exception (see {@link #runOrSayWhy}).
     */
    static CheckReport runForNewCluster(Connection connection, boolean expressBrokers, LoggingInfo draft,
                                        boolean verboseBrokerLogging, boolean sayWhy, Cancellation cancellation) {
        DeliveryContext context = new DeliveryContext(connection.region(), expressBrokers, verboseBrokerLogging);
        DestinationServices services;
        try {
            services = connection.session().destinations(connection.region());
        } catch (GatewayException unavailable) {
            if (!sayWhy) {
                throw unavailable;
            }
            List<Finding> findings = new ArrayList<>(StaticChecks.check(context, draft));
            findings.add(new Finding(UNAVAILABLE_ID, Severity.COULD_NOT_CHECK, null,
                    "Could not check the destinations",
                    "CloudWatch Logs, Amazon S3, Firehose, KMS and IAM could not be reached in "
                            + connection.region() + ": " + CliErrors.message(unavailable),
                    "Make sure each destination exists in " + connection.region() + " and that you may set up "
                            + "log delivery to it, or run 'msk-console cluster create --check' again later."));
            return new CheckReport(findings);
        }
        return run(services, context, draft, null, cancellation);
    }

    private static CheckReport run(DestinationServices services, DeliveryContext context, LoggingInfo draft,
                                   String clusterArn, Cancellation cancellation) {
        ExecutorService pool = DaemonThreads.cachedPool("checks");
        try {
            return new DestinationChecks(services, new CheckCache(), pool)
                    .run(new CheckRequest(context, draft, clusterArn), cancellation);
        } finally {
            pool.shutdownNow();
        }
    }

    private static DeliveryContext context(Connection connection, Cluster cluster, boolean verboseBrokerLogging) {
        return new DeliveryContext(connection.region(), cluster.isExpress(), verboseBrokerLogging);
    }
}
