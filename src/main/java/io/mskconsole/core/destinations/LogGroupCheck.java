package io.mskconsole.core.destinations;

import io.mskconsole.core.delivery.DestinationField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Checks 1 and 7 for CloudWatch Logs: the log group exists in the region, and the region's resource policies leave
 * room for the log-delivery statement.
 */
final class LogGroupCheck {
    static final String POLICIES_ID = "log-resource-policies";
    /** A delivery policy this long is "near" the limit: a few more log group ARNs fill it. */
    static final int NEAR_LIMIT = ResourcePolicyInfo.MAX_DOCUMENT_LENGTH * 9 / 10;

    private LogGroupCheck() {
    }

    static CompletableFuture<List<Finding>> run(CheckRun run) {
        String name = run.logs().cloudWatchLogs().logGroup().strip();
        CompletableFuture<List<Finding>> exists = run.lookup(Keys.logGroup(run.region(), name),
                        () -> run.services.destinations().logGroup(name))
                .thenCombine(run.permissions(), (group, permissions) -> existence(run, name, group, permissions))
                .exceptionally(failure -> List.of(Missing.couldNotCheck(DestinationField.LOG_GROUP, "log group", name,
                        run.region(), failure)));
        CompletableFuture<List<Finding>> headroom = run.lookup(Keys.resourcePolicies(run.region()),
                        () -> run.services.destinations().logResourcePolicies())
                .thenApply(policies -> headroom(run.region(), name, policies))
                .exceptionally(failure -> List.of(new Finding(POLICIES_ID, Severity.COULD_NOT_CHECK,
                        DestinationField.LOG_GROUP, "Could not check the CloudWatch Logs resource policies",
                        "DescribeResourcePolicies in " + run.region() + " failed: " + CheckRun.reason(failure),
                        "Make sure the region has fewer than 10 resource policies, or one named "
                                + ResourcePolicyInfo.LOG_DELIVERY_POLICY + " with room to grow.")));
        return exists.thenCombine(headroom, LogGroupCheck::both);
    }

    private static List<Finding> existence(CheckRun run, String name, Optional<LogGroupInfo> group,
                                           Permissions permissions) {
        if (group.isPresent()) {
            return List.of();
        }
        boolean may = permissions.mayDo(PermissionNeeds.CREATE_LOG_GROUP);
        return List.of(Missing.finding(DestinationField.LOG_GROUP, "Log group", name, run.region(),
                may ? "Create it here, or pick an existing log group."
                        : "You may not create it (logs:CreateLogGroup is denied): ask someone who may, or pick an "
                        + "existing log group.",
                may ? List.of(new FindingAction(FindingAction.Kind.CREATE_LOG_GROUP, "Create log group", name))
                        : List.of(), run.request.clusterArn() == null));
    }

    static List<Finding> headroom(String region, String logGroup, List<ResourcePolicyInfo> policies) {
        Optional<ResourcePolicyInfo> delivery = policies.stream().filter(ResourcePolicyInfo::isLogDeliveryPolicy)
                .findFirst();
        if (delivery.isEmpty() && policies.size() >= ResourcePolicyInfo.MAX_POLICIES) {
            return List.of(new Finding(POLICIES_ID, Severity.WARNING, DestinationField.LOG_GROUP,
                    region + " already has " + policies.size() + " CloudWatch Logs resource policies",
                    "Log delivery to CloudWatch Logs adds its permission to the resource policy "
                            + ResourcePolicyInfo.LOG_DELIVERY_POLICY + ", creating it when it is missing. A region "
                            + "holds at most " + ResourcePolicyInfo.MAX_POLICIES + " resource policies (not "
                            + "adjustable), and none of these is that policy, so delivery cannot be set up.",
                    "Remove or merge a resource policy nobody uses (aws logs describe-resource-policies, then "
                            + "delete-resource-policy), or deliver to Amazon S3 or Firehose instead. Log groups under "
                            + LogGroupInfo.VENDED_LOGS_PREFIX + " keep the policy small once it exists."));
        }
        if (delivery.isPresent() && delivery.get().documentLength() >= NEAR_LIMIT
                && !logGroup.startsWith(LogGroupInfo.VENDED_LOGS_PREFIX)) {
            return List.of(new Finding(POLICIES_ID, Severity.WARNING, DestinationField.LOG_GROUP,
                    ResourcePolicyInfo.LOG_DELIVERY_POLICY + " is near its size limit",
                    "The policy is " + delivery.get().documentLength() + " of " + ResourcePolicyInfo.MAX_DOCUMENT_LENGTH
                            + " characters. Each log group outside " + LogGroupInfo.VENDED_LOGS_PREFIX + " adds its "
                            + "ARN to it, and once it is full new deliveries fail.",
                    "Use a log group whose name starts with " + LogGroupInfo.VENDED_LOGS_PREFIX + " (for example "
                            + LogGroupInfo.VENDED_LOGS_PREFIX + "msk/<cluster>): the policy covers all of them with "
                            + "one wildcard."));
        }
        return List.of();
    }

    private static List<Finding> both(List<Finding> a, List<Finding> b) {
        List<Finding> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
