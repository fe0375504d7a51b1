package io.mskconsole.core.destinations;

import java.util.Objects;

/** A CloudWatch Logs resource policy of a region: its name and the length of its document in characters. */
public record ResourcePolicyInfo(String name, int documentLength) {
    /** The policy log delivery adds its statements to. */
    public static final String LOG_DELIVERY_POLICY = "AWSLogDeliveryWrite20150319";
    /** CloudWatch Logs allows this many resource policies per region (not adjustable). */
    public static final int MAX_POLICIES = 10;
    /** The longest a resource policy document may be (not adjustable). */
    public static final int MAX_DOCUMENT_LENGTH = 5120;

    public ResourcePolicyInfo {
        Objects.requireNonNull(name, "name");
    }

    public boolean isLogDeliveryPolicy() {
        return LOG_DELIVERY_POLICY.equals(name);
    }
}
