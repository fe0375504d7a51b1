package io.mskconsole.aws.account;

import io.mskconsole.aws.errors.SessionClosedException;
import io.mskconsole.aws.kafka.KafkaClusterGateway;
import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.Session;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.services.kafka.KafkaClient;

/**
 * An open AWS profile. Cheap to open: the credentials provider and each region's MSK client are built on first
 * use, then kept until {@link #close()}. Thread-safe.
 */
public final class AwsSession implements Session {
    static final Duration POLL_INTERVAL = Duration.ofSeconds(10);

    private final String profile;
    private final ProfileFile profileFile;
    private final Map<String, String> environment;
    private final AwsClientSettings settings;
    private final Map<String, KafkaClient> clients = new LinkedHashMap<>();
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
        if (region == null || region.isBlank()) {
            throw new GatewayException(Failure.CONFIGURATION, null,
                    "No region is chosen for profile " + profile + ": pick a region, or set `region` in the profile.");
        }
        String chosen = region.strip();
        return new KafkaClusterGateway(() -> client(chosen), chosen, profile);
    }

    @Override
    public io.mskconsole.core.destinations.DestinationServices destinations(String region) {
        throw new io.mskconsole.core.errors.GatewayException(io.mskconsole.core.errors.Failure.CONFIGURATION, null,
                "TEMPORARY: destination services are not wired yet.");
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
        for (KafkaClient client : clients.values()) {
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
     * The region's client, built on first use.
     *
     * @throws SessionClosedException after {@link #close()}
     */
    synchronized KafkaClient client(String region) {
        if (closed) {
            throw new SessionClosedException(profile);
        }
        return clients.computeIfAbsent(region,
                r -> KafkaClients.build(r, profile, profileFile, settings, credentials()));
    }

    /** The number of clients built so far. */
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

    private Optional<String> env(String name) {
        return Optional.ofNullable(environment.get(name)).filter(v -> !v.isBlank());
    }
}
