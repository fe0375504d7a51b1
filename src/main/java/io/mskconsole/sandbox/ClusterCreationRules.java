package io.mskconsole.sandbox;

import io.mskconsole.core.create.ClusterDraftRules;
import io.mskconsole.core.create.CreateClusterRequest;
import io.mskconsole.core.create.DraftProblem;
import io.mskconsole.core.create.RegionFacts;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.util.Collection;
import java.util.List;

/**
 * What the Sandbox's CreateClusterV2 refuses at once, as MSK would: a name the region already has (409 Conflict), an
 * enabled broker log destination without its name, and any setting the app's own rules refuse, judged against the
 * region's sample network and versions (400, the first problem in the service's place). A destination that does not
 * exist is not refused here: the cluster is created and FAILS, as with MSK.
 */
final class ClusterCreationRules {
    static final String OPERATION = "CreateClusterV2";

    private ClusterCreationRules() {
    }

    static void check(String region, CreateClusterRequest request, Collection<ClusterEntry> existing) {
        String name = request.clusterName();
        boolean taken = existing.stream().anyMatch(c -> c.region().equals(region) && c.name.equals(name));
        if (taken) {
            String service = "A cluster with the name " + name + " already exists in this Region.";
            throw new GatewayException(Failure.CONFLICT, OPERATION, "CreateClusterV2 of cluster " + name + " in "
                    + region + " failed: conflict (" + service + " Choose another name.)", service, null);
        }
        MonitoringUpdateRules.missingName(request.draft().logging()).ifPresent(service -> {
            throw new GatewayException(Failure.BAD_REQUEST, OPERATION, service, service, null);
        });
        RegionFacts facts = RegionFacts.of(region, SandboxNetwork.subnets(region), SandboxNetwork.securityGroups(region),
                SandboxNetwork.KAFKA_VERSIONS);
        List<DraftProblem> problems = ClusterDraftRules.check(request.draft(), facts);
        if (!problems.isEmpty()) {
            DraftProblem first = problems.get(0);
            throw new GatewayException(Failure.BAD_REQUEST, OPERATION, "CreateClusterV2 of cluster " + name + " in "
                    + region + " was refused by MSK: " + first.message() + " (parameter: " + first.path() + ")",
                    first.message(), null);
        }
    }
}
