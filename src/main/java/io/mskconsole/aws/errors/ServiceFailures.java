package io.mskconsole.aws.errors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.util.Locale;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Errors the service answered: the error code (from {@code x-amzn-ErrorType}), the HTTP status and the service's
 * message decide the {@link Failure}. A stale {@code currentVersion} is known by MSK's message alone ("The version
 * of the cluster isn't current"), checked before anything else for any status below 500.
 */
final class ServiceFailures {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> EXPIRED_CODES =
            Set.of("ExpiredToken", "ExpiredTokenException", "RequestExpired", "TokenRefreshRequired");
    private static final Set<String> REJECTED_CODES = Set.of("UnrecognizedClientException", "InvalidClientTokenId",
            "InvalidSignatureException", "SignatureDoesNotMatch", "IncompleteSignature");
    private static final Set<String> THROTTLING_CODES =
            Set.of("TooManyRequestsException", "ThrottlingException", "Throttling", "ThrottledException");
    /** KMS, Firehose and CloudWatch Logs answer "not found" with HTTP 400. */
    private static final Set<String> NOT_FOUND_CODES = Set.of("NotFoundException", "ResourceNotFoundException");
    /** EC2 says UnauthorizedOperation (HTTP 403) and AuthFailure (HTTP 401). */
    private static final Set<String> DENIED_CODES =
            Set.of("ForbiddenException", "UnauthorizedException", "UnauthorizedOperation", "AuthFailure");

    private ServiceFailures() {
    }

    static GatewayException translate(AwsServiceException error, AwsCall call) {
        AwsErrorDetails details = error.awsErrorDetails();
        String code = details == null || details.errorCode() == null ? "" : details.errorCode();
        String serviceMessage = details != null && details.errorMessage() != null ? details.errorMessage()
                : AwsFailures.messageOf(error);
        String said = AwsFailures.withoutFinalStop(serviceMessage);
        int status = error.statusCode();
        String where = call.describe();
        Failure failure;
        String message;
        if (call.service() == AwsService.MSK && status < 500 && isStaleVersion(serviceMessage)) {
            // The message decides, whatever the status: MSK documents 400, but a 409 or 404 carrying it is stale too.
            failure = Failure.STALE_VERSION;
            message = where + " failed: the cluster changed since it was read (" + said
                    + "). Read the cluster again and apply again.";
        } else if (EXPIRED_CODES.contains(code) || (isClientError(status) && mentionsExpiredToken(serviceMessage))) {
            failure = Failure.EXPIRED_CREDENTIALS;
            message = where + " failed: the credentials of " + call.profileWords() + " have expired (" + said
                    + "). Refresh them (sign in again or get a new session token) and try again.";
        } else if (REJECTED_CODES.contains(code)) {
            failure = Failure.EXPIRED_CREDENTIALS;
            message = where + " failed: AWS did not accept the credentials of " + call.profileWords() + " (" + said
                    + "). Check the access key, or refresh the credentials, and try again.";
        } else if (error.isThrottlingException() || THROTTLING_CODES.contains(code) || status == 429) {
            failure = Failure.THROTTLED;
            message = where + " was throttled by " + call.serviceName() + " (" + said + "). Wait a moment and try again.";
        } else if (status == 401 || status == 403 || DENIED_CODES.contains(code) || code.startsWith("AccessDenied")) {
            failure = Failure.ACCESS_DENIED;
            message = where + " failed: access denied (" + said + "). The identity of " + call.profileWords()
                    + " needs permission for " + call.iamAction() + " on this resource.";
        } else if (status >= 500) {
            failure = Failure.SERVICE_UNAVAILABLE;
            message = where + " failed: " + call.serviceName() + " answered HTTP " + status + " (" + said
                    + "). The problem is on AWS's side; try again in a few minutes.";
        } else if (status == 404 || NOT_FOUND_CODES.contains(code)) {
            failure = Failure.NOT_FOUND;
            message = where + " failed: not found (" + said
                    + "). It may have been deleted, or be in another region or account.";
        } else if (status == 409 || code.equals("ConflictException")) {
            failure = Failure.CONFLICT;
            message = where + " failed: conflict (" + said
                    + "). Another change may be in progress; wait for it to finish and try again.";
        } else if (isClientError(status)) {
            failure = Failure.BAD_REQUEST;
            String parameter = invalidParameter(details);
            message = where + " was refused by " + call.serviceName() + ": " + serviceMessage.strip()
                    + (parameter == null ? "" : " (parameter: " + parameter + ")");
        } else {
            failure = Failure.UNKNOWN;
            message = where + " failed: " + (code.isEmpty() ? "" : code + ": ") + said + ".";
        }
        return new GatewayException(failure, call.operation(), message, serviceMessage, error);
    }

    static boolean isStaleVersion(String serviceMessage) {
        String text = serviceMessage.toLowerCase(Locale.ROOT);
        return text.contains("version of the cluster isn't current") || text.contains("version of the cluster is not current");
    }

    private static boolean mentionsExpiredToken(String serviceMessage) {
        String text = serviceMessage.toLowerCase(Locale.ROOT);
        return text.contains("token") && text.contains("expired");
    }

    private static boolean isClientError(int status) {
        return status >= 400 && status < 500;
    }

    /** The {@code invalidParameter} field of the error body, which MSK fills for some bad requests. */
    private static String invalidParameter(AwsErrorDetails details) {
        if (details == null || details.rawResponse() == null) {
            return null;
        }
        try {
            JsonNode body = JSON.readTree(details.rawResponse().asByteArray());
            JsonNode parameter = body == null ? null : body.get("invalidParameter");
            return parameter == null || !parameter.isTextual() || parameter.asText().isBlank() ? null
                    : parameter.asText();
        } catch (java.io.IOException | RuntimeException notJson) {
            return null;
        }
    }
}
