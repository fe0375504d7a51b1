package io.mskconsole.core.destinations;

import java.util.List;
import java.util.Map;

/**
 * Who the caller is and what IAM lets them do. Implemented over STS and IAM, and by the Sandbox. May throw
 * {@link io.mskconsole.core.errors.GatewayException} (simulation needs iam:SimulatePrincipalPolicy itself).
 */
public interface PermissionGateway {
    /** GetCallerIdentity; for an assumed role, the role is resolved (GetRole) to its ARN with path. */
    Caller caller();

    /**
     * SimulatePrincipalPolicy of the actions on one resource ("*" for actions without a resource).
     *
     * @param context condition keys and their values, e.g. iam:AWSServiceName
     * @return the decision for each action
     */
    Map<String, Decision> simulate(String principalArn, List<String> actions, String resourceArn,
                                   Map<String, String> context);

    /** Forgets answers kept from earlier questions, where they are kept ({@link PermissionAnswers}). */
    default void forgetAnswers() {
    }
}
