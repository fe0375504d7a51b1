package io.mskconsole.core.destinations;

import java.util.Objects;

/**
 * The one-click fixes of findings: create a missing log group or bucket in the cluster's region, and add the
 * log-delivery statement to a KMS key policy. Each forgets what it changed in the cache, so the next check reads it
 * again. May throw {@link io.mskconsole.core.errors.GatewayException}.
 */
public final class DestinationFixes {
    private final DestinationServices services;
    private final CheckCache cache;

    public DestinationFixes(DestinationServices services, CheckCache cache) {
        this.services = Objects.requireNonNull(services, "services");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /** @param retentionDays days its events are kept, or null for never expiring */
    public void createLogGroup(String name, Integer retentionDays) {
        try {
            services.destinations().createLogGroup(name, retentionDays);
        } finally {
            cache.forget(Keys.logGroup(services.region(), name));
        }
    }

    public void createBucket(String name) {
        try {
            services.destinations().createBucket(name);
        } finally {
            cache.forget(Keys.bucket(name));
        }
    }

    /** Reads the key policy and merges the statement in: nothing is sent yet. */
    public KeyPolicyChange prepareKeyStatement(String keyArn) {
        String before = services.keys().keyPolicy(keyArn);
        return new KeyPolicyChange(keyArn, before, KeyPolicyMerge.merge(before));
    }

    /**
     * Sends the merged policy, unless the policy changed since it was read (then refuses, sending nothing, so
     * another person's edit is not overwritten).
     */
    public void putKeyStatement(KeyPolicyChange change) {
        try {
            String now = services.keys().keyPolicy(change.keyArn());
            if (!now.equals(change.before())) {
                throw new IllegalStateException("The policy of key " + change.keyArn() + " changed since it was "
                        + "shown; nothing was sent. Look at the new policy and try again.");
            }
            if (change.changes()) {
                services.keys().putKeyPolicy(change.keyArn(), change.after());
            }
        } finally {
            cache.forget(Keys.keyPolicy(change.keyArn()));
        }
    }
}
