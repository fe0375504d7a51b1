package io.mskconsole.core.trail;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.testing.GuideRecords;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrailRecordsTest {
    /** The DescribeCluster example of the MSK developer guide, its cluster ARN URL-encoded as there. */
    static final String DESCRIBE_CLUSTER = GuideRecords.DESCRIBE_CLUSTER;
    static final String CREATE_TOPIC = GuideRecords.CREATE_TOPIC;

    @Test
    void theDocumentationsDescribeClusterExampleWithItsEncodedArn() {
        TrailEvent event = TrailRecords.parse(DESCRIBE_CLUSTER).orElseThrow();

        assertThat(event.eventId()).isEqualTo("60052aba-0123-4511-bcde-3e18dbd42aa4");
        assertThat(event.time()).isEqualTo(Instant.parse("2018-12-12T02:29:24Z"));
        assertThat(event.name()).isEqualTo("DescribeCluster");
        assertThat(event.source()).isEqualTo("kafka.amazonaws.com");
        assertThat(event.user()).isEqualTo("Joe");
        assertThat(event.userType()).isEqualTo("IAMUser");
        assertThat(event.sourceIp()).isEqualTo("192.0.2.0");
        assertThat(event.readOnly()).isTrue();
        assertThat(event.hasError()).isFalse();
        assertThat(event.resource()).isEqualTo(new MskResource(
                "arn:aws:kafka:us-east-1:012345678901:cluster/examplecluster/01234567-abcd-0123-abcd-abcd0123efa-2",
                "examplecluster", "", ""));
        assertThat(event.record()).isEqualTo(DESCRIBE_CLUSTER);
    }

    @Test
    void aKafkaActionNamesItsTopicAndCluster() {
        TrailEvent event = TrailRecords.parse(CREATE_TOPIC).orElseThrow();

        assertThat(event.resource().clusterName()).isEqualTo("IamAuthCluster");
        assertThat(event.resource().clusterArn())
                .isEqualTo("arn:aws:kafka:us-east-1:111122223333:cluster/IamAuthCluster/3ebafd8e-dae9-440d-85db-4ef52679674d-1");
        assertThat(event.resource().topic()).isEqualTo("Topic9");
        assertThat(event.readOnly()).isFalse();
        assertThat(event.searchText()).contains("createtopic", "admin", "topic9", "iamauthcluster");
    }

    @Test
    void usersAreNamedAsAnAdministratorWould() {
        assertThat(user("""
                {"type": "AssumedRole", "arn": "arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_Admin_0a1b/jane@example.com",
                 "sessionContext": {"sessionIssuer": {"userName": "AWSReservedSSO_Admin_0a1b"}}}"""))
                .isEqualTo("AWSReservedSSO_Admin_0a1b/jane@example.com");
        assertThat(user("{\"type\": \"FederatedUser\", \"arn\": \"arn:aws:sts::111122223333:federated-user/bob\"}"))
                .isEqualTo("bob");
        assertThat(user("{\"type\": \"AWSService\", \"invokedBy\": \"kafka.amazonaws.com\"}"))
                .isEqualTo("kafka.amazonaws.com");
        assertThat(user("{\"type\": \"Root\", \"arn\": \"arn:aws:iam::111122223333:root\"}")).isEqualTo("root");
        assertThat(user("{\"type\": \"IAMUser\", \"arn\": \"arn:aws:iam::111122223333:user/ops/alice\"}"))
                .isEqualTo("alice");
    }

    private static String user(String identity) {
        return TrailRecords.parse("{\"eventID\": \"e1\", \"eventTime\": \"2026-11-01T00:00:00Z\", \"userIdentity\": "
                + identity + "}").orElseThrow().user();
    }

    @Test
    void errorsAndResponseArnsAreRead() {
        TrailEvent event = TrailRecords.parse("""
                {"eventID": "e2", "eventTime": "2026-11-01T10:00:00Z", "eventName": "UpdateMonitoring",
                 "eventSource": "kafka.amazonaws.com", "errorCode": "BadRequestException",
                 "errorMessage": "The version of the cluster isn't current.",
                 "requestParameters": {"currentVersion": "K3AEGXETSR30VB"},
                 "responseElements": {"clusterArn": "arn:aws:kafka:eu-west-1:111122223333:cluster/audit-eu/abc-1"},
                 "readOnly": "false"}""").orElseThrow();

        assertThat(event.hasError()).isTrue();
        assertThat(event.errorCode()).isEqualTo("BadRequestException");
        assertThat(event.resource().clusterName()).isEqualTo("audit-eu");
        assertThat(event.readOnly()).isFalse();
    }

    @Test
    void brokenRecordsAreEmptyNeverAnException() {
        assertThat(TrailRecords.parse("not json")).isEmpty();
        assertThat(TrailRecords.parse("[1, 2]")).isEmpty();
        assertThat(TrailRecords.parse("{\"eventTime\": \"2026-11-01T00:00:00Z\"}")).as("no eventID").isEmpty();
        assertThat(TrailRecords.parse("{\"eventID\": \"x\", \"eventTime\": \"yesterday\"}")).isEmpty();
        assertThat(TrailRecords.parse((String) null)).isEmpty();
    }

    @Test
    void groupArnsAndClusterArnsWithoutUuid() {
        assertThat(MskResource.fromArn("arn:aws:kafka:us-east-1:111122223333:group/orders/uuid-1/billing-consumers"))
                .isEqualTo(new MskResource("arn:aws:kafka:us-east-1:111122223333:cluster/orders/uuid-1", "orders", "",
                        "billing-consumers"));
        assertThat(MskResource.fromArn("arn:aws:kafka:us-east-1:111122223333:cluster/orders/uuid-1").isCluster("orders"))
                .isTrue();
        assertThat(MskResource.fromArn("arn:aws:kafka:us-east-1:111122223333:cluster-operation/orders/uuid-1/op-9"))
                .isEqualTo(new MskResource("arn:aws:kafka:us-east-1:111122223333:cluster/orders/uuid-1", "orders", "", ""));
        assertThat(MskResource.fromArn("arn:aws:s3:::bucket")).isNull();
        assertThat(MskResource.fromArn("arn:aws:kafka:us-east-1:111122223333:configuration/c/1")).isNull();
    }

    @Test
    void theAccountIsTheRecipientsElseTheCallersAndTheTextFilterFindsIt() {
        TrailEvent recipient = TrailRecords.parse("{\"eventID\":\"a\",\"eventTime\":\"2026-03-01T00:00:00Z\","
                + "\"recipientAccountId\":\"444455556666\",\"userIdentity\":{\"accountId\":\"111122223333\"}}")
                .orElseThrow();
        TrailEvent caller = TrailRecords.parse("{\"eventID\":\"b\",\"eventTime\":\"2026-03-01T00:00:00Z\","
                + "\"userIdentity\":{\"accountId\":\"111122223333\"}}").orElseThrow();

        assertThat(recipient.account()).isEqualTo("444455556666");
        assertThat(caller.account()).isEqualTo("111122223333");
        assertThat(recipient.from(TrailOrigin.S3).account()).isEqualTo("444455556666");
        assertThat(TrailFilter.text("444455556666").predicate().test(recipient)).isTrue();
        assertThat(TrailFilter.text("444455556666").predicate().test(caller)).isFalse();
    }
}
