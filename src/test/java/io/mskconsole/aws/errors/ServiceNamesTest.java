package io.mskconsole.aws.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** Messages name the service that was called, and the IAM action it needs, not always MSK's. */
class ServiceNamesTest {
    static AwsServiceException service(int status, String code, String message) {
        return AwsServiceException.builder().statusCode(status).message(message)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build()).build();
    }

    @Test
    void anMskCallStaysWordedAsBefore() {
        AwsCall call = AwsCall.of("ListClustersV2", "eu-west-1", "prod", null);

        assertThat(call.service()).isEqualTo(AwsService.MSK);
        assertThat(call.iamAction()).isEqualTo("kafka:ListClustersV2");
        assertThat(new AwsCall("DescribeClusterV2", "eu-west-1", null, null, null, null).service())
                .isEqualTo(AwsService.MSK);
    }

    @Test
    void iamActionsCarryTheServicesPrefixAndS3sOwnActionNames() {
        assertThat(AwsService.CLOUDWATCH_LOGS.iamAction("DescribeLogGroups")).isEqualTo("logs:DescribeLogGroups");
        assertThat(AwsService.FIREHOSE.iamAction("DescribeDeliveryStream")).isEqualTo("firehose:DescribeDeliveryStream");
        assertThat(AwsService.KMS.iamAction("GetKeyPolicy")).isEqualTo("kms:GetKeyPolicy");
        assertThat(AwsService.IAM.iamAction("SimulatePrincipalPolicy")).isEqualTo("iam:SimulatePrincipalPolicy");
        assertThat(AwsService.STS.iamAction("GetCallerIdentity")).isEqualTo("sts:GetCallerIdentity");
        assertThat(AwsService.S3.iamAction("ListBuckets")).isEqualTo("s3:ListAllMyBuckets");
        assertThat(AwsService.S3.iamAction("HeadBucket")).isEqualTo("s3:ListBucket");
        assertThat(AwsService.S3.iamAction("GetBucketEncryption")).isEqualTo("s3:GetEncryptionConfiguration");
        assertThat(AwsService.S3.iamAction("CreateBucket")).isEqualTo("s3:CreateBucket");
        assertThat(AwsService.S3.iamAction("ListObjectsV2")).isEqualTo("s3:ListBucket");
        assertThat(AwsService.CLOUDWATCH.iamAction("GetMetricData")).isEqualTo("cloudwatch:GetMetricData");
        assertThat(AwsService.CLOUDWATCH.endpointPrefix()).isEqualTo("monitoring");
    }

    @Test
    void connectionTimeoutThrottlingAndServerErrorsNameTheService() {
        AwsCall logs = AwsCall.of(AwsService.CLOUDWATCH_LOGS, "DescribeLogGroups", "eu-west-1", "prod",
                "logs.eu-west-1.amazonaws.com");

        GatewayException offline = AwsFailures.translate(SdkClientException.create("Unable to execute HTTP request",
                new UnknownHostException("logs.eu-west-1.amazonaws.com")), logs);
        assertThat(offline.failure()).isEqualTo(Failure.CONNECTION);
        assertThat(offline.getMessage()).startsWith("Could not reach CloudWatch Logs in eu-west-1"
                + " (logs.eu-west-1.amazonaws.com): unknown host");

        assertThat(AwsFailures.translate(ApiCallTimeoutException.create(30_000), logs).getMessage())
                .contains("timed out: CloudWatch Logs did not answer in time");
        assertThat(AwsFailures.translate(service(400, "ThrottlingException", "Rate exceeded"), logs).getMessage())
                .contains("was throttled by CloudWatch Logs (Rate exceeded)");
        assertThat(AwsFailures.translate(service(503, "ServiceUnavailable", "Busy"), logs.withHost(null))
                .getMessage()).contains("failed: CloudWatch Logs answered HTTP 503");
        assertThat(AwsFailures.clientUnavailable(new IllegalArgumentException("bad"),
                AwsCall.of(AwsService.S3, "ListBuckets", "eu-west-1", "prod", null)).getMessage())
                .contains("was not sent: the Amazon S3 client for region eu-west-1 could not be set up (bad)");
    }

    @Test
    void notFoundWithHttp400IsNotFoundAndAStaleVersionIsOnlyMsks() {
        AwsCall firehose = AwsCall.of(AwsService.FIREHOSE, "DescribeDeliveryStream", "eu-west-1", "prod", null);
        assertThat(AwsFailures.translate(service(400, "ResourceNotFoundException", "Not found."), firehose).failure())
                .isEqualTo(Failure.NOT_FOUND);
        String stale = "The version of the cluster isn't current.";
        assertThat(AwsFailures.translate(service(400, "BadRequest", stale), firehose).failure())
                .isEqualTo(Failure.BAD_REQUEST);
        assertThat(AwsFailures.translate(service(400, "AccessDenied", "No."), AwsCall.of(AwsService.S3, "HeadBucket",
                "eu-west-1", "prod", null).forResource("bucket", "logs")).getMessage())
                .isEqualTo("HeadBucket of bucket logs in eu-west-1 (profile prod) failed: access denied (No). The"
                        + " identity of profile prod needs permission for s3:ListBucket on this resource.");
    }
}
