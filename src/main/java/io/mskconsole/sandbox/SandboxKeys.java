package io.mskconsole.sandbox;

import io.mskconsole.core.destinations.KeyInfo;
import io.mskconsole.core.destinations.KeyPolicyMerge;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The KMS keys of the Sandbox account and their key policies, found the ways KMS finds them: DescribeKey by key id,
 * key ARN, alias name or alias ARN; GetKeyPolicy and PutKeyPolicy by key id or key ARN only. A key id or alias name
 * is looked up in the caller's region, an ARN in its own. Guarded by the world's lock.
 */
final class SandboxKeys {
    private final String accountId;
    private final Map<String, SandboxKey> byArn = new LinkedHashMap<>();

    SandboxKeys(String accountId, List<SandboxKey> keys) {
        this.accountId = accountId;
        keys.forEach(key -> byArn.put(key.arn(accountId), key));
    }

    /** The key as DescribeKey gives it. */
    KeyInfo info(SandboxKey key) {
        return key.info(accountId);
    }

    SandboxKey describe(String region, String keyId) {
        require(keyId, "DescribeKey");
        Optional<SandboxKey> found = keyId.startsWith("alias/") || keyId.contains(":alias/")
                ? byAlias(region, keyId)
                : byId(region, keyId);
        return found.orElseThrow(() -> notFound("DescribeKey", region, keyId));
    }

    String policy(String region, String keyId) {
        return forPolicy(region, keyId, "GetKeyPolicy").policy();
    }

    void putPolicy(String region, String keyId, String policy) {
        SandboxKey key = forPolicy(region, keyId, "PutKeyPolicy");
        if (key.managedByAws()) {
            String service = "User: " + SandboxData.CALLER_ARN + " is not authorized to perform: kms:PutKeyPolicy on "
                    + "resource: " + key.arn(accountId)
                    + " because no resource-based policy allows the kms:PutKeyPolicy action";
            throw new GatewayException(Failure.ACCESS_DENIED, "PutKeyPolicy", "The policy of an AWS managed key ("
                    + String.join(", ", key.aliases()) + ") cannot be changed. (" + service + ")", service, null);
        }
        try {
            KeyPolicyMerge.allowsLogDelivery(policy == null ? "" : policy);
        } catch (IllegalArgumentException e) {
            String service = "The policy document is not valid JSON.";
            throw new GatewayException(Failure.BAD_REQUEST, "PutKeyPolicy", "KMS refused the key policy: "
                    + e.getMessage() + " (MalformedPolicyDocumentException)", service, e);
        }
        byArn.put(key.arn(accountId), key.withPolicy(policy));
    }

    private SandboxKey forPolicy(String region, String keyId, String operation) {
        require(keyId, operation);
        if (keyId.startsWith("alias/") || keyId.contains(":alias/")) {
            String service = "Invalid keyId " + keyId;
            throw new GatewayException(Failure.NOT_FOUND, operation, operation + " takes a key id or key ARN, not "
                    + "an alias: describe the key first and use its ARN. (" + service + ")", service, null);
        }
        return byId(region, keyId).orElseThrow(() -> notFound(operation, region, keyId));
    }

    private Optional<SandboxKey> byId(String region, String keyId) {
        String arn = keyId.startsWith("arn:") ? keyId : keyArn(region, "key/" + keyId);
        return Optional.ofNullable(byArn.get(arn));
    }

    private Optional<SandboxKey> byAlias(String region, String alias) {
        return byArn.values().stream()
                .filter(key -> key.aliases().stream().anyMatch(a -> a.equals(alias) && key.region().equals(region)
                        || key.aliasArn(accountId, a).equals(alias)))
                .findFirst();
    }

    private String keyArn(String region, String resource) {
        return "arn:aws:kms:" + region + ":" + accountId + ":" + resource;
    }

    private static void require(String keyId, String operation) {
        if (keyId == null || keyId.isBlank()) {
            String service = "1 validation error detected: Value null at 'keyId' failed to satisfy constraint: "
                    + "Member must not be null";
            throw new GatewayException(Failure.BAD_REQUEST, operation, operation + " needs a key id, alias or ARN.",
                    service, null);
        }
    }

    private GatewayException notFound(String operation, String region, String keyId) {
        boolean alias = keyId.startsWith("alias/") || keyId.contains(":alias/");
        String arn = keyId.startsWith("arn:") ? keyId : keyArn(region, alias ? keyId : "key/" + keyId);
        String service = alias ? "Alias " + arn + " is not found." : "Key '" + arn + "' does not exist";
        return new GatewayException(Failure.NOT_FOUND, operation,
                "No KMS key " + keyId + " in the Sandbox account. (" + service + ")", service, null);
    }
}
