package io.mskconsole.core.create;

import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.errors.Worded;

/**
 * CreateClusterV2 was sent but no answer came back (a timeout, a dropped connection, a 5xx): MSK may or may not have
 * started creating the cluster. Never retried blindly: the person is told to look for the cluster first.
 */
public final class CreateOutcomeUnknownException extends RuntimeException implements Worded {
    private final String clusterName;

    public CreateOutcomeUnknownException(String clusterName, GatewayException cause) {
        super("MSK did not answer CreateClusterV2 for " + clusterName + " (" + cause.getMessage() + "). The cluster "
                + "may or may not be being created: list the clusters of the region; if " + clusterName
                + " is there, it is under way. Send again only if it is not.", cause);
        this.clusterName = clusterName;
    }

    public String clusterName() {
        return clusterName;
    }
}
