package io.mskconsole.core.levels;

import io.mskconsole.core.clusters.BootstrapBrokers;
import io.mskconsole.core.clusters.BrokerAccess;
import io.mskconsole.core.clusters.ClientAuth;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterType;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * How the window and the commands decide a connection to a cluster's brokers: the cluster must be provisioned and
 * run Kafka 2.4 or later; the authentication is the one asked for or the cluster's first (IAM, SASL/SCRAM, TLS,
 * plaintext, as its bootstrap strings show); the bootstrap string follows the access asked for; IAM signs with the
 * account's profile in the cluster's region.
 */
public final class BrokerConnections {
    private BrokerConnections() {
    }

    /**
     * @throws IllegalArgumentException when the cluster's brokers cannot change levels at runtime (serverless,
     *                                  Kafka before 2.4)
     */
    public static void checkSupported(Cluster cluster) {
        if (cluster.type() == ClusterType.SERVERLESS) {
            throw new IllegalArgumentException("Cluster " + cluster.name() + " is serverless: MSK Serverless does not "
                    + "expose its brokers' loggers.");
        }
        if (!KafkaVersions.supportsDynamicLogLevels(cluster.kafkaVersion())) {
            throw new IllegalArgumentException(KafkaVersions.tooOld(cluster.name(), cluster.kafkaVersion()));
        }
    }

    /** The authentication asked for, or the cluster's default; refused when the cluster does not take it. */
    public static ClientAuth authentication(Cluster cluster, BootstrapBrokers brokers, ClientAuth asked) {
        return authentication(cluster, brokers, asked, IamProfile.of(null));
    }

    /**
     * As {@link #authentication(Cluster, BootstrapBrokers, ClientAuth)}; when nothing is asked and IAM is refused for
     * the account ({@code iam}), the cluster's first other authentication, if it takes one.
     */
    public static ClientAuth authentication(Cluster cluster, BootstrapBrokers brokers, ClientAuth asked,
                                            IamProfile iam) {
        if (asked == null && iam.refusal() != null) {
            java.util.Optional<ClientAuth> other = brokers.authentications().stream()
                    .filter(a -> a != ClientAuth.IAM).findFirst();
            if (other.isPresent()) {
                return other.get();
            }
        }
        if (brokers.authentications().isEmpty()) {
            throw new IllegalArgumentException("MSK gave no bootstrap brokers for cluster " + cluster.name()
                    + ": it may still be creating, or allow no client access.");
        }
        if (asked == null) {
            return brokers.defaultAuth().orElseThrow();
        }
        if (!brokers.authentications().contains(asked)) {
            throw new IllegalArgumentException("Cluster " + cluster.name() + " does not take "
                    + asked.displayName() + "; it takes " + brokers.authentications().stream()
                    .map(ClientAuth::displayName).collect(Collectors.joining(", ")) + ".");
        }
        return asked;
    }

    /**
     * The connection to the cluster's brokers.
     *
     * @param auth  the authentication (see {@link #authentication})
     * @param scram asked only for SASL/SCRAM: the user and password
     * @param tls   used only for TLS: the client certificate, if any
     * @param iam   the profile IAM signs with (see {@code Account#brokerIam}), or why there is none (an account and
     *              role granted through a sign-in): then IAM is refused with that reason
     * @throws IllegalArgumentException when the cluster has no bootstrap string for the authentication and access
     */
    public static BrokerConnection connection(IamProfile iam, Cluster cluster, BootstrapBrokers brokers,
                                              ClientAuth auth, BrokerAccess access,
                                              Supplier<ClientAuthSettings.Scram> scram, ClientAuthSettings.Tls tls) {
        if (auth == ClientAuth.IAM && iam.refusal() != null) {
            throw new IllegalArgumentException(iam.refusal());
        }
        String iamProfile = iam.profile();
        String bootstrap = brokers.choose(auth, access).orElseThrow(() -> new IllegalArgumentException(
                "Cluster " + cluster.name() + " has no " + (access == BrokerAccess.PUBLIC ? "public " : "")
                        + "bootstrap brokers for " + auth.displayName()
                        + (access == BrokerAccess.PUBLIC ? ": public access is off for it." : ".")));
        ClientAuthSettings settings = switch (auth) {
            case IAM -> new ClientAuthSettings.Iam(iamProfile, cluster.region());
            case SCRAM -> scram.get();
            case TLS -> tls == null ? ClientAuthSettings.Tls.WITHOUT_CERTIFICATE : tls;
            case PLAINTEXT -> new ClientAuthSettings.Plaintext();
        };
        return new BrokerConnection(cluster.name(), bootstrap, settings);
    }
}
