package io.mskconsole.aws.account;

import io.mskconsole.aws.errors.AwsCall;
import io.mskconsole.aws.errors.AwsFailures;
import io.mskconsole.core.account.CredentialHealth;
import io.mskconsole.core.errors.Failure;
import java.io.IOException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Tells the session's {@link CredentialHealth} how each call of its clients ended: a call that got through with the
 * current credentials means they work; one that failed for its credentials (expired, not accepted, an ended SSO
 * session, none found) signs the account out and has the next call read the credentials afresh. Failures are
 * classified by the same translation that words them ({@link AwsFailures}), so the two never disagree.
 *
 * <p>Each call notes the generation of credentials it starts with ({@link FailureTaggingCredentialsProvider}): a late
 * answer to a call made with credentials since replaced says nothing about the new ones. A credential failure that
 * comes from the network (an SSO token that could not be refreshed offline, STS out of reach) or from the clock
 * ({@code RequestExpired}, which the SDK corrects by itself) does not sign the account out.
 */
final class CredentialHealthInterceptor implements ExecutionInterceptor {
    private static final ExecutionAttribute<Integer> GENERATION = new ExecutionAttribute<>("MskConsoleCredentials");

    /** The session's credentials, as the interceptor sees them. */
    interface Generations {
        int nextGeneration();

        boolean isCurrent(int generation);

        void renewOnNextUse(int generation);
    }

    private final CredentialHealth health;
    private final String profile;
    private final Generations credentials;

    CredentialHealthInterceptor(CredentialHealth health, String profile, Generations credentials) {
        this.health = health;
        this.profile = profile;
        this.credentials = credentials;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        attributes.putAttribute(GENERATION, credentials.nextGeneration());
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        Integer started = attributes.getAttribute(GENERATION);
        if (started != null && credentials.isCurrent(started)) {
            health.working();
        }
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        Integer started = attributes.getAttribute(GENERATION);
        if (context.exception() instanceof RuntimeException error && started != null) {
            failed(error, attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME), started);
        }
    }

    /**
     * A call failed, or its credentials could not be resolved before it was sent (which the SDK does not report to
     * interceptors: the session's credentials provider reports it here).
     *
     * @param generation the credentials the call was made with
     */
    void failed(RuntimeException error, String operation, int generation) {
        Failure failure = AwsFailures.translate(error, AwsCall.of(operation == null ? "A call" : operation, null,
                profile, null)).failure();
        if (CredentialHealth.isCredentialFailure(failure) && !cameFromNetworkOrClock(error)
                && credentials.isCurrent(generation)) {
            credentials.renewOnNextUse(generation);
            health.failed(failure, profile);
        }
    }

    private static boolean cameFromNetworkOrClock(RuntimeException error) {
        if (AwsFailures.find(error, IOException.class) != null) {
            return true;
        }
        AwsServiceException service = AwsFailures.find(error, AwsServiceException.class);
        return service != null && service.awsErrorDetails() != null
                && "RequestExpired".equals(service.awsErrorDetails().errorCode());
    }
}
