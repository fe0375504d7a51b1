package io.mskconsole.sandbox;

import io.mskconsole.core.destinations.Caller;
import io.mskconsole.core.destinations.Decision;
import io.mskconsole.core.destinations.PermissionGateway;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Sandbox caller, a session of role admins/MskAdmin, and a policy simulator that decides by a deny-list: the
 * listed actions are implicitly denied (as when no policy grants them), every other action, known or not, is allowed.
 * Action names are compared without regard to case, as IAM does; the resource and the context keys do not change a
 * decision. Only the caller's role can be simulated.
 */
final class SandboxPermissionGateway implements PermissionGateway {
    static final Caller CALLER =
            new Caller(SandboxData.ACCOUNT_ID, SandboxData.CALLER_ARN, SandboxData.CALLER_PRINCIPAL_ARN);
    private static final String OPERATION = "SimulatePrincipalPolicy";

    private final SandboxLatency latency;
    private final Set<String> denied;
    private final Caller caller;

    /** The Sandbox's own simulator: {@link SandboxData#DENIED_ACTIONS} denied. */
    SandboxPermissionGateway(SandboxLatency latency) {
        this(latency, SandboxData.DENIED_ACTIONS);
    }

    SandboxPermissionGateway(SandboxLatency latency, Set<String> deniedActions) {
        this(latency, deniedActions, CALLER);
    }

    /** @param caller who the caller is: the Sandbox's own, or an account and role of its sample sign-in */
    SandboxPermissionGateway(SandboxLatency latency, Set<String> deniedActions, Caller caller) {
        this.caller = Objects.requireNonNull(caller, "caller");
        this.latency = Objects.requireNonNull(latency, "latency");
        this.denied = deniedActions.stream().map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Caller caller() {
        latency.pause("GetCallerIdentity");
        return caller;
    }

    @Override
    public Map<String, Decision> simulate(String principalArn, List<String> actions, String resourceArn,
                                          Map<String, String> context) {
        latency.pause(OPERATION);
        checkPrincipal(principalArn);
        if (actions == null || actions.isEmpty()) {
            String service = "1 validation error detected: Value null at 'actionNames' failed to satisfy constraint: "
                    + "Member must not be null";
            throw new GatewayException(Failure.BAD_REQUEST, OPERATION, "Name at least one action to simulate.",
                    service, null);
        }
        Map<String, Decision> decisions = new LinkedHashMap<>();
        for (String action : actions) {
            boolean isDenied = action != null && denied.contains(action.toLowerCase(Locale.ROOT));
            decisions.put(action, isDenied ? Decision.IMPLICIT_DENY : Decision.ALLOWED);
        }
        return decisions;
    }

    private void checkPrincipal(String principalArn) {
        if (caller.principalArn().equals(principalArn)) {
            return;
        }
        if (caller.arn().equals(principalArn)) {
            String service = "Invalid ARN: " + principalArn;
            throw new GatewayException(Failure.BAD_REQUEST, OPERATION, "The policy simulator takes the role's ARN ("
                    + caller.principalArn() + "), not the assumed-role session's. (" + service + ")", service, null);
        }
        String service = "The role with name " + roleName(principalArn) + " cannot be found.";
        throw new GatewayException(Failure.NOT_FOUND, OPERATION, "No principal " + principalArn
                + " in the Sandbox account: only " + caller.principalArn() + " can be simulated. (" + service + ")",
                service, null);
    }

    /** The caller of an account and role of the sample sign-in, named as IAM Identity Center names its roles. */
    static Caller granted(String accountId, String roleName) {
        String role = "AWSReservedSSO_" + roleName + "_5e1b2f0a9c3d7e41";
        return new Caller(accountId, "arn:aws:sts::" + accountId + ":assumed-role/" + role + "/sandbox-user",
                "arn:aws:iam::" + accountId + ":role/aws-reserved/sso.amazonaws.com/" + role);
    }

    private static String roleName(String arn) {
        if (arn == null) {
            return "null";
        }
        return arn.substring(arn.lastIndexOf('/') + 1);
    }
}
