package io.mskconsole.testing;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.create.NetworkGateway;
import io.mskconsole.core.create.SecurityGroup;
import io.mskconsole.core.create.Subnet;
import io.mskconsole.core.create.Vpc;
import java.util.ArrayList;
import java.util.List;

/**
 * One region's network in memory: {@link #withSample} gives VPC vpc-0aaa00001 (default) and vpc-0bbb00002 with three
 * subnets each (zones a, b, c) and security groups. Records every call; {@link #failure} makes every call throw.
 */
public final class FakeNetwork implements NetworkGateway {
    public static final String VPC = "vpc-0bbb00002";
    public static final String DEFAULT_VPC = "vpc-0aaa00001";
    public static final String SUBNET_A = "subnet-0b00000a1";
    public static final String SUBNET_B = "subnet-0b00000b2";
    public static final String SUBNET_C = "subnet-0b00000c3";
    public static final String DEFAULT_SUBNET_A = "subnet-0a00000a1";
    public static final String GROUP = "sg-0b0000001";
    public static final String DEFAULT_GROUP = "sg-0a0000001";

    private final String region;
    public final List<Vpc> vpcs = new ArrayList<>();
    public final List<Subnet> subnets = new ArrayList<>();
    public final List<SecurityGroup> groups = new ArrayList<>();
    public final List<String> calls = new ArrayList<>();
    public RuntimeException failure;

    public FakeNetwork(String region) {
        this.region = region;
    }

    public static FakeNetwork withSample(String region) {
        FakeNetwork network = new FakeNetwork(region);
        network.vpcs.add(new Vpc(DEFAULT_VPC, null, "172.31.0.0/16", true));
        network.vpcs.add(new Vpc(VPC, "msk", "10.20.0.0/16", false));
        network.subnets.add(new Subnet(DEFAULT_SUBNET_A, DEFAULT_VPC, region + "a", "az1", "172.31.0.0/20", null));
        network.subnets.add(new Subnet(SUBNET_A, VPC, region + "a", "az1", "10.20.1.0/24", "msk-a"));
        network.subnets.add(new Subnet(SUBNET_B, VPC, region + "b", "az2", "10.20.2.0/24", "msk-b"));
        network.subnets.add(new Subnet(SUBNET_C, VPC, region + "c", "az3", "10.20.3.0/24", "msk-c"));
        network.groups.add(new SecurityGroup(DEFAULT_GROUP, "default", "default", DEFAULT_VPC));
        network.groups.add(new SecurityGroup(GROUP, "msk-brokers", "brokers", VPC));
        return network;
    }

    @Override
    public String region() {
        return region;
    }

    @Override
    public List<Vpc> vpcs(Cancellation cancellation) {
        call("vpcs");
        return List.copyOf(vpcs);
    }

    @Override
    public List<Subnet> subnets(String vpcId, Cancellation cancellation) {
        call("subnets " + vpcId);
        return subnets.stream().filter(s -> vpcId == null || s.vpcId().equals(vpcId)).toList();
    }

    @Override
    public List<SecurityGroup> securityGroups(String vpcId, Cancellation cancellation) {
        call("securityGroups " + vpcId);
        return groups.stream().filter(g -> vpcId == null || g.vpcId().equals(vpcId)).toList();
    }

    private void call(String name) {
        calls.add(name);
        if (failure != null) {
            throw failure;
        }
    }
}
