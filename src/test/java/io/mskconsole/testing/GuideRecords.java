package io.mskconsole.testing;

/** The example CloudTrail records of the MSK developer guide's "Logging" page, word for word, for tests. */
public final class GuideRecords {
    /** DescribeCluster by Joe; its clusterArn URL-encoded, as in the guide. */
    public static final String DESCRIBE_CLUSTER = """
            {"eventVersion": "1.05",
             "userIdentity": {"type": "IAMUser", "principalId": "ABCDEF0123456789ABCDE",
               "arn": "arn:aws:iam::012345678901:user/Joe", "accountId": "012345678901",
               "accessKeyId": "AIDACKCEVSQ6C2EXAMPLE", "userName": "Joe"},
             "eventTime": "2018-12-12T02:29:24Z", "eventSource": "kafka.amazonaws.com", "eventName": "DescribeCluster",
             "awsRegion": "us-east-1", "sourceIPAddress": "192.0.2.0",
             "userAgent": "aws-cli/1.14.67 Python/3.6.0 Windows/10 botocore/1.9.20",
             "requestParameters": {"clusterArn": "arn%3Aaws%3Akafka%3Aus-east-1%3A012345678901%3Acluster%2Fexamplecluster%2F01234567-abcd-0123-abcd-abcd0123efa-2"},
             "responseElements": null, "requestID": "bd83f636-fdb5-abcd-0123-157e2fbf2bde",
             "eventID": "60052aba-0123-4511-bcde-3e18dbd42aa4", "readOnly": true, "eventType": "AwsApiCall",
             "recipientAccountId": "012345678901"}""";

    /** DeleteCluster by Joe, 16 s later. */
    public static final String DELETE_CLUSTER = """
            {
              "eventVersion": "1.05",
              "userIdentity": {
                "type": "IAMUser",
                "principalId": "ABCDEF0123456789ABCDE",
                "arn": "arn:aws:iam::012345678901:user/Joe",
                "accountId": "012345678901",
                "accessKeyId": "AIDACKCEVSQ6C2EXAMPLE",
                "userName": "Joe"
              },
              "eventTime": "2018-12-12T02:29:40Z",
              "eventSource": "kafka.amazonaws.com",
              "eventName": "DeleteCluster",
              "awsRegion": "us-east-1",
              "sourceIPAddress": "192.0.2.0",
              "userAgent": "aws-cli/1.14.67 Python/3.6.0 Windows/10 botocore/1.9.20",
              "requestParameters": {
                "clusterArn": "arn%3Aaws%3Akafka%3Aus-east-1%3A012345678901%3Acluster%2Fexamplecluster%2F01234567-abcd-0123-abcd-abcd0123efa-2"
              },
              "responseElements": {
                "clusterArn": "arn:aws:kafka:us-east-1:012345678901:cluster/examplecluster/01234567-abcd-0123-abcd-abcd0123efa-2",
                "state": "DELETING"
              },
              "requestID": "c6bfb3f7-abcd-0123-afa5-293519897703",
              "eventID": "8a7f1fcf-0123-abcd-9bdb-1ebf0663a75c",
              "readOnly": false,
              "eventType": "AwsApiCall",
              "recipientAccountId": "012345678901"
            }""";

    /** The kafka-cluster CreateTopic of topic Topic9 by Admin. */
    public static final String CREATE_TOPIC = """
            {"eventVersion": "1.08",
             "userIdentity": {"type": "IAMUser", "principalId": "ABCDEFGH1IJKLMN2P34Q5",
               "arn": "arn:aws:iam::111122223333:user/Admin", "accountId": "111122223333",
               "accessKeyId": "CDEFAB1C2UUUUU3AB4TT", "userName": "Admin"},
             "eventTime": "2021-03-01T12:51:19Z", "eventSource": "kafka-cluster.amazonaws.com", "eventName": "CreateTopic",
             "awsRegion": "us-east-1", "sourceIPAddress": "198.51.100.0/24",
             "requestParameters": {"kafkaAPI": "CreateTopics",
               "resourceARN": "arn:aws:kafka:us-east-1:111122223333:topic/IamAuthCluster/3ebafd8e-dae9-440d-85db-4ef52679674d-1/Topic9"},
             "responseElements": null, "requestID": "e7c5e49f-6aac-4c9a-a1d1-c2c46599f5e4",
             "eventID": "be1f93fd-4f14-4634-ab02-b5a79cb833d2", "readOnly": false, "eventType": "AwsApiCall",
             "managementEvent": true, "eventCategory": "Management", "recipientAccountId": "111122223333"}""";

    /** The guide's example log file: DescribeCluster then DeleteCluster. */
    public static final String LOG_FILE = "{\"Records\": [" + DESCRIBE_CLUSTER + ",\n" + DELETE_CLUSTER + "]}";

    private GuideRecords() {
    }
}
