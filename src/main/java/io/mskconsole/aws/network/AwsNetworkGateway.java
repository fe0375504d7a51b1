package io.mskconsole.aws.network;

import io.mskconsole.aws.errors.AwsCall;
import io.mskconsole.aws.errors.AwsFailures;
import io.mskconsole.aws.errors.AwsService;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.create.NetworkGateway;
import io.mskconsole.core.create.SecurityGroup;
import io.mskconsole.core.create.Subnet;
import io.mskconsole.core.create.Vpc;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * {@link NetworkGateway} over the AWS SDK's EC2 client for one region: DescribeVpcs, DescribeSubnets and
 * DescribeSecurityGroups, 100 a page, every page (the cancellation is checked before each). A VPC's subnets and
 * groups are asked for with the {@code vpc-id} filter. Failures come out as
 * {@link io.mskconsole.core.errors.GatewayException} worded by {@link AwsFailures}; a client that cannot be had is
 * {@code CONFIGURATION}.
 */
public final class AwsNetworkGateway implements NetworkGateway {
    /** Results per page (EC2 takes 5 to 1,000). */
    static final int PAGE_SIZE = 100;

    private final Supplier<Ec2Client> client;
    private final String region;
    private final String profile;

    /**
     * @param client  the EC2 client of {@code region}, called on each use (it may be built lazily, and may throw)
     * @param region  the client's region, for messages
     * @param profile the profile the client signs with, for messages; null when credentials were given directly
     */
    public AwsNetworkGateway(Supplier<Ec2Client> client, String region, String profile) {
        this.client = Objects.requireNonNull(client, "client");
        this.region = Objects.requireNonNull(region, "region");
        this.profile = profile;
    }

    @Override
    public String region() {
        return region;
    }

    @Override
    public List<Vpc> vpcs(Cancellation cancellation) {
        return call("DescribeVpcs", null, ec2 -> collect(ec2.describeVpcsPaginator(r -> r.maxResults(PAGE_SIZE))
                .iterator(), page -> page.vpcs().stream().map(v -> new Vpc(v.vpcId(), name(v.tags()),
                v.cidrBlock(), Boolean.TRUE.equals(v.isDefault()))).toList(), cancellation));
    }

    @Override
    public List<Subnet> subnets(String vpcId, Cancellation cancellation) {
        return call("DescribeSubnets", vpcId, ec2 -> collect(ec2.describeSubnetsPaginator(r -> {
            r.maxResults(PAGE_SIZE);
            if (vpcId != null) {
                r.filters(vpcFilter(vpcId));
            }
        }).iterator(), page -> page.subnets().stream().map(s -> new Subnet(s.subnetId(), s.vpcId(),
                s.availabilityZone(), s.availabilityZoneId(), s.cidrBlock(), name(s.tags()))).toList(), cancellation));
    }

    @Override
    public List<SecurityGroup> securityGroups(String vpcId, Cancellation cancellation) {
        return call("DescribeSecurityGroups", vpcId, ec2 -> collect(ec2.describeSecurityGroupsPaginator(r -> {
            r.maxResults(PAGE_SIZE);
            if (vpcId != null) {
                r.filters(vpcFilter(vpcId));
            }
        }).iterator(), page -> page.securityGroups().stream().map(g -> new SecurityGroup(g.groupId(), g.groupName(),
                g.description(), g.vpcId())).toList(), cancellation));
    }

    private static Filter vpcFilter(String vpcId) {
        return Filter.builder().name("vpc-id").values(vpcId).build();
    }

    /** Every page's items; nothing once cancelled, as the port asks. */
    private static <P, T> List<T> collect(Iterator<P> pages, Function<P, List<T>> items, Cancellation cancellation) {
        List<T> all = new ArrayList<>();
        while (true) {
            if (cancellation.isCancelled()) {
                return List.of();
            }
            if (!pages.hasNext()) {
                return List.copyOf(all);
            }
            all.addAll(items.apply(pages.next()));
        }
    }

    private static String name(List<Tag> tags) {
        return tags == null ? null : tags.stream().filter(t -> "Name".equals(t.key())).map(Tag::value)
                .filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
    }

    private <T> T call(String operation, String vpcId, Function<Ec2Client, T> action) {
        AwsCall where = AwsCall.of(AwsService.EC2, operation, region, profile, null);
        if (vpcId != null) {
            where = where.forResource("VPC", vpcId);
        }
        Ec2Client ec2;
        try {
            ec2 = client.get();
        } catch (RuntimeException unavailable) {
            throw AwsFailures.clientUnavailable(unavailable, where);
        }
        try {
            return action.apply(ec2);
        } catch (RuntimeException e) {
            throw AwsFailures.translate(e, where.withHost(host(ec2)));
        }
    }

    private String host(Ec2Client ec2) {
        try {
            URI endpoint = ec2.serviceClientConfiguration().endpointOverride().orElse(null);
            if (endpoint != null) {
                return endpoint.getPort() < 0 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort();
            }
        } catch (RuntimeException noConfiguration) {
            // fall back to the usual host name
        }
        return "ec2." + region + ".amazonaws.com";
    }
}
