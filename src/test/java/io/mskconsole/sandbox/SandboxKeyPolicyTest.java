package io.mskconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mskconsole.core.destinations.KeyGateway;
import io.mskconsole.core.destinations.KeyInfo;
import io.mskconsole.core.destinations.KeyPolicyMerge;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SandboxKeyPolicyTest {
    private static final String ORDERS_KEY = "arn:aws:kms:us-east-1:111122223333:key/6c1f3b2a-8d4e-4f7a-9b0c-2e5d7a1f8c34";

    private final SandboxFixture fixture = new SandboxFixture();
    private final KeyGateway keys = fixture.destinations("us-east-1").keys();

    @Test
    void aMergedPolicyPutOnTheKeyIsWhatTheNextCheckReads() {
        String before = keys.keyPolicy(ORDERS_KEY);
        assertThat(KeyPolicyMerge.allowsLogDelivery(before)).isFalse();

        keys.putKeyPolicy(ORDERS_KEY, KeyPolicyMerge.merge(before));

        String after = keys.keyPolicy(ORDERS_KEY);
        assertThat(KeyPolicyMerge.allowsLogDelivery(after)).isTrue();
        assertThat(after).contains("Allow access for Key Administrators", "orders-app");
        KeyGateway elsewhere = new SandboxSession(fixture.world, SandboxSession.POLL_INTERVAL, Duration.ZERO)
                .destinations("eu-west-1").keys();
        assertThat(KeyPolicyMerge.allowsLogDelivery(elsewhere.keyPolicy(ORDERS_KEY)))
                .as("the world keeps it, whatever the session or region").isTrue();
        assertThat(KeyPolicyMerge.allowsLogDelivery(new SandboxWorld(fixture.clock, SandboxFixture.OPERATION)
                .keyPolicy("us-east-1", ORDERS_KEY))).as("another world").isFalse();
    }

    @Test
    void aKeyIdIsLookedUpInTheGatewaysRegionAndAnArnInItsOwn() {
        String id = "6c1f3b2a-8d4e-4f7a-9b0c-2e5d7a1f8c34";
        assertThat(keys.describeKey(id)).isEqualTo(new KeyInfo(ORDERS_KEY, false));
        assertThat(keys.keyPolicy(id)).isEqualTo(keys.keyPolicy(ORDERS_KEY));

        KeyGateway osaka = fixture.destinations("ap-northeast-3").keys();
        assertThat(osaka.describeKey(ORDERS_KEY).arn()).isEqualTo(ORDERS_KEY);
        GatewayException byId = catchThrowableOfType(GatewayException.class, () -> osaka.describeKey(id));
        assertThat(byId.failure()).isEqualTo(Failure.NOT_FOUND);
        assertThat(byId.serviceMessage()).isEqualTo("Key 'arn:aws:kms:ap-northeast-3:111122223333:key/" + id
                + "' does not exist");
        GatewayException byAlias = catchThrowableOfType(GatewayException.class,
                () -> osaka.describeKey("alias/orders-prod-logs"));
        assertThat(byAlias.failure()).isEqualTo(Failure.NOT_FOUND);
        assertThat(byAlias.serviceMessage())
                .isEqualTo("Alias arn:aws:kms:ap-northeast-3:111122223333:alias/orders-prod-logs is not found.");
    }

    @Test
    void keyPoliciesAreReadAndWrittenByKeyIdOrArnNotByAlias() {
        GatewayException e = catchThrowableOfType(GatewayException.class, () -> keys.keyPolicy("alias/orders-prod-logs"));
        assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND);
        assertThat(e.operation()).isEqualTo("GetKeyPolicy");
        GatewayException put = catchThrowableOfType(GatewayException.class,
                () -> keys.putKeyPolicy("alias/orders-prod-logs", "{}"));
        assertThat(put.operation()).isEqualTo("PutKeyPolicy");
    }

    @Test
    void theAwsManagedKeysPolicyCanBeReadButNotChanged() {
        KeyInfo managed = keys.describeKey("alias/aws/s3");
        String policy = keys.keyPolicy(managed.arn());
        assertThat(policy).contains("kms:ViaService", "s3.us-east-1.amazonaws.com");

        GatewayException e = catchThrowableOfType(GatewayException.class,
                () -> keys.putKeyPolicy(managed.arn(), KeyPolicyMerge.merge(policy)));
        assertThat(e.failure()).isEqualTo(Failure.ACCESS_DENIED);
        assertThat(e.serviceMessage()).contains("kms:PutKeyPolicy", managed.arn());
        assertThat(keys.keyPolicy(managed.arn())).isEqualTo(policy);
    }

    @Test
    void aMalformedPolicyIsRefusedAndTheOldOneKept() {
        String before = keys.keyPolicy(ORDERS_KEY);
        for (String bad : new String[] {"not json", "[1, 2]", null}) {
            GatewayException e = catchThrowableOfType(GatewayException.class, () -> keys.putKeyPolicy(ORDERS_KEY, bad));
            assertThat(e.failure()).as(bad).isEqualTo(Failure.BAD_REQUEST);
        }
        assertThat(keys.keyPolicy(ORDERS_KEY)).isEqualTo(before);
    }

    @Test
    void anUnknownOrMissingKeyIsRefused() {
        assertThat(catchThrowableOfType(GatewayException.class,
                () -> keys.describeKey("arn:aws:kms:us-east-1:111122223333:key/00000000-0000-0000-0000-000000000000"))
                .failure()).isEqualTo(Failure.NOT_FOUND);
        assertThat(catchThrowableOfType(GatewayException.class, () -> keys.describeKey(null)).failure())
                .isEqualTo(Failure.BAD_REQUEST);
        assertThat(catchThrowableOfType(GatewayException.class, () -> keys.keyPolicy(" ")).failure())
                .isEqualTo(Failure.BAD_REQUEST);
    }
}
