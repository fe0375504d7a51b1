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

    String arn() {
        return "arn:aws:kms:" + region + ":" + SandboxData.ACCOUNT_ID + ":key/" + id;
    }

    String aliasArn(String alias) {
        return "arn:aws:kms:" + region + ":" + SandboxData.ACCOUNT_ID + ":" + alias;
    }

    SandboxKey withPolicy(String newPolicy) {
        return new SandboxKey(region, id, aliases, managedByAws, newPolicy);
    }

    KeyInfo info() {
        return new KeyInfo(arn(), managedByAws);
    }
}
