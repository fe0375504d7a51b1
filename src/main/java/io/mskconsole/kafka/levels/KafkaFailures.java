package io.mskconsole.kafka.levels;

import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.levels.BrokerConnection;
import io.mskconsole.core.levels.BrokerRefusal;
import io.mskconsole.core.levels.Unreachable;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidConfigurationException;
import org.apache.kafka.common.errors.InvalidRequestException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * Words what the Admin client threw for a person: brokers that do not answer, an authentication the brokers refuse,
 * a permission missing, a broker's refusal in its own words. Never includes the client's configuration.
 */
final class KafkaFailures {
    private KafkaFailures() {
    }

    /** What stopped the first DescribeCluster: the brokers' silence, or their refusal of the authentication. */
    static GatewayException connecting(Throwable thrown, BrokerConnection connection, Duration waited,
                                       boolean publicAccess) {
        Throwable cause = unwrap(thrown);
        if (cause instanceof TimeoutException || cause instanceof java.util.concurrent.TimeoutException) {
            return new GatewayException(Failure.CONNECTION, "DescribeCluster",
                    Unreachable.message(connection, waited, publicAccess), null, cause);
        }
        if (cause instanceof AuthenticationException refused) {
            return authentication(refused, connection);
        }
        return other(cause, "DescribeCluster", "Connecting to the brokers of " + name(connection) + " failed");
    }

    static GatewayException authentication(AuthenticationException refused, BrokerConnection connection) {
        String what = switch (connection.auth().auth()) {
            case IAM -> "Check that the profile's credentials are valid and allow kafka-cluster:Connect on the "
                    + "cluster, and that the cluster has IAM access control on.";
            case SCRAM -> "Check the user name and password (the secret associated with the cluster in AWS Secrets "
                    + "Manager).";
            case TLS -> "Check the client certificate (key store) and that the cluster takes it.";
            case PLAINTEXT -> "Check that the cluster allows unauthenticated plaintext access.";
        };
        String kind = refused instanceof SslAuthenticationException ? "The TLS handshake with the brokers of "
                : refused instanceof SaslAuthenticationException ? "The brokers refused the authentication to "
                : "Authentication to the brokers of ";
        return new GatewayException(Failure.ACCESS_DENIED, "DescribeCluster", kind + name(connection) + " failed ("
                + connection.auth().auth().displayName() + "): " + text(refused) + ". " + what, text(refused),
                refused);
    }

    /**
     * A describe or alter of one broker's loggers that failed.
     *
     * @param permission the IAM action the call needs, e.g. kafka-cluster:AlterClusterDynamicConfiguration
     */
    static GatewayException brokerCall(Throwable thrown, String operation, int brokerId, String permission,
                                       Duration waited) {
        Throwable cause = unwrap(thrown);
        if (cause instanceof TimeoutException || cause instanceof java.util.concurrent.TimeoutException) {
            return new GatewayException(Failure.TIMEOUT, operation, "Broker " + brokerId + " did not answer within "
                    + waited.toSeconds() + " s.", null, cause);
        }
        if (cause instanceof AuthorizationException denied) {
            return new GatewayException(Failure.ACCESS_DENIED, operation, "Broker " + brokerId + " denied "
                    + operation + ": " + text(denied) + ". With IAM access control this needs " + permission
                    + " on the cluster; with ACLs, " + ("DescribeConfigs".equals(operation) ? "DESCRIBE_CONFIGS"
                    : "ALTER_CONFIGS") + " on the cluster resource.", text(denied), denied);
        }
        if (cause instanceof InvalidConfigurationException || cause instanceof InvalidRequestException) {
            return new GatewayException(Failure.BAD_REQUEST, operation, BrokerRefusal.message(brokerId, text(cause)),
                    text(cause), cause);
        }
        if (cause instanceof AuthenticationException refused) {
            return new GatewayException(Failure.ACCESS_DENIED, operation, "Broker " + brokerId
                    + " refused the authentication: " + text(refused), text(refused), refused);
        }
        return other(cause, operation, operation + " on broker " + brokerId + " failed");
    }

    static GatewayException interrupted(String operation) {
        Thread.currentThread().interrupt();
        return new GatewayException(Failure.CONNECTION, operation, operation + " was interrupted before the brokers "
                + "answered.");
    }

    private static GatewayException other(Throwable cause, String operation, String what) {
        Failure failure = cause instanceof ApiException ? Failure.BAD_REQUEST : Failure.UNKNOWN;
        return new GatewayException(failure, operation, what + ": " + text(cause)
                + " (" + cause.getClass().getSimpleName() + ").", text(cause), cause);
    }

    static Throwable unwrap(Throwable thrown) {
        Throwable cause = thrown;
        while ((cause instanceof ExecutionException || cause instanceof java.util.concurrent.CompletionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String text(Throwable cause) {
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message.strip();
    }

    private static String name(BrokerConnection connection) {
        return connection.clusterName() == null ? "the cluster" : connection.clusterName();
    }
}
