package io.mskconsole.core.delivery;

import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.errors.Worded;

/**
 * UpdateMonitoring was sent but no answer came back (a timeout, a dropped connection, a 5xx): MSK may or may not
 * have started the change. Never retried blindly; the person is told to look at the cluster before applying again.
 */
public final class SendOutcomeUnknownException extends RuntimeException implements Worded {
    private final String clusterArn;

    public SendOutcomeUnknownException(String clusterName, String clusterArn, GatewayException cause) {
        super("MSK did not answer UpdateMonitoring for " + clusterName + " (" + cause.getMessage() + "). The change may "
                + "or may not have been applied: refresh the cluster; if it is UPDATING the change is under way, and "
                + "apply again only once it is ACTIVE and still not as you want it.", cause);
        this.clusterArn = clusterArn;
    }

    public String clusterArn() {
        return clusterArn;
    }
}
