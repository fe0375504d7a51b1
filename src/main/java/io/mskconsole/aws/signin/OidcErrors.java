package io.mskconsole.aws.signin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * The text of IAM Identity Center's OIDC errors. They are OAuth errors ({@code {"error": "invalid_grant",
 * "error_description": "..."}}), whose text the SDK does not take for the error message; this finds it, so the
 * messages {@link io.mskconsole.aws.errors.AwsFailures} words carry what the service said.
 */
final class OidcErrors {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OidcErrors() {
    }

    /** What the service said: {@code description} when given, else the error's message, description or code. */
    static String said(RuntimeException error, String description) {
        if (description != null && !description.isBlank()) {
            return description.strip();
        }
        if (!(error instanceof AwsServiceException service) || service.awsErrorDetails() == null) {
            return null;
        }
        AwsErrorDetails details = service.awsErrorDetails();
        if (details.errorMessage() != null && !details.errorMessage().isBlank()) {
            return details.errorMessage().strip();
        }
        JsonNode body = body(details);
        for (String field : new String[] {"error_description", "error"}) {
            JsonNode value = body == null ? null : body.get(field);
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return value.asText().strip();
            }
        }
        return null;
    }

    /** The error with the service's OAuth text as its message, where the SDK found none; others unchanged. */
    static RuntimeException described(RuntimeException error) {
        if (!(error instanceof AwsServiceException service) || service.awsErrorDetails() == null
                || service.awsErrorDetails().errorMessage() != null) {
            return error;
        }
        String said = said(error, null);
        if (said == null) {
            return error;
        }
        return service.toBuilder()
                .awsErrorDetails(service.awsErrorDetails().toBuilder().errorMessage(said).build())
                .build();
    }

    private static JsonNode body(AwsErrorDetails details) {
        if (details.rawResponse() == null) {
            return null;
        }
        try {
            return JSON.readTree(details.rawResponse().asByteArray());
        } catch (IOException | RuntimeException notJson) {
            return null;
        }
    }
}
