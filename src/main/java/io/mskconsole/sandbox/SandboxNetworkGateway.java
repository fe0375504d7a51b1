package io.mskconsole.sandbox;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.create.NetworkGateway;
import io.mskconsole.core.create.SecurityGroup;
import io.mskconsole.core.create.Subnet;
import io.mskconsole.core.create.Vpc;
import java.util.List;
import java.util.Objects;

/** The Sandbox region's VPCs, subnets and security groups ({@link SandboxNetwork}), each listing after the call delay. */
final class SandboxNetworkGateway implements NetworkGateway {
    private final String region;
    private final SandboxLatency latency;

    SandboxNetworkGateway(String region, SandboxLatency latency) {
        this.region = Objects.requireNonNull(region, "region");
        this.latency = Objects.requireNonNull(latency, "latency");
    }

    @Override
    public String region() {
        return region;
    }

    @Override
    public List<Vpc> vpcs(Cancellation cancellation) {
        latency.pause("DescribeVpcs");
        return cancellation.isCancelled() ? List.of() : SandboxNetwork.vpcs(region);
    }

    @Override
    public List<Subnet> subnets(String vpcId, Cancellation cancellation) {
        latency.pause("DescribeSubnets");
        if (cancellation.isCancelled()) {
            return List.of();
        }
        return SandboxNetwork.subnets(region).stream().filter(s -> vpcId == null || s.vpcId().equals(vpcId)).toList();
    }

    @Override
    public List<SecurityGroup> securityGroups(String vpcId, Cancellation cancellation) {
        latency.pause("DescribeSecurityGroups");
        if (cancellation.isCancelled()) {
            return List.of();
        }
        return SandboxNetwork.securityGroups(region).stream()
                .filter(g -> vpcId == null || g.vpcId().equals(vpcId)).toList();
    }
}
