package io.mskconsole.core.create;

/** A security group as DescribeSecurityGroups lists it. */
public record SecurityGroup(String id, String name, String description, String vpcId) {
    /** "sg-0a1b (msk-brokers)". */
    public String label() {
        return name == null ? id : id + " (" + name + ")";
    }
}
