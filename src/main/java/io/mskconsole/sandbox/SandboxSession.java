package io.mskconsole.sandbox;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.Session;
import io.mskconsole.core.clusters.ClusterGateway;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The built-in offline account: sample clusters in four regions, answered from a {@link SandboxWorld}. Every session
 * on the same world sees the same clusters, so a change stays visible across region switches and reopened sessions.
 */
public final class SandboxSession implements Session {
    /** How often the app polls an operation in the Sandbox, as it would against MSK. */
    public static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    public static final String DEFAULT_REGION = SandboxData.US_EAST_1;

    private final SandboxWorld world;
    private final Duration pollInterval;

    public SandboxSession(SandboxWorld world) {
        this(world, POLL_INTERVAL);
    }

    /** A session that tells the app to poll operations at {@code pollInterval} (tests use a short one). */
    public SandboxSession(SandboxWorld world, Duration pollInterval) {
        this.world = Objects.requireNonNull(world, "world");
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
    }

    /** A session on the process-wide world: what the app opens for the Sandbox account. */
    public static SandboxSession open() {
        return new SandboxSession(SandboxWorld.shared());
    }

    public SandboxWorld world() {
        return world;
    }

    /** The destinations that exist in the account, for pickers. */
    public SandboxInventory inventory() {
        return world.inventory();
    }

    @Override
    public Account account() {
        return Account.SANDBOX;
    }

    @Override
    public List<String> regions() {
        return world.regions();
    }

    @Override
    public Optional<String> defaultRegion() {
        return Optional.of(DEFAULT_REGION);
    }

    @Override
    public ClusterGateway clusters(String region) {
        return new SandboxClusterGateway(world, region);
    }

    @Override
    public io.mskconsole.core.destinations.DestinationServices destinations(String region) {
        throw new io.mskconsole.core.errors.GatewayException(io.mskconsole.core.errors.Failure.CONFIGURATION, null,
                "TEMPORARY: destination services are not wired yet.");
    }

    @Override
    public Duration operationPollInterval() {
        return pollInterval;
    }

    @Override
    public void close() {
        // Nothing to release: the world lives on for the next session.
    }
}
