package io.mskconsole.aws.account;

import io.mskconsole.aws.destinations.AwsDestinationGateway;
import io.mskconsole.aws.destinations.AwsKeyGateway;
import io.mskconsole.aws.destinations.AwsPermissionGateway;
import io.mskconsole.aws.destinations.DestinationClients;
import io.mskconsole.aws.errors.SessionClosedException;
import io.mskconsole.aws.kafka.KafkaClusterGateway;
import io.mskconsole.aws.kafka.KafkaCreationGateway;
import io.mskconsole.aws.network.AwsNetworkGateway;
import io.mskconsole.aws.network.Ec2QueryClient;
import io.mskconsole.aws.trail.AwsTrailGateway;
import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.CredentialHealth;
import io.mskconsole.core.commandline.CliAccount;
import io.mskconsole.core.signin.SsoLogin;
import io.mskconsole.core.destinations.PermissionAnswers;
import io.mskconsole.core.journal.ChangeJournal;
import io.mskconsole.core.account.Session;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.create.CreationGateway;
import io.mskconsole.core.create.NetworkGateway;
import io.mskconsole.core.destinations.DestinationServices;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.levels.BrokerLoggerConnector;
import io.mskconsole.core.trail.TrailGateway;
import io.mskconsole.kafka.levels.KafkaBrokerLoggerConnector;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.kafka.KafkaClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * An open AWS profile. Cheap to open: the credentials provider and each client (per service and region: MSK, CloudWatch
 * Logs and metrics, S3, Firehose, KMS, STS, CloudTrail, EC2; IAM per partition) are built on first use, then kept until
 * {@link #close()}. Thread-safe: each client is built at most once, by the first thread that asks for it (others
 * waiting for it), and clients of different services or regions are built in parallel.
 */
public final class AwsSession implements Session {
    static final Duration POLL_INTERVAL = Duration.ofSeconds(10);

    private final String profile;
    private final ProfileFile profileFile;
    private final Map<String, String> environment;
    private final AwsClientSettings settings;
    private final ServiceClients builders;
    private final DestinationClients destinationClients = new SessionDestinationClients(this);
    /** Who the caller is and what IAM lets them do, asked once for the account (every region, every window). */
    private final PermissionAnswers permissionAnswers = new PermissionAnswers();
    /** The clients built or being built, released by {@link #close()}. */
    private final ClientCache clients;
    /** Guards {@link #credentials} and the change of {@link #closed}; never held while a client is built. */
    private final Object lock = new Object();
    private FailureTaggingCredentialsProvider credentials;
    private SharedHttpClient http;
    private final Supplier<ProfileFile> reread;
    private final CredentialHealth health;
    private final CredentialHealthInterceptor healthReports;
    private final SignInRoute signIn;
    private volatile boolean closed;

    /**
     * @param profile     a profile of {@code profileFile}
     * @param profileFile the shared config and credentials files as read when the session was opened
     * @param environment the environment variables (AWS_REGION, AWS_DEFAULT_REGION; AWS_ENDPOINT_URL_EC2 and the
     *                    like for the EC2 client, which is not one of the SDK's)
     */
    public AwsSession(String profile, ProfileFile profileFile, Map<String, String> environment,
                      AwsClientSettings settings) {
        this(profile, profileFile, () -> profileFile, environment, settings);
    }

    /**
     * @param reread reads the shared files again, for credentials renewed outside the app after a credential
     *               failure (a new session token in the credentials file)
     */
    public AwsSession(String profile, ProfileFile profileFile, Supplier<ProfileFile> reread,
                      Map<String, String> environment, AwsClientSettings settings) {
        this(profile, profileFile, reread, environment, settings, SignInRoute.SDK);
    }

    /** @param signIn the account and role taken through the profile's sign-in, and the app's IAM Identity Center */
    public AwsSession(String profile, ProfileFile profileFile, Supplier<ProfileFile> reread,
                      Map<String, String> environment, AwsClientSettings settings, SignInRoute signIn) {
        this(profile, profileFile, reread, environment, settings, signIn,
                shared -> new ServiceClients(profile, profileFile, settings, environment, shared));
    }

    /** @param builders makes the client builders from what the clients share (tests watch the builds with it) */
    AwsSession(String profile, ProfileFile profileFile, Supplier<ProfileFile> reread, Map<String, String> environment,
               AwsClientSettings settings, Function<ServiceClients.Shared, ServiceClients> builders) {
        this(profile, profileFile, reread, environment, settings, SignInRoute.SDK, builders);
    }

    private AwsSession(String profile, ProfileFile profileFile, Supplier<ProfileFile> reread,
                       Map<String, String> environment, AwsClientSettings settings, SignInRoute signIn,
                       Function<ServiceClients.Shared, ServiceClients> builders) {
        this.signIn = Objects.requireNonNull(signIn, "signIn");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.clients = new ClientCache(profile, () -> closed);
        this.profileFile = Objects.requireNonNull(profileFile, "profileFile");
        this.reread = Objects.requireNonNull(reread, "reread");
        this.environment = Map.copyOf(environment);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.health = new CredentialHealth(signIn.role() == null ? "profile " + profile
                : signIn.role().displayName() + " through profile " + profile);
        this.healthReports = new CredentialHealthInterceptor(health, profile,
                new CredentialGenerations(this::credentialsSoFar));
        this.builders = builders.apply(new ServiceClients.Shared(this::credentials, this::http, () -> healthReports));
    }

    @Override
    public Account account() {
        Account own = Account.profile(profile);
        return signIn.role() == null ? own : own.withRole(signIn.role());
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
        return new ChangeJournal(chosen, this::who).over(new KafkaClusterGateway(() -> client(chosen), chosen, profile));
    }

    /**
     * Log groups, buckets, delivery streams, keys and permissions as seen from one region. Builds nothing: each
     * client is built on the first call that needs it, and calls after {@link #close()} fail with
     * {@code CONFIGURATION}.
     */
    @Override
    public DestinationServices destinations(String region) {
        String chosen = chosenRegion(region);
        return new ChangeJournal(chosen, this::who).over(new DestinationServices(
                new AwsDestinationGateway(destinationClients, chosen, profile),
                new AwsKeyGateway(destinationClients, chosen, profile),
                permissionAnswers.over(new AwsPermissionGateway(destinationClients, chosen, profile))));
    }

    /** Delivery health, log viewer, trail files, Athena: on the session's clients ({@link SessionArrivalClients}). */
    @Override
    public io.mskconsole.core.arrival.ArrivalGateway arrival(String region) {
        return SessionArrivalClients.gateway(this, chosenRegion(region), profile);
    }

    @Override
    public io.mskconsole.core.brokerlogs.LogSourceGateway logSources(String region) {
        return SessionArrivalClients.logSources(this, chosenRegion(region), profile);
    }

    @Override
    public io.mskconsole.core.trailbucket.TrailBucketGateway trailBucket(String region) {
        return SessionArrivalClients.trailBucket(this, chosenRegion(region), profile);
    }

    @Override
    public io.mskconsole.core.trailathena.AthenaGateway athena(String region) {
        return SessionArrivalClients.athena(this, chosenRegion(region), profile);
    }

    private String chosenRegion(String region) {
        if (region == null || region.isBlank()) {
            throw new GatewayException(Failure.CONFIGURATION, null,
                    "No region is chosen for profile " + profile + ": pick a region, or set `region` in the profile.");
        }
        return region.strip();
    }

    /**
     * CloudTrail's LookupEvents in one region. Builds nothing: the region's client is built on the first lookup and
     * kept until {@link #close()}; lookups after that fail with {@code CONFIGURATION}.
     */
    @Override
    public TrailGateway trail(String region) {
        String chosen = chosenRegion(region);
        return new AwsTrailGateway(() -> cloudTrail(chosen), chosen, profile);
    }

    /**
     * EC2's VPCs, subnets and security groups in one region. Builds nothing: the region's EC2 query client is built
     * on the first listing and kept until {@link #close()}.
     */
    @Override
    public NetworkGateway network(String region) {
        String chosen = chosenRegion(region);
        return new AwsNetworkGateway(() -> ec2(chosen), chosen, profile);
    }

    /** MSK's creation calls in one region, on the region's MSK client (the one {@link #clusters} uses). */
    @Override
    public CreationGateway clusterCreation(String region) {
        String chosen = chosenRegion(region);
        return new ChangeJournal(chosen, this::who).over(new KafkaCreationGateway(() -> client(chosen), chosen,
                profile));
    }

    /**
     * The region's clusters' brokers over Kafka's Admin client; IAM authentication signs with this profile's
     * credentials through aws-msk-iam-auth (see {@link io.mskconsole.core.levels.ClientAuthSettings.Iam}).
     * Builds nothing until a connection is made.
     */
    @Override
    public BrokerLoggerConnector brokerLoggers(String region) {
        chosenRegion(region);
        return KafkaBrokerLoggerConnector.withDefaults();
    }

    /** What the calls of this profile last said about its credentials. */
    @Override
    public CredentialHealth credentialHealth() {
        return health;
    }

    /** The SDK's region metadata gives the name ("Asia Pacific (Osaka)"); "" for a region it does not know. */
    @Override
    public String regionName(String region) {
        software.amazon.awssdk.regions.RegionMetadata metadata = Region.of(region).metadata();
        return metadata == null || metadata.description() == null ? "" : metadata.description();
    }

    /** Who the changes are made as, for the change journal: the profile, and the caller once it is known. */
    private String who() {
        return "profile " + profile + permissionAnswers.knownCaller().map(c -> " (" + c.arn() + ")").orElse("");
    }

    /** {@code --profile} only for a profile in the shared files that the AWS CLI would not take unasked. */
    @Override
    public CliAccount cliAccount() {
        if (signIn.role() != null) {
            String[] legacy = SsoProfiles.login(profileFile, profile).filter(SsoLogin::legacy)
                    .map(login -> new String[] {login.startUrl(), login.region()}).orElse(null);
            return CliAccount.granted(profile, signIn.role().accountId(), signIn.role().roleName(), legacy);
        }
        return CliAccount.forProfile(profile, profileFile.profile(profile).isPresent(), environment);
    }

    @Override
    public Duration operationPollInterval() {
        return POLL_INTERVAL;
    }

    /** Drops the credentials in hand, then says the account is signed out. */
    @Override
    public void signedOut(String message) {
        FailureTaggingCredentialsProvider provider = credentialsSoFar();
        if (provider != null) {
            provider.renewOnNextUse(provider.nextGeneration());
        }
        Session.super.signedOut(message);
    }

    /** Whether the profile signs in through IAM Identity Center. */
    public boolean isSsoProfile() {
        return signIn.role() != null || profileFile.profile(profile).map(SsoProfiles::isSso).orElse(false);
    }

    /**
     * Closes every client built so far and the credentials provider. A client still being built is closed by the
     * thread building it as soon as it is built (close does not wait for it), and that thread gets a
     * {@link SessionClosedException}. Later calls through a gateway fail with a {@code CONFIGURATION}
     * {@link GatewayException} saying the session was closed. Closing again does nothing.
     */
    @Override
    public void close() {
        FailureTaggingCredentialsProvider provider;
        SharedHttpClient pool;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            provider = credentials;
            credentials = null;
            pool = http;
            http = null;
        }
        clients.releaseAll();
        if (provider != null) {
            provider.close();
        }
        if (pool != null) {
            pool.closeShared();
        }
    }

    /** The region's MSK, CloudTrail, EC2 clients: built on first use; {@link SessionClosedException} after close. */
    KafkaClient client(String region) {
        return client("kafka", KafkaClient.class, Region.of(region), builders::kafka);
    }

    CloudTrailClient cloudTrail(String region) {
        return client("cloudtrail", CloudTrailClient.class, Region.of(region), builders::cloudTrail);
    }

    Ec2QueryClient ec2(String region) {
        return client("ec2", Ec2QueryClient.class, Region.of(region), builders::ec2);
    }

    <C extends SdkAutoCloseable> C client(String service, Class<C> type, Region region, Function<Region, C> build) {
        return clients.client(service, type, region, build);
    }

    /** The number of clients built so far, of every service (not those still being built). */
    int clientCount() {
        return clients.builtCount();
    }

    /** The session's clients as the destination adapters get them. */
    DestinationClients destinationClients() {
        return destinationClients;
    }

    private FailureTaggingCredentialsProvider credentials() {
        synchronized (lock) {
            if (closed) {
                throw new SessionClosedException(profile);
            }
            if (credentials == null) {
                AwsCredentialsProvider override = settings.credentialsOverride();
                // first the files as read when the account was opened, then as they are at each renewal
                AtomicReference<ProfileFile> firstRead = new AtomicReference<>(profileFile);
                Supplier<AwsCredentialsProvider> build = override != null ? () -> override : () -> {
                    ProfileFile file = firstRead.getAndSet(null);
                    return ProfileCredentials.providerFor(profile, file != null ? file : reread.get(), signIn.role(),
                            environment, signIn.identityCenter(), builders::ssoPortal);
                };
                credentials = new FailureTaggingCredentialsProvider(build, profile, isSsoProfile(),
                        override == null, (unavailable, generation) -> healthReports.failed(unavailable, null,
                        generation));
                credentials.onFound(generation -> {
                    if (generation > 1) {
                        // renewed credentials may be another role's: who the caller is is asked again
                        permissionAnswers.forget();
                    }
                    health.credentialsFound();
                });
            }
            return credentials;
        }
    }

    /**
     * The session's one HTTP client, built on first use and closed with the session: every client of every service
     * and region shares its connection pool.
     */
    private SharedHttpClient http() {
        synchronized (lock) {
            if (closed) {
                throw new SessionClosedException(profile);
            }
            if (http == null) {
                http = new SharedHttpClient(settings.httpClient().build());
            }
            return http;
        }
    }

    /** How the clients of each service are built (for the destination clients). */
    ServiceClients builders() {
        return builders;
    }

    /** The credentials provider built so far, or null (before the first call, after close). */
    private FailureTaggingCredentialsProvider credentialsSoFar() {
        synchronized (lock) {
            return credentials;
        }
    }

    private Optional<String> env(String name) {
        return Optional.ofNullable(environment.get(name)).filter(v -> !v.isBlank());
    }
}
