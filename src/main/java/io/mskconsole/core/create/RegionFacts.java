package io.mskconsole.core.create;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is known of the region a cluster is created in, for the rules that need it: its subnets and security groups
 * (EC2) and the Kafka versions MSK offers there. Each is null when it was not looked up: the rules that need it are
 * then skipped, never guessed.
 */
public record RegionFacts(String region, Map<String, Subnet> subnets, Map<String, SecurityGroup> securityGroups,
                          List<KafkaVersion> kafkaVersions) {
    public static final RegionFacts UNKNOWN = new RegionFacts(null, null, null, null);

    public RegionFacts {
        subnets = subnets == null ? null : Map.copyOf(subnets);
        securityGroups = securityGroups == null ? null : Map.copyOf(securityGroups);
        kafkaVersions = kafkaVersions == null ? null : List.copyOf(kafkaVersions);
    }

    /** Facts from listings: every subnet and security group of the region (of every VPC), and the versions. */
    public static RegionFacts of(String region, List<Subnet> subnets, List<SecurityGroup> groups,
                                 List<KafkaVersion> versions) {
        return new RegionFacts(region, subnets == null ? null : byId(subnets, Subnet::id),
                groups == null ? null : byId(groups, SecurityGroup::id), versions);
    }

    public Optional<Subnet> subnet(String id) {
        return subnets == null ? Optional.empty() : Optional.ofNullable(subnets.get(id));
    }

    private static <T> Map<String, T> byId(List<T> items, java.util.function.Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }
}
