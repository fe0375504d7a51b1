package io.mskconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import io.mskconsole.core.destinations.Caller;
import io.mskconsole.core.destinations.Decision;
import io.mskconsole.core.destinations.PermissionGateway;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SandboxPermissionTest {
    /** Every action the preflight checks simulate, with the one-click fixes'. */
    private static final List<String> CHECKED = List.of("logs:CreateLogDelivery", "logs:GetLogDelivery",
            "logs:UpdateLogDelivery", "logs:DeleteLogDelivery", "logs:ListLogDeliveries", "logs:PutResourcePolicy",
            "logs:DescribeResourcePolicies", "logs:DescribeLogGroups", "s3:GetBucketPolicy", "s3:PutBucketPolicy",
            "firehose:TagDeliveryStream", "iam:CreateServiceLinkedRole", "kafka:UpdateMonitoring",
            "kafka:CreateClusterV2", "logs:CreateLogGroup", "s3:CreateBucket", "kms:PutKeyPolicy");
    private static final String ROLE = "arn:aws:iam::111122223333:role/admins/MskAdmin";

    private final SandboxFixture fixture = new SandboxFixture();
    private final PermissionGateway permissions = fixture.destinations("us-east-1").permissions();

    @Test
    void theCallerIsASessionOfTheMskAdminRole() {
        Caller caller = permissions.caller();
        assertThat(caller.account()).isEqualTo("111122223333");
        assertThat(caller.arn()).isEqualTo("arn:aws:sts::111122223333:assumed-role/MskAdmin/sandbox-user");
        assertThat(caller.principalArn()).isEqualTo(ROLE);
        assertThat(caller.partition()).isEqualTo("aws");
        assertThat(fixture.destinations("ap-northeast-3").permissions().caller()).isEqualTo(caller);
    }

    @Test
    void everythingIsAllowedButPutBucketPolicyAndTagDeliveryStream() {
        Map<String, Decision> decisions = permissions.simulate(ROLE, CHECKED, "*",
                Map.of("iam:AWSServiceName", "delivery.logs.amazonaws.com"));

        assertThat(decisions).containsOnlyKeys(CHECKED);
        assertThat(decisions.keySet()).as("in the order asked").containsExactlyElementsOf(CHECKED);
        assertThat(decisions).contains(entry("s3:PutBucketPolicy", Decision.IMPLICIT_DENY),
                entry("firehose:TagDeliveryStream", Decision.IMPLICIT_DENY),
                entry("kms:PutKeyPolicy", Decision.ALLOWED),
                entry("logs:CreateLogGroup", Decision.ALLOWED),
                entry("s3:CreateBucket", Decision.ALLOWED));
        assertThat(decisions.entrySet().stream().filter(e -> e.getValue() != Decision.ALLOWED).map(Map.Entry::getKey))
                .containsExactlyInAnyOrder("s3:PutBucketPolicy", "firehose:TagDeliveryStream");
    }

    @Test
    void decisionsDependOnTheActionOnlyWhateverItsCaseResourceOrContext() {
        assertThat(permissions.simulate(ROLE, List.of("S3:putBucketPolicy", "FIREHOSE:TAGDELIVERYSTREAM"),
                "arn:aws:s3:::orders-prod-broker-logs", Map.of()))
                .containsExactly(entry("S3:putBucketPolicy", Decision.IMPLICIT_DENY),
                        entry("FIREHOSE:TAGDELIVERYSTREAM", Decision.IMPLICIT_DENY));
        assertThat(permissions.simulate(ROLE, List.of("s3:GetBucketPolicy"), "arn:aws:s3:::audit-eu-archive", null))
                .containsExactly(entry("s3:GetBucketPolicy", Decision.ALLOWED));
    }

    @Test
    void anActionNotOnTheDenyListIsAllowedEvenIfUnknown() {
        assertThat(permissions.simulate(ROLE, List.of("ec2:RunInstances", "made:Up"), "*", Map.of()))
                .containsExactly(entry("ec2:RunInstances", Decision.ALLOWED), entry("made:Up", Decision.ALLOWED));
    }

    @Test
    void theDenyListIsAConstructorParameter() {
        PermissionGateway strict = new SandboxPermissionGateway(new SandboxLatency(Duration.ZERO),
                Set.of("kafka:UpdateMonitoring"));
        assertThat(strict.simulate(ROLE, List.of("kafka:UpdateMonitoring", "s3:PutBucketPolicy"), "*", Map.of()))
                .containsExactly(entry("kafka:UpdateMonitoring", Decision.IMPLICIT_DENY),
                        entry("s3:PutBucketPolicy", Decision.ALLOWED));
    }

    @Test
    void theSessionArnIsRefusedAndOtherPrincipalsAreNotFound() {
        GatewayException session = catchThrowableOfType(GatewayException.class, () -> permissions.simulate(
                "arn:aws:sts::111122223333:assumed-role/MskAdmin/sandbox-user", List.of("s3:CreateBucket"), "*", Map.of()));
        assertThat(session.failure()).isEqualTo(Failure.BAD_REQUEST);
        assertThat(session.getMessage()).contains(ROLE);

        GatewayException other = catchThrowableOfType(GatewayException.class, () -> permissions.simulate(
                "arn:aws:iam::111122223333:role/Someone", List.of("s3:CreateBucket"), "*", Map.of()));
        assertThat(other.failure()).isEqualTo(Failure.NOT_FOUND);
        assertThat(other.serviceMessage()).isEqualTo("The role with name Someone cannot be found.");
        assertThat(other.operation()).isEqualTo("SimulatePrincipalPolicy");
    }

    @Test
    void noActionIsABadRequest() {
        GatewayException e = catchThrowableOfType(GatewayException.class,
                () -> permissions.simulate(ROLE, List.of(), "*", Map.of()));
        assertThat(e.failure()).isEqualTo(Failure.BAD_REQUEST);
    }
}
