package io.mskconsole.aws.errors;

import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.io.IOException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Failures to get credentials before a call is sent. What the SDK raises for an SSO profile varies with how the
 * profile is written and what the token cache holds; all of it means "sign in again":
 * <ul>
 *   <li>legacy profile ({@code sso_start_url}), cached token expired: {@code software.amazon.awssdk.services.sso.auth
 *       .ExpiredTokenException} "The SSO session associated with this profile has expired or is otherwise invalid.
 *       To refresh this SSO session run aws sso login with the corresponding profile."</li>
 *   <li>legacy profile, no cached token: {@code UncheckedIOException} wrapping {@code NoSuchFileException}</li>
 *   <li>{@code sso_session} profile, no cached token: {@code SdkClientException} "Unable to load SSO token"</li>
 *   <li>{@code sso_session} profile, token expired: the SDK tries a refresh through SSO OIDC (CreateToken); refused,
 *       it ends in {@code SdkClientException} "Token is expired"; offline, in a connection error naming the OIDC
 *       host; a {@code NullPointerException} when the cache lacks the client registration</li>
 * </ul>
 */
final class CredentialFailures {
    private static final String SSO_EXPIRED_CLASS = "software.amazon.awssdk.services.sso.auth.ExpiredTokenException";

    private CredentialFailures() {
    }

    static GatewayException translate(CredentialsUnavailableException failure, AwsCall call) {
        Throwable cause = failure.getCause() == null ? failure : failure.getCause();
        AwsCall withProfile = failure.profile() == null || failure.profile().equals(call.profile()) ? call
                : call.withProfile(failure.profile());
        GatewayException worded = AwsFailures.find(cause, GatewayException.class);
        if (worded != null) {
            // the app's own IAM Identity Center said what is wrong (no sign-in, a renewal refused, a profile with no role)
            if (worded.failure() == Failure.SSO_LOGIN_REQUIRED) {
                return ssoLoginRequired(withProfile, failure, null);
            }
            return new GatewayException(worded.failure(), call.operation(), withProfile.describe() + " failed: "
                    + worded.getMessage(), worded.serviceMessage(), failure);
        }
        if (failure.ssoProfile() || isSsoTokenFailure(cause)) {
            if (cause instanceof IllegalArgumentException) {
                return new GatewayException(Failure.CONFIGURATION, call.operation(),
                        withProfile.describe() + " failed: " + withProfile.profileWords() + " is not set up correctly ("
                                + AwsFailures.withoutFinalStop(AwsFailures.messageOf(cause))
                                + "). Fix it in the AWS config file, e.g. with `aws configure sso --profile "
                                + withProfile.profile() + "`.", null, failure);
            }
            IOException offline = AwsFailures.find(cause, IOException.class);
            return ssoLoginRequired(withProfile, failure, offline);
        }
        AwsServiceException service = AwsFailures.find(cause, AwsServiceException.class);
        if (service != null) {
            return ServiceFailures.translate(service, withProfile);
        }
        return noCredentials(withProfile, failure);
    }

    static GatewayException ssoLoginRequired(AwsCall call, Throwable error, IOException offline) {
        String profile = call.profile() == null ? "PROFILE" : call.profile();
        String state = offline == null ? "has expired or is not valid"
                : "could not be refreshed (" + AwsFailures.describeIo(offline) + ")";
        return new GatewayException(Failure.SSO_LOGIN_REQUIRED, call.operation(),
                call.describe() + " failed: the SSO session of " + call.profileWords() + " " + state
                        + "; press Sign in, or run `msk-console login --profile " + profile + "` or `aws sso login "
                        + "--profile " + profile + "`, then try again.", null, error);
    }

    static GatewayException noCredentials(AwsCall call, Throwable error) {
        Throwable cause = error instanceof CredentialsUnavailableException && error.getCause() != null
                ? error.getCause() : error;
        return new GatewayException(Failure.NO_CREDENTIALS, call.operation(),
                call.describe() + " failed: no AWS credentials found for " + call.profileWords() + " ("
                        + shortReason(cause) + "). Add access keys, an SSO sign-in or a role to the profile in the"
                        + " AWS config files, or choose another profile.", null, error);
    }

    /** Whether the error is the SDK's "SSO session expired" or an unloadable SSO token. */
    static boolean isSsoTokenFailure(Throwable error) {
        for (Throwable t = error; t != null && t != t.getCause(); t = t.getCause()) {
            if (t.getClass().getName().equals(SSO_EXPIRED_CLASS)) {
                return true;
            }
        }
        return AwsFailures.chainMentions(error, "Unable to load SSO token")
                || AwsFailures.chainMentions(error, "SSO session");
    }

    static boolean isMissingCredentials(Throwable error) {
        return AwsFailures.chainMentions(error, "Unable to load credentials")
                || AwsFailures.chainMentions(error, "contained no credentials");
    }

    /**
     * The SDK's reason, cut before the dump of the profile file the SDK appends (which lists property names
     * only, never values, but is long).
     */
    private static String shortReason(Throwable cause) {
        String message = AwsFailures.messageOf(cause);
        String chain = "Unable to load credentials from any of the providers in the chain";
        if (message.startsWith(chain)) {
            return chain;
        }
        int dump = message.indexOf(": ProfileFile(");
        if (dump >= 0) {
            message = message.substring(0, dump);
        }
        int firstLine = message.indexOf('\n');
        if (firstLine >= 0) {
            message = message.substring(0, firstLine);
        }
        return AwsFailures.withoutFinalStop(message);
    }
}
