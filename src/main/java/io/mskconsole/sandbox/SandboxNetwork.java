package io.mskconsole.sandbox;

import io.mskconsole.core.create.KafkaVersion;
import io.mskconsole.core.create.SecurityGroup;
import io.mskconsole.core.create.Subnet;
import io.mskconsole.core.create.Vpc;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The Sandbox's network and Kafka versions, the same layout in every region with sample data (the Sandbox account's
 * and the fleets' of its sample sign-in): two VPCs, the default one (172.31.0.0/16) and {@code msk-network}
 * (10.20.0.0/16), each with a subnet in each of three zones
 * ({@code REGIONa} to {@code REGIONc}, zone ids like {@code use1-az1}); security groups {@code default} in both and
 * {@code msk-brokers} and {@code msk-clients} in msk-network. Ids are made from the region and names, so they are the
 * same in every run and differ between regions.
 */
public final class SandboxNetwork {
    public static final String DEFAULT_VPC = "default";
    public static final String MSK_VPC = "msk-network";
    public static final String BROKERS_GROUP = "msk-brokers";
    public static final List<String> ZONES = List.of("a", "b", "c");
    private static final Map<String, String> ZONE_ID_PREFIXES = Map.ofEntries(
            Map.entry(SandboxData.US_EAST_1, "use1-az"), Map.entry("us-east-2", "use2-az"),
            Map.entry("us-west-2", "usw2-az"), Map.entry("ca-central-1", "cac1-az"),
            Map.entry(SandboxData.EU_WEST_1, "euw1-az"), Map.entry("eu-central-1", "euc1-az"),
            Map.entry("eu-north-1", "eun1-az"), Map.entry("ap-south-1", "aps1-az"),
            Map.entry("ap-southeast-1", "apse1-az"), Map.entry(SandboxData.SYDNEY, "apse2-az"),
            Map.entry("ap-northeast-1", "apne1-az"), Map.entry(SandboxData.OSAKA, "apne3-az"),
            Map.entry("sa-east-1", "sae1-az"));
    /** What ListKafkaVersions gives in every Sandbox region, in the service's (oldest first) order. */
    static final List<KafkaVersion> KAFKA_VERSIONS = List.of(
            new KafkaVersion("2.8.1", KafkaVersion.DEPRECATED), new KafkaVersion("3.5.1", KafkaVersion.ACTIVE),
            new KafkaVersion("3.6.0", KafkaVersion.ACTIVE), new KafkaVersion("3.7.x", KafkaVersion.ACTIVE),
            new KafkaVersion("3.8.x", KafkaVersion.ACTIVE), new KafkaVersion("3.9.x", KafkaVersion.ACTIVE),
            new KafkaVersion("4.0.x", KafkaVersion.ACTIVE));

    private SandboxNetwork() {
    }

    /** The VPCs of a region with sample data (the Sandbox account's or a fleet's); none elsewhere. */
    public static List<Vpc> vpcs(String region) {
        if (!SandboxData.REGIONS.contains(region) && !SandboxFleetData.REGION_NAMES.containsKey(region)) {
            return List.of();
        }
        return List.of(new Vpc(vpcId(region, DEFAULT_VPC), null, "172.31.0.0/16", true),
                new Vpc(vpcId(region, MSK_VPC), MSK_VPC, "10.20.0.0/16", false));
    }

    /** The subnets of every VPC of the region, default VPC first, zone by zone. */
    public static List<Subnet> subnets(String region) {
        List<Subnet> subnets = new ArrayList<>();
        for (Vpc vpc : vpcs(region)) {
            for (int i = 0; i < ZONES.size(); i++) {
                String zone = ZONES.get(i);
                boolean isDefault = vpc.isDefault();
                String cidr = isDefault ? "172.31." + (i * 16) + ".0/20" : "10.20." + (i + 1) + ".0/24";
                subnets.add(new Subnet(id("subnet", region, vpc.id() + zone), vpc.id(), region + zone,
                        ZONE_ID_PREFIXES.getOrDefault(region, "az") + (i + 1), cidr,
                        isDefault ? null : "msk-private-" + zone));
            }
        }
        return List.copyOf(subnets);
    }

    public static List<SecurityGroup> securityGroups(String region) {
        List<SecurityGroup> groups = new ArrayList<>();
        for (Vpc vpc : vpcs(region)) {
            groups.add(group(region, vpc, "default", "default VPC security group"));
            if (!vpc.isDefault()) {
                groups.add(group(region, vpc, BROKERS_GROUP, "Kafka brokers: 9092-9098 from msk-clients"));
                groups.add(group(region, vpc, "msk-clients", "Producers and consumers"));
            }
        }
        return List.copyOf(groups);
    }

    /** The subnets of msk-network, one per zone. */
    static List<Subnet> mskSubnets(String region) {
        String vpc = vpcId(region, MSK_VPC);
        return subnets(region).stream().filter(s -> s.vpcId().equals(vpc)).toList();
    }

    static String brokersGroupId(String region) {
        return id("sg", region, vpcId(region, MSK_VPC) + BROKERS_GROUP);
    }

    static String vpcId(String region, String name) {
        return id("vpc", region, name);
    }

    private static SecurityGroup group(String region, Vpc vpc, String name, String description) {
        return new SecurityGroup(id("sg", region, vpc.id() + name), name, description, vpc.id());
    }

    /** "subnet-0" and 16 hex digits, from the region and the name. */
    private static String id(String kind, String region, String name) {
        String hex = UUID.nameUUIDFromBytes((kind + " " + region + " " + name).getBytes(StandardCharsets.UTF_8))
                .toString().replace("-", "");
        return kind + "-0" + hex.substring(0, 16);
    }
}
