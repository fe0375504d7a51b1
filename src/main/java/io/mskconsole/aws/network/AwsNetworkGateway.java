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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.w3c.dom.Element;

/**
 * {@link NetworkGateway} over EC2's query protocol ({@link Ec2QueryClient}) for one region: DescribeVpcs,
 * DescribeSubnets and DescribeSecurityGroups, 100 a page, every page (the cancellation is checked before each). A
 * VPC's subnets and groups are asked for with the {@code vpc-id} filter. Failures come out as
 * {@link io.mskconsole.core.errors.GatewayException} worded by {@link AwsFailures}; a client that cannot be had is
 * {@code CONFIGURATION}.
 */
public final class AwsNetworkGateway implements NetworkGateway {
    /** Results per page (EC2 takes 5 to 1,000). */
    static final int PAGE_SIZE = 100;

    private final Supplier<Ec2QueryClient> client;
    private final String region;
    private final String profile;

    /**
     * @param client  the EC2 client of {@code region}, called on each use (it may be built lazily, and may throw)
     * @param region  the client's region, for messages
     * @param profile the profile the client signs with, for messages; null when credentials were given directly
     */
    public AwsNetworkGateway(Supplier<Ec2QueryClient> client, String region, String profile) {
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
        return list("DescribeVpcs", null, "vpcSet", v -> new Vpc(Ec2Xml.text(v, "vpcId"), name(v),
                Ec2Xml.text(v, "cidrBlock"), "true".equals(Ec2Xml.text(v, "isDefault"))), cancellation);
    }

    @Override
    public List<Subnet> subnets(String vpcId, Cancellation cancellation) {
        return list("DescribeSubnets", vpcId, "subnetSet", s -> new Subnet(Ec2Xml.text(s, "subnetId"),
                Ec2Xml.text(s, "vpcId"), Ec2Xml.text(s, "availabilityZone"), Ec2Xml.text(s, "availabilityZoneId"),
                Ec2Xml.text(s, "cidrBlock"), name(s)), cancellation);
    }

    @Override
    public List<SecurityGroup> securityGroups(String vpcId, Cancellation cancellation) {
        return list("DescribeSecurityGroups", vpcId, "securityGroupInfo", g -> new SecurityGroup(
                Ec2Xml.text(g, "groupId"), Ec2Xml.text(g, "groupName"), Ec2Xml.text(g, "groupDescription"),
                Ec2Xml.text(g, "vpcId")), cancellation);
    }

    /** Every page's items of {@code <listName><item>...}; nothing once cancelled, as the port asks. */
    private <T> List<T> list(String action, String vpcId, String listName, Function<Element, T> item,
                             Cancellation cancellation) {
        AwsCall where = AwsCall.of(AwsService.EC2, action, region, profile, null);
        if (vpcId != null) {
            where = where.forResource("VPC", vpcId);
        }
        Ec2QueryClient ec2;
        try {
            ec2 = client.get();
        } catch (RuntimeException unavailable) {
            throw AwsFailures.clientUnavailable(unavailable, where);
        }
        try {
            List<T> all = new ArrayList<>();
            String nextToken = null;
            do {
                if (cancellation.isCancelled()) {
                    return List.of();
                }
                Element page = ec2.call(action, parameters(nextToken, vpcId));
                for (Element element : Ec2Xml.items(page, listName)) {
                    all.add(item.apply(element));
                }
                nextToken = Ec2Xml.text(page, "nextToken");
            } while (nextToken != null && !nextToken.isEmpty());
            return cancellation.isCancelled() ? List.of() : List.copyOf(all);
        } catch (RuntimeException e) {
            throw AwsFailures.translate(e, where.withHost(host(ec2.endpoint())));
        }
    }

    /** MaxResults, then NextToken after the first page, then the {@code vpc-id} filter when a VPC is named. */
    private static Map<String, String> parameters(String nextToken, String vpcId) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("MaxResults", Integer.toString(PAGE_SIZE));
        if (nextToken != null) {
            parameters.put("NextToken", nextToken);
        }
        if (vpcId != null) {
            parameters.put("Filter.1.Name", "vpc-id");
            parameters.put("Filter.1.Value.1", vpcId);
        }
        return parameters;
    }

    /** The value of the {@code Name} tag in {@code <tagSet><item><key/><value/>}, or null when there is none. */
    private static String name(Element resource) {
        for (Element tag : Ec2Xml.items(resource, "tagSet")) {
            String value = Ec2Xml.text(tag, "value");
            if ("Name".equals(Ec2Xml.text(tag, "key")) && value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String host(URI endpoint) {
        return endpoint.getPort() < 0 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort();
    }
}
