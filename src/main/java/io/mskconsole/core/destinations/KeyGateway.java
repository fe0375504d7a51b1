package io.mskconsole.core.destinations;

/**
 * KMS keys: who manages a key, and its default key policy. Implemented over KMS and by the Sandbox; calls go to the
 * key's own region when given an ARN. May throw {@link io.mskconsole.core.errors.GatewayException}.
 */
public interface KeyGateway {
    /** DescribeKey of a key id, alias or ARN. */
    KeyInfo describeKey(String keyId);

    /** GetKeyPolicy (policy name "default"): the policy document as JSON text. */
    String keyPolicy(String keyArn);

    /** PutKeyPolicy (policy name "default"). */
    void putKeyPolicy(String keyArn, String policyJson);
}
