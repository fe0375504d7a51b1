package io.mskconsole.aws.destinations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.mskconsole.core.destinations.KeyPolicyMerge;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * AWS-shaped answers of an account where broker log delivery to a log group, an SSE-KMS bucket and a Firehose stream
 * would work: the caller is an assumed role, the simulator allows every action, the key policy has the statement.
 * For end-to-end tests and the benchmark: every answer may be delayed to play a distant endpoint.
 */
public final class HealthyAccountStubs {
    public static final String ACCOUNT = AwsWire.ACCOUNT;
    public static final String KEY = "arn:aws:kms:us-east-1:" + ACCOUNT + ":key/1234abcd-12ab-34cd-56ef-1234567890ab";
    static final List<String> ACTIONS = List.of("kafka:UpdateMonitoring", "kafka:CreateClusterV2",
            "logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery", "logs:DeleteLogDelivery",
            "logs:ListLogDeliveries", "logs:PutResourcePolicy", "logs:DescribeResourcePolicies",
            "logs:DescribeLogGroups", "logs:CreateLogGroup", "s3:GetBucketPolicy", "s3:PutBucketPolicy",
            "s3:CreateBucket", "firehose:TagDeliveryStream", "iam:CreateServiceLinkedRole", "kms:PutKeyPolicy");

    private final Consumer<MappingBuilder> stub;
    private final int delayMillis;

    /**
     * @param stub        registers a mapping (e.g. {@code wireMock::stubFor})
     * @param delayMillis how long each answer takes
     */
    public HealthyAccountStubs(Consumer<MappingBuilder> stub, int delayMillis) {
        this.stub = stub;
        this.delayMillis = delayMillis;
    }

    /** Stubs the caller, the simulator, and the given log group, bucket (SSE-KMS under {@link #KEY}) and stream. */
    public void stub(String region, String logGroup, String bucket, String stream) {
        stub.accept(AwsWire.query("GetCallerIdentity").willReturn(delayed(AwsWire.queryOk("GetCallerIdentity",
                AwsWire.STS_NS, "<Arn>arn:aws:sts::" + ACCOUNT + ":assumed-role/MskAdmin/ops</Arn><UserId>AROAEXAMPLE:ops"
                        + "</UserId><Account>" + ACCOUNT + "</Account>"))));
        stub.accept(AwsWire.query("GetRole").willReturn(delayed(AwsWire.queryOk("GetRole", AwsWire.IAM_NS,
                "<Role><Path>/admins/</Path><RoleName>MskAdmin</RoleName><RoleId>AROAEXAMPLE</RoleId><Arn>arn:aws:iam::"
                        + ACCOUNT + ":role/admins/MskAdmin</Arn><CreateDate>2024-01-01T00:00:00Z</CreateDate></Role>"))));
        stub.accept(AwsWire.query("SimulatePrincipalPolicy").willReturn(delayed(simulation(List.of()))));
        stub.accept(AwsWire.json("Logs_20140328.DescribeLogGroups").willReturn(delayed(AwsWire.jsonOk(
                "{\"logGroups\": [{\"logGroupName\": \"" + logGroup + "\", \"creationTime\": 1709288130000,"
                        + " \"retentionInDays\": 30, \"storedBytes\": 1024, \"arn\": \"arn:aws:logs:" + region + ":"
                        + ACCOUNT + ":log-group:" + logGroup + ":*\"}]}"))));
        stub.accept(AwsWire.json("Logs_20140328.DescribeResourcePolicies").willReturn(delayed(AwsWire.jsonOk(
                "{\"resourcePolicies\": [{\"policyName\": \"AWSLogDeliveryWrite20150319\", \"policyDocument\":"
                        + " \"{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[]}\","
                        + " \"lastUpdatedTime\": 1709288130000}]}"))));
        stub.accept(head(urlEqualTo("/" + bucket)).willReturn(delayed(aResponse().withStatus(200)
                .withHeader("x-amz-bucket-region", region))));
        stub.accept(get(urlEqualTo("/" + bucket + "?encryption")).willReturn(delayed(AwsWire.xml(200,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ServerSideEncryptionConfiguration xmlns=\""
                        + AwsWire.S3_NS + "\"><Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>aws:kms"
                        + "</SSEAlgorithm><KMSMasterKeyID>" + KEY + "</KMSMasterKeyID>"
                        + "</ApplyServerSideEncryptionByDefault></Rule></ServerSideEncryptionConfiguration>"))));
        stub.accept(AwsWire.json("TrentService.DescribeKey").willReturn(delayed(AwsWire.jsonOk(
                "{\"KeyMetadata\": {\"AWSAccountId\": \"" + ACCOUNT + "\", \"KeyId\": \"1234abcd\", \"Arn\": \"" + KEY
                        + "\", \"KeyManager\": \"CUSTOMER\", \"KeyState\": \"Enabled\"}}"))));
        String policy = KeyPolicyMerge.merge("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"root\","
                + "\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::" + ACCOUNT + ":root\"},"
                + "\"Action\":\"kms:*\",\"Resource\":\"*\"}]}");
        stub.accept(AwsWire.json("TrentService.GetKeyPolicy").willReturn(delayed(AwsWire.jsonOk(
                "{\"Policy\": " + quote(policy) + ", \"PolicyName\": \"default\"}"))));
        stub.accept(AwsWire.json("Firehose_20150804.DescribeDeliveryStream").willReturn(delayed(AwsWire.jsonOk(
                "{\"DeliveryStreamDescription\": {\"DeliveryStreamName\": \"" + stream + "\", \"DeliveryStreamARN\":"
                        + " \"arn:aws:firehose:" + region + ":" + ACCOUNT + ":deliverystream/" + stream + "\","
                        + " \"DeliveryStreamStatus\": \"ACTIVE\", \"DeliveryStreamType\": \"DirectPut\","
                        + " \"VersionId\": \"1\", \"Destinations\": [], \"HasMoreDestinations\": false}}"))));
        stub.accept(AwsWire.json("Firehose_20150804.ListTagsForDeliveryStream").willReturn(delayed(AwsWire.jsonOk(
                "{\"Tags\": [{\"Key\": \"LogDeliveryEnabled\", \"Value\": \"true\"}], \"HasMoreTags\": false}"))));
    }

    /** The simulator's answer: every action allowed but the denied ones (implicitDeny). */
    public static ResponseDefinitionBuilder simulation(List<String> denied) {
        return AwsWire.queryOk("SimulatePrincipalPolicy", AwsWire.IAM_NS, "<IsTruncated>false</IsTruncated>"
                + "<EvaluationResults>" + ACTIONS.stream().map(a -> "<member><EvalResourceName>*</EvalResourceName>"
                + "<EvalDecision>" + (denied.contains(a) ? "implicitDeny" : "allowed") + "</EvalDecision>"
                + "<EvalActionName>" + a + "</EvalActionName></member>").collect(Collectors.joining())
                + "</EvaluationResults>");
    }

    private ResponseDefinitionBuilder delayed(ResponseDefinitionBuilder response) {
        return delayMillis > 0 ? response.withFixedDelay(delayMillis) : response;
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
