package io.mskconsole.core.create;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the brokers go: two or three client subnets (three for Express brokers), in distinct zones of one VPC, and
 * security groups of that VPC. What needs the region's listings (that a subnet exists, its zone and VPC) is checked
 * only when {@link RegionFacts} has them.
 */
final class NetworkRules {
    private static final Pattern SUBNET_ID = Pattern.compile("subnet-[0-9a-f]{8,17}");
    private static final Pattern GROUP_ID = Pattern.compile("sg-[0-9a-f]{8,17}");

    private NetworkRules() {
    }

    static List<DraftProblem> check(ClusterDraft draft, RegionFacts facts) {
        List<DraftProblem> problems = new ArrayList<>();
        String vpc = subnets(draft, facts, problems);
        securityGroups(draft.brokers().securityGroups(), vpc, facts, problems);
        return problems;
    }

    /** Checks the subnets; returns their common VPC when known. */
    private static String subnets(ClusterDraft draft, RegionFacts facts, List<DraftProblem> problems) {
        List<String> subnets = draft.brokers().clientSubnets();
        boolean express = draft.isExpress();
        if (subnets.isEmpty()) {
            problems.add(problem(DraftField.CLIENT_SUBNETS, express ? "Required: three subnets in three zones."
                    : "Required: two or three subnets, each in its own zone."));
            return null;
        }
        Set<String> seen = new HashSet<>();
        for (String id : subnets) {
            if (!seen.add(id)) {
                problems.add(problem(DraftField.CLIENT_SUBNETS, id + " is listed twice."));
            } else if (!SUBNET_ID.matcher(id).matches()) {
                problems.add(problem(DraftField.CLIENT_SUBNETS, "\"" + id + "\" is not a subnet id (subnet-0123abcd...)."));
            }
        }
        if (express && subnets.size() != 3) {
            problems.add(problem(DraftField.CLIENT_SUBNETS, "Express brokers need three subnets in three zones (these "
                    + "are " + subnets.size() + ")."));
        } else if (!express && (subnets.size() < 2 || subnets.size() > 3)) {
            problems.add(problem(DraftField.CLIENT_SUBNETS, "Choose two or three subnets, each in its own zone (these "
                    + "are " + subnets.size() + ")."));
        }
        if (facts.subnets() == null) {
            return null;
        }
        Map<String, List<String>> byZone = new LinkedHashMap<>();
        Set<String> vpcs = new LinkedHashSet<>();
        for (String id : new LinkedHashSet<>(subnets)) {
            Subnet subnet = facts.subnet(id).orElse(null);
            if (subnet == null) {
                if (SUBNET_ID.matcher(id).matches()) {
                    problems.add(problem(DraftField.CLIENT_SUBNETS, "Subnet " + id + " does not exist in "
                            + facts.region() + "."));
                }
                continue;
            }
            vpcs.add(subnet.vpcId());
            byZone.computeIfAbsent(zoneOf(subnet), z -> new ArrayList<>()).add(id);
        }
        if (vpcs.size() > 1) {
            problems.add(problem(DraftField.CLIENT_SUBNETS, "The subnets are in different VPCs (" + String.join(", ", vpcs)
                    + "): choose subnets of one VPC."));
        }
        byZone.forEach((zone, ids) -> {
            if (ids.size() > 1) {
                problems.add(problem(DraftField.CLIENT_SUBNETS, String.join(" and ", ids) + " are both in " + zone
                        + ": each subnet must be in its own zone."));
            }
        });
        return vpcs.size() == 1 ? vpcs.iterator().next() : null;
    }

    private static void securityGroups(List<String> groups, String vpc, RegionFacts facts,
                                       List<DraftProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (String id : groups) {
            if (!seen.add(id)) {
                problems.add(problem(DraftField.SECURITY_GROUPS, id + " is listed twice."));
                continue;
            }
            if (!GROUP_ID.matcher(id).matches()) {
                problems.add(problem(DraftField.SECURITY_GROUPS, "\"" + id
                        + "\" is not a security group id (sg-0123abcd...)."));
                continue;
            }
            if (facts.securityGroups() == null) {
                continue;
            }
            SecurityGroup group = facts.securityGroups().get(id);
            if (group == null) {
                problems.add(problem(DraftField.SECURITY_GROUPS, "Security group " + id + " does not exist in "
                        + facts.region() + "."));
            } else if (vpc != null && group.vpcId() != null && !vpc.equals(group.vpcId())) {
                problems.add(problem(DraftField.SECURITY_GROUPS, "Security group " + group.label() + " belongs to "
                        + group.vpcId() + ", not to the subnets' VPC " + vpc + "."));
            }
        }
    }

    /** "us-east-1a (use1-az1)": the zone as the person knows it, with its account-independent id. */
    private static String zoneOf(Subnet subnet) {
        if (subnet.zoneId() == null) {
            return String.valueOf(subnet.availabilityZone());
        }
        return subnet.availabilityZone() == null ? subnet.zoneId()
                : subnet.availabilityZone() + " (" + subnet.zoneId() + ")";
    }

    private static DraftProblem problem(DraftField field, String message) {
        return new DraftProblem(field, message);
    }
}
