package io.mskconsole.sandbox;

import io.mskconsole.core.destinations.KeyInfo;
import java.util.List;
import java.util.Objects;

/**
 * A KMS key of one Sandbox region: its id, aliases ({@code alias/...}), who manages it, and its default key policy.
 * Immutable: a new policy makes a new key record.
 */
record SandboxKey(String region, String id, List<String> aliases, boolean managedByAws, String policy) {
    SandboxKey {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(id, "id");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(policy, "policy");
    }

    String arn(String accountId) {
        return "arn:aws:kms:" + region + ":" + accountId + ":key/" + id;
    }

    String aliasArn(String accountId, String alias) {
        return "arn:aws:kms:" + region + ":" + accountId + ":" + alias;
    }

    SandboxKey withPolicy(String newPolicy) {
        return new SandboxKey(region, id, aliases, managedByAws, newPolicy);
    }

    KeyInfo info(String accountId) {
        return new KeyInfo(arn(accountId), managedByAws);
    }
}
