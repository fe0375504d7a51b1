package io.mskconsole.sandbox;

import io.mskconsole.core.destinations.KeyGateway;
import io.mskconsole.core.destinations.KeyInfo;
import java.util.Objects;

/**
 * The KMS keys of the Sandbox account, seen from one region: a key id or alias name is looked up there, an ARN in
 * its own region. Key policies are stored in the world, so a policy put here is what the next check reads.
 */
final class SandboxKeyGateway implements KeyGateway {
    private final SandboxWorld world;
    private final String region;
    private final SandboxLatency latency;

    SandboxKeyGateway(SandboxWorld world, String region, SandboxLatency latency) {
        this.world = Objects.requireNonNull(world, "world");
        this.region = Objects.requireNonNull(region, "region");
        this.latency = Objects.requireNonNull(latency, "latency");
    }

    @Override
    public KeyInfo describeKey(String keyId) {
        latency.pause("DescribeKey");
        return world.describeKey(region, keyId);
    }

    @Override
    public String keyPolicy(String keyArn) {
        latency.pause("GetKeyPolicy");
        return world.keyPolicy(region, keyArn);
    }

    @Override
    public void putKeyPolicy(String keyArn, String policyJson) {
        latency.pause("PutKeyPolicy");
        world.putKeyPolicy(region, keyArn, policyJson);
    }
}
