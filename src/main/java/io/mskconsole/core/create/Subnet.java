package io.mskconsole.core.create;

/**
 * A subnet as DescribeSubnets lists it: its VPC, its Availability Zone by name ({@code us-east-1a}, which differs
 * between accounts) and by id ({@code use1-az1}, the same in every account), its CIDR block and its Name tag or null.
 */
public record Subnet(String id, String vpcId, String availabilityZone, String zoneId, String cidrBlock, String name) {
    /** "subnet-0a1b (us-east-1a, use1-az1)". */
    public String label() {
        String zone = zoneId == null ? availabilityZone : availabilityZone + ", " + zoneId;
        return zone == null ? id : id + " (" + zone + ")";
    }
}
