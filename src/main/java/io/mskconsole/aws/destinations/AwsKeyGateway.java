package io.mskconsole.aws.destinations;

import io.mskconsole.aws.errors.AwsCall;
import io.mskconsole.aws.errors.AwsService;
import io.mskconsole.core.destinations.KeyGateway;
import io.mskconsole.core.destinations.KeyInfo;
import java.util.Objects;
import java.util.function.Function;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeyManagerType;
import software.amazon.awssdk.services.kms.model.KeyMetadata;

/**
 * {@link KeyGateway} over KMS. A key given by ARN is asked in the ARN's region (a bucket's key may live in the
 * bucket's region, not the session's); a key id or alias name in the gateway's region. Failures come out as
 * {@link io.mskconsole.core.errors.GatewayException}s, e.g. {@code ACCESS_DENIED} when the key policy does not let
 * the caller read it.
 */
public final class AwsKeyGateway implements KeyGateway {
    /** The only key policy name KMS has. */
    static final String POLICY_NAME = "default";

    private final DestinationClients clients;
    private final String region;
    private final String profile;

    public AwsKeyGateway(DestinationClients clients, String region, String profile) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.region = Objects.requireNonNull(region, "region");
        this.profile = profile;
    }

    @Override
    public KeyInfo describeKey(String keyId) {
        return kms("DescribeKey", keyId, kms -> {
            KeyMetadata key = kms.describeKey(r -> r.keyId(keyId)).keyMetadata();
            return new KeyInfo(key.arn(), key.keyManager() == KeyManagerType.AWS);
        });
    }

    @Override
    public String keyPolicy(String keyArn) {
        return kms("GetKeyPolicy", keyArn, kms -> kms.getKeyPolicy(r -> r.keyId(keyArn).policyName(POLICY_NAME))
                .policy());
    }

    @Override
    public void putKeyPolicy(String keyArn, String policyJson) {
        kms("PutKeyPolicy", keyArn, kms -> kms.putKeyPolicy(r -> r.keyId(keyArn).policyName(POLICY_NAME)
                .policy(policyJson)));
    }

    private <T> T kms(String operation, String key, Function<KmsClient, T> action) {
        String keyRegion = SdkCalls.regionOfArn(key, region);
        AwsCall where = AwsCall.of(AwsService.KMS, operation, keyRegion, profile, null).forResource("key", key);
        return SdkCalls.call(where, () -> clients.kms(keyRegion), action);
    }
}
