package io.mskconsole.aws.destinations;

import io.mskconsole.aws.errors.AwsCall;
import io.mskconsole.aws.errors.AwsService;
import io.mskconsole.core.destinations.Caller;
import io.mskconsole.core.destinations.Decision;
import io.mskconsole.core.destinations.PermissionGateway;
import io.mskconsole.core.errors.GatewayException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.ContextEntry;
import software.amazon.awssdk.services.iam.model.ContextKeyTypeEnum;
import software.amazon.awssdk.services.iam.model.EvaluationResult;
import software.amazon.awssdk.services.iam.model.SimulatePrincipalPolicyResponse;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * {@link PermissionGateway} over STS (regional endpoint of the gateway's region) and IAM (the partition's endpoint).
 * Failures come out as {@link GatewayException}s; a simulation the caller may not run is {@code ACCESS_DENIED}.
 */
public final class AwsPermissionGateway implements PermissionGateway {
    private static final String ASSUMED_ROLE = "assumed-role/";

    private final DestinationClients clients;
    private final String region;
    private final String profile;

    public AwsPermissionGateway(DestinationClients clients, String region, String profile) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.region = Objects.requireNonNull(region, "region");
        this.profile = profile;
    }

    /**
     * GetCallerIdentity. For an assumed role ({@code arn:<p>:sts::<acct>:assumed-role/<name>/<session>}) the
     * principal is the role's ARN with its path, from GetRole; when GetRole fails (the caller may not read roles),
     * {@code arn:<p>:iam::<acct>:role/<name>}, right for roles without a path. Any other ARN is its own principal.
     */
    @Override
    public Caller caller() {
        GetCallerIdentityResponse identity = sts("GetCallerIdentity", sts -> sts.getCallerIdentity(r -> { }));
        String arn = identity.arn();
        String account = identity.account();
        String roleName = assumedRoleName(arn);
        if (roleName == null) {
            return new Caller(account, arn, arn);
        }
        String fallback = "arn:" + partitionOf(arn) + ":iam::" + account + ":role/" + roleName;
        try {
            String roleArn = iam("GetRole", "role", roleName, iam -> iam.getRole(r -> r.roleName(roleName)).role().arn());
            return new Caller(account, arn, roleArn == null ? fallback : roleArn);
        } catch (GatewayException cannotReadRole) {
            return new Caller(account, arn, fallback);
        }
    }

    /** SimulatePrincipalPolicy, every page; an action evaluated more than once keeps its strictest decision. */
    @Override
    public Map<String, Decision> simulate(String principalArn, List<String> actions, String resourceArn,
                                          Map<String, String> context) {
        List<ContextEntry> entries = new ArrayList<>();
        if (context != null) {
            context.forEach((key, value) -> entries.add(ContextEntry.builder().contextKeyName(key)
                    .contextKeyValues(value).contextKeyType(ContextKeyTypeEnum.STRING).build()));
        }
        return iam("SimulatePrincipalPolicy", "principal", principalArn, iam -> {
            Map<String, Decision> decisions = new LinkedHashMap<>();
            String marker = null;
            do {
                String current = marker;
                SimulatePrincipalPolicyResponse page = iam.simulatePrincipalPolicy(r -> {
                    r.policySourceArn(principalArn).actionNames(actions).marker(current);
                    if (resourceArn != null) {
                        r.resourceArns(resourceArn);
                    }
                    if (!entries.isEmpty()) {
                        r.contextEntries(entries);
                    }
                });
                for (EvaluationResult result : page.evaluationResults()) {
                    decisions.merge(result.evalActionName(), Decision.fromApi(result.evalDecisionAsString()),
                            AwsPermissionGateway::stricter);
                }
                marker = Boolean.TRUE.equals(page.isTruncated()) ? page.marker() : null;
            } while (marker != null && !marker.isEmpty());
            return decisions;
        });
    }

    /** The role name of an assumed-role ARN, or null for any other ARN. */
    static String assumedRoleName(String arn) {
        String[] parts = arn == null ? new String[0] : arn.split(":", 6);
        if (parts.length < 6 || !"sts".equals(parts[2]) || !parts[5].startsWith(ASSUMED_ROLE)) {
            return null;
        }
        String rest = parts[5].substring(ASSUMED_ROLE.length());
        int slash = rest.indexOf('/');
        String name = slash < 0 ? rest : rest.substring(0, slash);
        return name.isEmpty() ? null : name;
    }

    private static String partitionOf(String arn) {
        String[] parts = arn.split(":", 3);
        return parts.length > 1 && !parts[1].isEmpty() ? parts[1] : "aws";
    }

    /** Decision's constants run from the least strict (ALLOWED) to the strictest (EXPLICIT_DENY). */
    private static Decision stricter(Decision a, Decision b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    private <T> T sts(String operation, Function<StsClient, T> action) {
        return SdkCalls.call(AwsCall.of(AwsService.STS, operation, region, profile, null),
                () -> clients.sts(region), action);
    }

    private <T> T iam(String operation, String kind, String resource, Function<IamClient, T> action) {
        AwsCall where = AwsCall.of(AwsService.IAM, operation, region, profile, null).forResource(kind, resource);
        return SdkCalls.call(where, () -> clients.iam(region), action);
    }
}
