package io.mskconsole.core.create;

import java.util.List;

/**
 * The brokers of a new provisioned cluster: their instance type, how many in all, the client subnets they are spread
 * over (one zone each), the security groups of their network interfaces, and the EBS storage of each broker in GiB
 * (null for Express brokers, whose storage MSK manages).
 */
public record BrokerNodes(String instanceType, int count, List<String> clientSubnets, List<String> securityGroups,
                          Integer volumeSizeGiB) {

    public BrokerNodes {
        instanceType = instanceType == null ? "" : instanceType;
        clientSubnets = clientSubnets == null ? List.of() : List.copyOf(clientSubnets);
        securityGroups = securityGroups == null ? List.of() : List.copyOf(securityGroups);
    }

    /** How many zones the brokers are spread over: one per client subnet. */
    public int zones() {
        return clientSubnets.size();
    }

    /** Brokers in each zone when the count divides evenly, else 0. */
    public int perZone() {
        return zones() == 0 || count % zones() != 0 ? 0 : count / zones();
    }

    public BrokerNodes withInstanceType(String value) {
        return new BrokerNodes(value, count, clientSubnets, securityGroups, volumeSizeGiB);
    }

    public BrokerNodes withCount(int value) {
        return new BrokerNodes(instanceType, value, clientSubnets, securityGroups, volumeSizeGiB);
    }

    public BrokerNodes withClientSubnets(List<String> value) {
        return new BrokerNodes(instanceType, count, value, securityGroups, volumeSizeGiB);
    }

    public BrokerNodes withSecurityGroups(List<String> value) {
        return new BrokerNodes(instanceType, count, clientSubnets, value, volumeSizeGiB);
    }

    public BrokerNodes withVolumeSizeGiB(Integer value) {
        return new BrokerNodes(instanceType, count, clientSubnets, securityGroups, value);
    }
}
