package io.mskconsole.aws.errors;

import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.UnknownHostException;
import java.util.Locale;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;

/**
 * The one place where a failed AWS call becomes a {@link GatewayException}: the right {@link Failure} and a
 * one-line message saying what failed, where, and what to do. Service errors keep the service's own text in
 * {@link GatewayException#serviceMessage()}. Messages never carry credentials.
 */
public final class AwsFailures {
    private AwsFailures() {
    }

    /**
     * Translates whatever a call threw: an SDK exception, a {@link CredentialsUnavailableException}, or another
     * runtime exception raised while resolving credentials. A {@link GatewayException} is returned as it is.
     */
    public static GatewayException translate(RuntimeException error, AwsCall call) {
        if (error instanceof GatewayException already) {
            return already;
        }
        SessionClosedException closed = find(error, SessionClosedException.class);
        if (closed != null) {
            return sessionClosed(closed, call);
        }
        CredentialsUnavailableException credentials = find(error, CredentialsUnavailableException.class);
        if (credentials != null) {
            return CredentialFailures.translate(credentials, call);
        }
        AwsServiceException service = find(error, AwsServiceException.class);
        if (service != null) {
            return ServiceFailures.translate(service, call);
        }
        if (CredentialFailures.isSsoTokenFailure(error)) {
            return CredentialFailures.ssoLoginRequired(call, error, null);
        }
        if (isTimeout(error)) {
            return new GatewayException(Failure.TIMEOUT, call.operation(),
                    call.describe() + " timed out: " + call.serviceName() + " did not answer in time. Check the network, VPN or proxy,"
                            + " and try again.", null, error);
        }
        IOException io = find(error, IOException.class);
        if (io != null) {
            return new GatewayException(Failure.CONNECTION, call.operation(),
                    "Could not reach " + call.serviceName() + " in " + orUnknown(call.region()) + " (" + orUnknown(call.host()) + "): "
                            + describeIo(io) + ". Check the network, VPN or proxy.", null, error);
        }
        if (chainMentions(error, "configured in profile property")) {
            return new GatewayException(Failure.CONFIGURATION, call.operation(),
                    call.describe() + " failed: a setting of " + call.profileWords() + " is not usable ("
                            + withoutFinalStop(messageOf(error)) + "). Fix the profile in the AWS config file.",
                    null, error);
        }
        if (CredentialFailures.isMissingCredentials(error)) {
            return CredentialFailures.noCredentials(call, error);
        }
        return new GatewayException(Failure.UNKNOWN, call.operation(),
                call.describe() + " failed: " + withoutFinalStop(messageOf(error)) + ".", null, error);
    }

    /**
     * The client (of MSK, S3, ...) of the call's region could not be obtained, so nothing was sent: the session was
     * closed ({@link SessionClosedException}), or the client could not be built from the region and the profile's
     * settings. Always {@code CONFIGURATION}, never {@code UNKNOWN}: for UpdateMonitoring, {@code UNKNOWN} would
     * mean "may have been applied", and here it certainly was not.
     */
    public static GatewayException clientUnavailable(RuntimeException error, AwsCall call) {
        if (error instanceof GatewayException already) {
            return already;
        }
        SessionClosedException closed = find(error, SessionClosedException.class);
        if (closed != null) {
            return sessionClosed(closed, call);
        }
        return new GatewayException(Failure.CONFIGURATION, call.operation(),
                call.describe() + " was not sent: the " + call.serviceName() + " client for region " + orUnknown(call.region())
                        + " could not be set up (" + setupReason(error) + "). Check the region and the"
                        + " settings of " + call.profileWords() + " in the AWS config file.", null, error);
    }

    /** The SDK's reason on one line, without the list of every region it appends to a bad region's. */
    private static String setupReason(RuntimeException error) {
        String message = messageOf(error);
        int regionList = message.indexOf(" Valid regions:");
        if (regionList >= 0) {
            message = message.substring(0, regionList);
        }
        int firstLine = message.indexOf('\n');
        if (firstLine >= 0) {
            message = message.substring(0, firstLine);
        }
        return withoutFinalStop(message);
    }

    private static GatewayException sessionClosed(SessionClosedException closed, AwsCall call) {
        String who = closed.profile() != null ? "profile " + closed.profile() : call.profileWords();
        return new GatewayException(Failure.CONFIGURATION, call.operation(),
                call.describe() + " was not sent: the session of " + who + " was closed (another account was chosen"
                        + " or its window was closed). Choose the account again and retry.", null, closed);
    }

    static boolean isTimeout(Throwable error) {
        return find(error, ApiCallTimeoutException.class) != null
                || find(error, ApiCallAttemptTimeoutException.class) != null
                || find(error, InterruptedIOException.class) != null;
    }

    /** "Connection reset", "unknown host example.com", or the exception's kind when it has no message. */
    static String describeIo(IOException io) {
        IOException deepest = io;
        for (Throwable t = io.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof IOException inner) {
                deepest = inner;
            }
        }
        String message = deepest.getMessage();
        if (deepest instanceof UnknownHostException) {
            return "unknown host " + message;
        }
        return message == null || message.isBlank() ? deepest.getClass().getSimpleName() : withoutFinalStop(message);
    }

    /** The first throwable of the given type in the cause chain, the error itself included. */
    public static <T extends Throwable> T find(Throwable error, Class<T> type) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 20; t = t.getCause(), depth++) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    static boolean chainMentions(Throwable error, String words) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 20; t = t.getCause(), depth++) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    static String messageOf(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message.strip();
    }

    static String withoutFinalStop(String text) {
        String stripped = text.strip();
        return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    private static String orUnknown(String value) {
        return value == null ? "unknown" : value;
    }
}
