package io.mskconsole.aws.account;

import io.mskconsole.aws.errors.AwsCall;
import io.mskconsole.aws.errors.AwsFailures;
import io.mskconsole.core.account.CredentialHealth;
import io.mskconsole.core.errors.Failure;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Tells the session's {@link CredentialHealth} how each call of its clients ended: a call that got through means the
 * credentials work; one that failed for its credentials (expired, not accepted, an ended SSO session, none found)
 * signs the account out and has the next call read the credentials afresh. Failures are classified by the same
 * translation that words them ({@link AwsFailures}), so the two never disagree.
 */
final class CredentialHealthInterceptor implements ExecutionInterceptor {
    private final CredentialHealth health;
    private final String profile;
    private final Runnable renewOnNextUse;

    CredentialHealthInterceptor(CredentialHealth health, String profile, Runnable renewOnNextUse) {
        this.health = health;
        this.profile = profile;
        this.renewOnNextUse = renewOnNextUse;
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        health.working();
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        if (context.exception() instanceof RuntimeException error) {
            failed(error, attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
        }
    }

    /**
     * A call failed, or its credentials could not be resolved before it was sent (which the SDK does not report to
     * interceptors: the session's credentials provider reports it here).
     */
    void failed(RuntimeException error, String operation) {
        Failure failure = AwsFailures.translate(error, AwsCall.of(operation == null ? "A call" : operation, null,
                profile, null)).failure();
        if (CredentialHealth.isCredentialFailure(failure)) {
            renewOnNextUse.run();
            health.failed(failure, profile);
        }
    }
}
