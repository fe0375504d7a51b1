package io.mskconsole.core.account;

import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.commandline.CliAccount;
import io.mskconsole.core.create.CreationGateway;
import io.mskconsole.core.create.NetworkGateway;
import io.mskconsole.core.destinations.DestinationServices;
import io.mskconsole.core.levels.BrokerLoggerConnector;
import io.mskconsole.core.trail.TrailGateway;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * An open account: its regions and a gateway per region. Implemented for AWS profiles and by the Sandbox. Opening
 * and using one may read files or the network: never on the UI thread.
 */
public interface Session extends AutoCloseable {
    Account account();

    /** The regions this account can use (for a profile, those of its partition), sorted by name. */
    List<String> regions();

    /**
     * The region to start on when none is remembered: as the SDK and the AWS CLI decide it (AWS_REGION, then
     * AWS_DEFAULT_REGION, then the profile's region) for a profile; the Sandbox's own for the Sandbox.
     */
    Optional<String> defaultRegion();

    /** The region's name as AWS gives it ("Asia Pacific (Osaka)"), or "" where it is not known. */
    default String regionName(String region) {
        return "";
    }

    /** The MSK gateway of one region. */
    ClusterGateway clusters(String region);

    /** The broker log destinations, KMS keys and caller permissions, for the picker and the checks of one region. */
    DestinationServices destinations(String region);

    /** What the log viewer reads in the region: log events of a group, and objects of a bucket. */
    default io.mskconsole.core.brokerlogs.LogSourceGateway logSources(String region) {
        throw new io.mskconsole.core.errors.GatewayException(io.mskconsole.core.errors.Failure.CONFIGURATION,
                null, "This account cannot read logs.");
    }

    /** What the delivery health reads in the region: log streams, the delivery layout's objects, Firehose metrics. */
    default io.mskconsole.core.arrival.ArrivalGateway arrival(String region) {
        throw new io.mskconsole.core.errors.GatewayException(io.mskconsole.core.errors.Failure.CONFIGURATION,
                null, "This account cannot read whether logs arrive.");
    }

    /** A trail's log files in its S3 bucket, as seen from one region: the trails, and the bucket's files. */
    default io.mskconsole.core.trailbucket.TrailBucketGateway trailBucket(String region) {
        throw new io.mskconsole.core.errors.GatewayException(io.mskconsole.core.errors.Failure.CONFIGURATION,
                null, "This account cannot read trail files from S3.");
    }

    /** Athena in one region: work groups, databases and tables, and the runs of a trail's queries. */
    default io.mskconsole.core.trailathena.AthenaGateway athena(String region) {
        throw new io.mskconsole.core.errors.GatewayException(io.mskconsole.core.errors.Failure.CONFIGURATION,
                null, "This account cannot query Athena.");
    }

    /** CloudTrail's LookupEvents in one region, for the event browser. */
    TrailGateway trail(String region);

    /** The VPCs, subnets and security groups of one region, for placing a new cluster's brokers. */
    NetworkGateway network(String region);

    /** ListKafkaVersions, CreateClusterV2 and the full DescribeClusterV2 of one region, for creating a cluster. */
    CreationGateway clusterCreation(String region);

    /**
     * Connects to the brokers of the region's clusters for their loggers (KIP-412). Builds nothing until
     * {@link BrokerLoggerConnector#connect} is called.
     */
    BrokerLoggerConnector brokerLoggers(String region);

    /**
     * What this account's calls last said about its credentials: its windows follow it to show a signed-out
     * account, and a call after renewed credentials (e.g. {@code aws sso login}) clears it.
     */
    CredentialHealth credentialHealth();

    /** How often to poll a cluster operation. */
    Duration operationPollInterval();

    /** How generated AWS CLI commands name this account. */
    default CliAccount cliAccount() {
        return account().isSandbox() ? CliAccount.SANDBOX : CliAccount.named(account().profile());
    }

    /**
     * Signed out of the account's IAM Identity Center sign-in: the credentials in hand are dropped (the next call
     * asks for them again, and fails until signed in again) and the windows say so.
     */
    default void signedOut(String message) {
        credentialHealth().signedOut(message);
    }

    @Override
    void close();
}
