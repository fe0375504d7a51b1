package io.mskconsole.core.create;

/** A VPC of the region as DescribeVpcs lists it; {@code name} is its Name tag, or null. */
public record Vpc(String id, String name, String cidrBlock, boolean isDefault) {
    /** "vpc-0a1b (msk-prod, 10.20.0.0/16)" or "vpc-0a1b (default, 172.31.0.0/16)". */
    public String label() {
        String tag = name != null ? name : isDefault ? "default" : null;
        String detail = tag == null ? cidrBlock : cidrBlock == null ? tag : tag + ", " + cidrBlock;
        return detail == null ? id : id + " (" + detail + ")";
    }
}
