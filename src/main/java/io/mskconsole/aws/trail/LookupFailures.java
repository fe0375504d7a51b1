package io.mskconsole.aws.trail;

import io.mskconsole.aws.errors.AwsCall;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.trail.LookupRequest;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * CloudTrail's refusals of a LookupEvents request, worded for the person who chose it: {@code BAD_REQUEST}, the
 * service's own text kept (in the message and in {@link GatewayException#serviceMessage()}), and what to change.
 * Every other failure is left as {@link io.mskconsole.aws.errors.AwsFailures} worded it.
 */
final class LookupFailures {
    private LookupFailures() {
    }

    static GatewayException refine(GatewayException failure, LookupRequest request, AwsCall where) {
        AwsServiceException service = serviceError(failure);
        if (service == null) {
            return failure;
        }
        String code = code(service);
        String said = failure.serviceMessage() != null ? failure.serviceMessage().strip() : code;
        String what = switch (code) {
            case "InvalidTimeRangeException" -> "CloudTrail refused the time range " + request.start() + " to "
                    + request.end() + ": " + withoutFinalStop(said) + ". LookupEvents covers the last 90 days;"
                    + " choose a start within them and before the end.";
            case "InvalidLookupAttributesException" -> "CloudTrail refused the lookup attribute "
                    + (request.attribute() == null ? "(none)"
                    : request.attribute().key().apiName() + "=" + request.attribute().value())
                    + ": " + withoutFinalStop(said) + ". LookupEvents takes one attribute: EventId, EventName,"
                    + " ReadOnly (true or false), Username, ResourceType, ResourceName, EventSource or AccessKeyId.";
            case "InvalidMaxResultsException" -> "CloudTrail refused the page size of " + LookupRequest.MAX_RESULTS
                    + ": " + withoutFinalStop(said) + ". LookupEvents gives 1 to 50 events a page.";
            case "InvalidNextTokenException" -> "CloudTrail refused the page token: " + withoutFinalStop(said)
                    + ". A token is good only for the same attribute and time range; look up again from the start.";
            case "InvalidEventCategoryException" -> "CloudTrail refused the event category: "
                    + withoutFinalStop(said) + ". This lookup asks for management events, with no category.";
            default -> null;
        };
        if (what == null) {
            return failure;
        }
        return new GatewayException(Failure.BAD_REQUEST, failure.operation(), where.describe() + " failed: " + what,
                said, failure.getCause());
    }

    /** The error code without a namespace ("com.amazonaws...#InvalidTimeRangeException" has one). */
    private static String code(AwsServiceException service) {
        String code = service.awsErrorDetails() == null ? null : service.awsErrorDetails().errorCode();
        if (code == null || code.isBlank()) {
            return service.getClass().getSimpleName();
        }
        int hash = code.lastIndexOf('#');
        return hash >= 0 ? code.substring(hash + 1) : code;
    }

    private static AwsServiceException serviceError(Throwable error) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof AwsServiceException service) {
                return service;
            }
        }
        return null;
    }

    private static String withoutFinalStop(String text) {
        String stripped = text.strip();
        return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}
