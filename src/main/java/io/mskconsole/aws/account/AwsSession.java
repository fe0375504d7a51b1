package io.mskconsole.aws.account;

import io.mskconsole.aws.destinations.AwsDestinationGateway;
import io.mskconsole.aws.destinations.AwsKeyGateway;
import io.mskconsole.aws.destinations.AwsPermissionGateway;
import io.mskconsole.aws.destinations.DestinationClients;
import io.mskconsole.aws.errors.SessionClosedException;
import io.mskconsole.aws.kafka.KafkaClusterGateway;
import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.Session;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.destinations.DestinationServices;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.kafka.KafkaClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * An open AWS profile. Cheap to open: the credentials provider and each client (per service and region: MSK,
 * CloudWatch Logs, S3, Firehose, KMS, STS; IAM per partition) are built on first use, then kept until
 * {@link #close()}. Thread-safe.
 */
public final class AwsSession implements Session {
    static final Duration POLL_INTERVAL = Duration.ofSeconds(10);

    private final String profile;
    private final ProfileFile profileFile;
    private final Map<String, String> environment;
    private final AwsClientSettings settings;
    private final ServiceClients builders;
    private final DestinationClients destinationClients = new SessionClients();
    /** The clients built so far, by "service region". */
    private final Map<String, SdkClient> clients = new LinkedHashMap<>();
    private FailureTaggingCredentialsProvider credentials;
    private boolean closed;

    /**
     * @param profile     a profile of {@code profileFile}
     * @param profileFile the shared config and credentials files as read when the session was opened
     * @param environment the environment variables (AWS_REGION, AWS_DEFAULT_REGION)
     */
    public AwsSession(String profile, ProfileFile profileFile, Map<String, String> environment,
                      AwsClientSettings settings) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.profileFile = Objects.requireNonNull(profileFile, "profileFile");
        this.environment = Map.copyOf(environment);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.builders = new ServiceClients(profile, profileFile, settings, this::credentials);
    }

    @Override
    public Account account() {
        return Account.profile(profile);
    }

    /** The regions of the partition of {@link #defaultRegion()} ("aws" when there is none), sorted. */
    @Override
    public List<String> regions() {
        return PartitionRegions.regionsOf(PartitionRegions.partitionOf(defaultRegion().orElse(null)));
    }

    /**
     * AWS_REGION, else AWS_DEFAULT_REGION, else the profile's {@code region}: the environment wins over the file, as
     * in the SDK's region chain and the AWS CLI. Blank values count as unset.
     */
    @Override
    public Optional<String> defaultRegion() {
        return env("AWS_REGION")
                .or(() -> env("AWS_DEFAULT_REGION"))
                .or(() -> profileFile.profile(profile).flatMap(p -> p.property("region")).filter(r -> !r.isBlank()))
                .map(String::strip);
    }

    @Override
    public ClusterGateway clusters(String region) {
        String chosen = chosenRegion(region);
        return new KafkaClusterGateway(() -> client(chosen), chosen, profile);
    }

    /**
     * Log groups, buckets, delivery streams, keys and permissions as seen from one region. Builds nothing: each
     * client is built on the first call that needs it, and calls after {@link #close()} fail with
     * {@code CONFIGURATION}.
     */
    @Override
    public DestinationServices destinations(String region) {
        String chosen = chosenRegion(region);
        return new DestinationServices(new AwsDestinationGateway(destinationClients, chosen, profile),
                new AwsKeyGateway(destinationClients, chosen, profile),
                new AwsPermissionGateway(destinationClients, chosen, profile));
    }

    private String chosenRegion(String region) {
        if (region == null || region.isBlank()) {
            throw new GatewayException(Failure.CONFIGURATION, null,
                    "No region is chosen for profile " + profile + ": pick a region, or set `region` in the profile.");
        }
        return region.strip();
    }

    @Override
    public Duration operationPollInterval() {
        return POLL_INTERVAL;
    }

    /** Whether the profile signs in through IAM Identity Center. */
    public boolean isSsoProfile() {
        return profileFile.profile(profile).map(AwsSession::isSso).orElse(false);
    }

    /**
     * Closes every client built so far and the credentials provider. Later calls through a gateway fail with a
     * {@code CONFIGURATION} {@link GatewayException} saying the session was closed. Closing again does nothing.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (SdkClient client : clients.values()) {
            try {
                client.close();
            } catch (RuntimeException ignored) {
                // best effort: the session is going away, and the other clients must still be closed
            }
        }
        clients.clear();
        if (credentials != null) {
            credentials.close();
            credentials = null;
        }
    }

    /**
     * The region's MSK client, built on first use.
     *
     * @throws SessionClosedException after {@link #close()}
     */
    KafkaClient client(String region) {
        return client("kafka", KafkaClient.class, Region.of(region), builders::kafka);
    }

    /**
     * The service's client of the region, built on first use.
     *
     * @throws SessionClosedException after {@link #close()}
     */
    private synchronized <C extends SdkClient> C client(String service, Class<C> type, Region region,
                                                        Function<Region, C> build) {
        if (closed) {
            throw new SessionClosedException(profile);
        }
        return type.cast(clients.computeIfAbsent(service + " " + region.id(), key -> build.apply(region)));
    }

    /** The number of clients built so far, of every service. */
    synchronized int clientCount() {
        return clients.size();
    }

    private FailureTaggingCredentialsProvider credentials() {
        if (credentials == null) {
            AwsCredentialsProvider override = settings.credentialsOverride();
            AwsCredentialsProvider provider = override != null ? override : providerFor(profile, profileFile);
            credentials = new FailureTaggingCredentialsProvider(provider, profile, isSsoProfile(), override == null);
        }
        return credentials;
    }

    /**
     * "default" gets the SDK's default chain (environment, web identity, the default profile, container), as the
     * AWS CLI does without --profile; any other profile gets exactly its own credentials.
     */
    static AwsCredentialsProvider providerFor(String profile, ProfileFile profileFile) {
        if (AwsProfileDirectory.DEFAULT.equals(profile)) {
            return DefaultCredentialsProvider.builder().profileFile(profileFile).profileName(profile).build();
        }
        return ProfileCredentialsProvider.builder().profileFile(profileFile).profileName(profile).build();
    }

    static boolean isSso(Profile profile) {
        return profile.property("sso_session").isPresent() || profile.property("sso_start_url").isPresent();
    }

    /** The session's clients for the destination adapters; IAM's is its partition's global one. */
    private final class SessionClients implements DestinationClients {
        @Override
        public CloudWatchLogsClient logs(String region) {
            return client("logs", CloudWatchLogsClient.class, Region.of(region), builders::logs);
        }

        @Override
        public S3Client s3(String region) {
            return client("s3", S3Client.class, Region.of(region), builders::s3);
        }

        @Override
        public FirehoseClient firehose(String region) {
            return client("firehose", FirehoseClient.class, Region.of(region), builders::firehose);
        }

        @Override
        public KmsClient kms(String region) {
            return client("kms", KmsClient.class, Region.of(region), builders::kms);
        }

        @Override
        public IamClient iam(String region) {
            return client("iam", IamClient.class, PartitionRegions.globalRegionFor(region), builders::iam);
        }

        @Override
        public StsClient sts(String region) {
            return client("sts", StsClient.class, Region.of(region), builders::sts);
        }
    }

    private Optional<String> env(String name) {
        return Optional.ofNullable(environment.get(name)).filter(v -> !v.isBlank());
    }
}
