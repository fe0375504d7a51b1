package io.mskconsole.core.levels;

import io.mskconsole.core.clusters.ClientAuth;
import java.time.Duration;

/**
 * The message for brokers that did not answer: what happened, why it usually happens (MSK brokers live in the
 * cluster's VPC), and what usually helps. The same words in the window, the commands and the Sandbox.
 */
public final class Unreachable {
    private Unreachable() {
    }

    /**
     * "Could not reach the brokers of orders-prod (b-1...:9098, ...) within 8 s using IAM access control. ..."
     *
     * @param publicAccess whether the bootstrap string was the public one
     */
    public static String message(BrokerConnection connection, Duration waited, boolean publicAccess) {
        ClientAuth auth = connection.auth().auth();
        String where = connection.clusterName() == null ? "the cluster" : connection.clusterName();
        StringBuilder text = new StringBuilder("Could not reach the brokers of ").append(where).append(" (")
                .append(shorten(connection.bootstrap())).append(") within ").append(seconds(waited))
                .append(" using ").append(auth.displayName()).append(". ");
        if (publicAccess) {
            text.append("These are the public bootstrap brokers: check that public access is still on and that the "
                    + "cluster's security group lets this machine's address in on port ").append(auth.publicPort())
                    .append('.');
        } else {
            text.append("MSK brokers usually sit in a private VPC and answer only from inside it. What usually helps: "
                    + "connect through a VPN, a bastion host (e.g. an SSH tunnel) or VPC peering into the cluster's "
                    + "VPC; or turn on public access for the cluster (then its public bootstrap brokers are used); "
                    + "and check that the security group allows port ").append(auth.privatePort())
                    .append(" for ").append(auth.displayName()).append('.');
        }
        return text.toString();
    }

    /** The first two brokers and how many more, so the message stays on one screen line or two. */
    static String shorten(String bootstrap) {
        String[] brokers = bootstrap.split(",");
        if (brokers.length <= 2) {
            return bootstrap;
        }
        return brokers[0] + "," + brokers[1] + " and " + (brokers.length - 2) + " more";
    }

    private static String seconds(Duration waited) {
        long millis = waited.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
