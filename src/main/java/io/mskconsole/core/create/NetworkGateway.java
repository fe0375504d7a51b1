package io.mskconsole.core.create;

import io.mskconsole.core.concurrent.Cancellation;
import java.util.List;

/**
 * The network of one account and region, for picking where a new cluster's brokers go: EC2 DescribeVpcs,
 * DescribeSubnets and DescribeSecurityGroups, every page. Each method stops early, returning nothing, once cancelled,
 * and may throw {@link io.mskconsole.core.errors.GatewayException}. Implemented over the AWS SDK and by the Sandbox.
 */
public interface NetworkGateway {
    String region();

    /** Every VPC of the region. */
    List<Vpc> vpcs(Cancellation cancellation);

    /** The subnets of one VPC, or of every VPC when {@code vpcId} is null. */
    List<Subnet> subnets(String vpcId, Cancellation cancellation);

    /** The security groups of one VPC, or of every VPC when {@code vpcId} is null. */
    List<SecurityGroup> securityGroups(String vpcId, Cancellation cancellation);
}
