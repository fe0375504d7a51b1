package io.mskconsole.core.create;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.clusters.OpenMonitoring;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.FirehoseDestination;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreateClusterFileTest {
    /** The valid sample draft exactly as the file holds it. */
    static final String SAMPLE = """
            {
              "ClusterName": "orders-new",
              "Tags": {
                "team": "orders",
                "env": "prod"
              },
              "Provisioned": {
                "KafkaVersion": "3.6.0",
                "NumberOfBrokerNodes": 3,
                "BrokerNodeGroupInfo": {
                  "InstanceType": "kafka.m7g.large",
                  "ClientSubnets": [
                    "subnet-0b00000a1",
                    "subnet-0b00000b2",
                    "subnet-0b00000c3"
                  ],
                  "SecurityGroups": [
                    "sg-0b0000001"
                  ],
                  "StorageInfo": {
                    "EbsStorageInfo": {
                      "VolumeSize": 1000
                    }
                  }
                },
                "ClientAuthentication": {
                  "Sasl": {
                    "Iam": {
                      "Enabled": true
                    },
                    "Scram": {
                      "Enabled": false
                    }
                  },
                  "Tls": {
                    "Enabled": false
                  },
                  "Unauthenticated": {
                    "Enabled": false
                  }
                },
                "EncryptionInfo": {
                  "EncryptionInTransit": {
                    "ClientBroker": "TLS",
                    "InCluster": true
                  }
                },
                "EnhancedMonitoring": "PER_BROKER",
                "OpenMonitoring": {
                  "Prometheus": {
                    "JmxExporter": {
                      "EnabledInBroker": true
                    },
                    "NodeExporter": {
                      "EnabledInBroker": false
                    }
                  }
                },
                "LoggingInfo": {
                  "BrokerLogs": {
                    "CloudWatchLogs": {
                      "Enabled": true,
                      "LogGroup": "/aws/vendedlogs/msk/orders-new"
                    },
                    "Firehose": {
                      "Enabled": false
                    },
                    "S3": {
                      "Enabled": true,
                      "Bucket": "msk-broker-logs-123",
                      "Prefix": "orders"
                    }
                  }
                }
              }
            }
            """;

    @Test
    void writesTheAwsCliInputDocument() {
        assertThat(CreateClusterFile.write(Drafts.valid())).isEqualTo(SAMPLE);
        assertThat(new CreateClusterRequest(Drafts.valid()).toCliInput()).isEqualTo(SAMPLE);
    }

    @Test
    void draftsRoundTrip() throws DraftFileException {
        ClusterDraft tls = Drafts.valid().withAccess(new ClientAccess(true, true, true, true, List.of(Drafts.CA_ARN)))
                .withEncryption(new Encryption(ClientBrokerEncryption.TLS_PLAINTEXT, false,
                        "arn:aws:kms:us-east-1:123456789012:key/1234abcd"))
                .withConfiguration(new ConfigurationRef(
                        "arn:aws:kafka:us-east-1:123456789012:configuration/tuning/abc-1", 3));
        for (ClusterDraft draft : List.of(Drafts.valid(), Drafts.express(), tls, ClusterDraft.newDraft(),
                Drafts.valid().withName("").withTags(null))) {
            assertThat(CreateClusterFile.read(CreateClusterFile.write(draft))).isEqualTo(draft);
        }
    }

    @Test
    void expressBrokersAreWrittenWithoutStorage() {
        assertThat(CreateClusterFile.write(Drafts.express())).doesNotContain("StorageInfo")
                .contains("\"InstanceType\": \"express.m7g.large\"");
    }

    @Test
    void aFileWithOnlyTheRequiredMembersReadsWithMsksDefaults() throws DraftFileException {
        ClusterDraft draft = CreateClusterFile.read("""
                {"ClusterName": "min", "Provisioned": {"KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 2,
                  "BrokerNodeGroupInfo": {"InstanceType": "kafka.t3.small", "ClientSubnets": ["subnet-0b00000a1", "subnet-0b00000b2"],
                    "StorageInfo": {"EbsStorageInfo": {"VolumeSize": 10}}},
                  "ClientAuthentication": {"Unauthenticated": {"Enabled": true}}}}""");
        assertThat(draft.encryption()).isEqualTo(Encryption.DEFAULT);
        assertThat(draft.monitoring()).isEqualTo(new MonitoringSettings("DEFAULT", new OpenMonitoring(false, false)));
        assertThat(draft.brokerLogs()).isEqualTo(LogDelivery.NONE);
        assertThat(draft.access()).isEqualTo(new ClientAccess(true, false, false, false, List.of()));
        assertThat(draft.brokers().securityGroups()).isEmpty();
        assertThat(draft.tags()).isEmpty();
    }

    @Test
    void theApisCamelCaseReadsToo() throws DraftFileException {
        String api = new CreateClusterRequest(Drafts.valid()).toApiBody().toString();
        assertThat(api).contains("\"clusterName\":\"orders-new\"", "\"loggingInfo\":{\"brokerLogs\"");
        assertThat(CreateClusterFile.read(api)).isEqualTo(Drafts.valid());
    }

    @Test
    void aDisabledDestinationsNameIsNotWritten() throws DraftFileException {
        ClusterDraft draft = Drafts.valid().withBrokerLogs(Drafts.valid().brokerLogs()
                .withCloudWatchLogs(new CloudWatchLogsDestination(false, "/kept/in/the/window")));
        String file = CreateClusterFile.write(draft);
        assertThat(file).doesNotContain("/kept/in/the/window");
        assertThat(CreateClusterFile.read(file).brokerLogs().sameDeliveryAs(draft.brokerLogs())).isTrue();
    }

    @Test
    void badFilesSayWhereWithTheJsonPath() {
        assertRefused("", null, "The file is empty");
        assertRefused("{\"ClusterName\": \"x\",", null, "Line 1, column 21: not valid JSON");
        assertRefused("[]", null, "The document must be a JSON object (found a list).");
        assertRefused("{\"ClusterName\": \"x\"}", "Provisioned", "Provisioned is missing");
        assertRefused("{\"ClusterName\": 7, \"Provisioned\": {}}", "ClusterName",
                "ClusterName must be a string (found 7).");
        assertRefused("{\"Provisioned\": {\"NumberOfBrokerNodes\": \"three\"}}", "Provisioned.NumberOfBrokerNodes",
                "Provisioned.NumberOfBrokerNodes must be a whole number (found \"three\").");
        assertRefused("{\"Provisioned\": {\"BrokerNodeGroupInfo\": {\"ClientSubnets\": [\"subnet-1\", 2]}}}",
                "Provisioned.BrokerNodeGroupInfo.ClientSubnets",
                "Provisioned.BrokerNodeGroupInfo.ClientSubnets[1] must be a string (found 2).");
        assertRefused("{\"Provisioned\": {\"EncryptionInfo\": {\"EncryptionInTransit\": {\"ClientBroker\": \"SSL\"}}}}",
                "Provisioned.EncryptionInfo.EncryptionInTransit.ClientBroker",
                "Provisioned.EncryptionInfo.EncryptionInTransit.ClientBroker must be TLS, TLS_PLAINTEXT or PLAINTEXT "
                        + "(found \"SSL\").");
        assertRefused("{\"Provisioned\": {\"OpenMonitoring\": {\"Prometheus\": {\"JmxExporter\": {}}}}}",
                "Provisioned.OpenMonitoring.Prometheus.JmxExporter.EnabledInBroker",
                "Provisioned.OpenMonitoring.Prometheus.JmxExporter.EnabledInBroker is missing: say true or false.");
        assertRefused("{\"Provisioned\": {\"ConfigurationInfo\": {\"Arn\": \"arn:x\"}}}",
                "Provisioned.ConfigurationInfo.Revision", "Revision is missing");
        assertRefused("{\"Provisioned\": {}, \"Provisioned\": {}}", null, "Duplicate field 'Provisioned'");
    }

    @Test
    void unknownMembersAreRefusedNamingWhatIsExpected() {
        assertRefused("{\"Provisioned\": {\"BrokerNodeGroupInfo\": {\"InstanceTypes\": \"kafka.m5.large\"}}}",
                "Provisioned.BrokerNodeGroupInfo.InstanceTypes",
                "Provisioned.BrokerNodeGroupInfo.InstanceTypes: unknown field in Provisioned.BrokerNodeGroupInfo "
                        + "(expected InstanceType, ClientSubnets, SecurityGroups, StorageInfo, BrokerAZDistribution).");
        assertRefused("{\"Cluster\": \"x\", \"Provisioned\": {}}", "Cluster",
                "Cluster: unknown field (expected ClusterName, Tags, Provisioned).");
    }

    @Test
    void createClusterV2MembersMskConsoleDoesNotSetAreRefusedSayingSo() {
        assertRefused("{\"Serverless\": {}, \"Provisioned\": {}}", "Serverless",
                "Serverless: msk-console does not set serverless clusters");
        assertRefused("{\"Provisioned\": {\"StorageMode\": \"TIERED\"}}", "Provisioned.StorageMode",
                "Provisioned.StorageMode: msk-console does not set tiered storage. Remove StorageMode from the file, "
                        + "or create this cluster with the AWS CLI.");
        assertRefused("{\"Provisioned\": {\"BrokerNodeGroupInfo\": {\"StorageInfo\": {\"EbsStorageInfo\": "
                        + "{\"ProvisionedThroughput\": {\"Enabled\": true}}}}}}",
                "Provisioned.BrokerNodeGroupInfo.StorageInfo.EbsStorageInfo.ProvisionedThroughput",
                "provisioned storage throughput");
        assertRefused("{\"Provisioned\": {\"BrokerNodeGroupInfo\": {\"BrokerAZDistribution\": \"SPREAD\"}}}",
                "Provisioned.BrokerNodeGroupInfo.BrokerAZDistribution", "must be DEFAULT, its only value");
    }

    @Test
    void loggingInfoIsReadAsLoggingApplyReadsIt() {
        assertRefused("{\"Provisioned\": {\"LoggingInfo\": {\"BrokerLogs\": {\"S3\": {\"Bucket\": \"b\"}}}}}",
                "Provisioned.LoggingInfo.BrokerLogs.S3.Enabled",
                "Provisioned.LoggingInfo: field \"BrokerLogs.S3.Enabled\" is missing: say true or false.");
        assertRefused("{\"Provisioned\": {\"LoggingInfo\": {\"BrokerLogs\": {\"Kinesis\": {}}}}}",
                "Provisioned.LoggingInfo.BrokerLogs.Kinesis", "unknown field \"Kinesis\" in BrokerLogs");
    }

    @Test
    void authorizerLogsRoundTripInLoggingInfoAndAreRefusedWhereTheyAreWrong() throws DraftFileException {
        LogDelivery authorizer = LogDelivery.NONE.withFirehose(FirehoseDestination.to("audit-stream"));
        ClusterDraft draft = Drafts.valid().withLogging(Drafts.valid().logging().withAuthorizerLogs(authorizer));

        String file = CreateClusterFile.write(draft);

        assertThat(file).contains("\"AuthorizerLogs\": {");
        assertThat(CreateClusterFile.read(file).logging().authorizerLogs()).isEqualTo(authorizer);
        assertThat(CreateClusterFile.read(CreateClusterFile.write(Drafts.valid())).logging().hasAuthorizerLogs())
                .isFalse();
        assertRefused("{\"Provisioned\": {\"LoggingInfo\": {\"BrokerLogs\": {}, \"AuthorizerLogs\": "
                        + "{\"S3\": {\"Enabled\": true, \"Buckett\": \"b\"}}}}}",
                "Provisioned.LoggingInfo.AuthorizerLogs.S3.Buckett", "unknown field \"Buckett\" in AuthorizerLogs.S3");
    }

    private static void assertRefused(String json, String path, String message) {
        assertThatThrownBy(() -> CreateClusterFile.read(json)).isInstanceOfSatisfying(DraftFileException.class, e -> {
            assertThat(e.getMessage()).contains(message);
            assertThat(e.path()).isEqualTo(path);
        });
    }
}
