package io.mskconsole.core.create;

/** The fields of a new cluster's settings, each with its label in the window and its path in the request file. */
public enum DraftField {
    NAME("Cluster name", "ClusterName"),
    KAFKA_VERSION("Kafka version", "Provisioned.KafkaVersion"),
    INSTANCE_TYPE("Broker type", "Provisioned.BrokerNodeGroupInfo.InstanceType"),
    BROKER_COUNT("Brokers", "Provisioned.NumberOfBrokerNodes"),
    CLIENT_SUBNETS("Subnets", "Provisioned.BrokerNodeGroupInfo.ClientSubnets"),
    SECURITY_GROUPS("Security groups", "Provisioned.BrokerNodeGroupInfo.SecurityGroups"),
    STORAGE("Storage per broker", "Provisioned.BrokerNodeGroupInfo.StorageInfo.EbsStorageInfo.VolumeSize"),
    ACCESS_CONTROL("Access control", "Provisioned.ClientAuthentication"),
    CERTIFICATE_AUTHORITIES("Certificate authorities", "Provisioned.ClientAuthentication.Tls.CertificateAuthorityArnList"),
    ENCRYPTION_IN_TRANSIT("Encryption in transit", "Provisioned.EncryptionInfo.EncryptionInTransit.ClientBroker"),
    ENCRYPTION_AT_REST("Encryption at rest", "Provisioned.EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId"),
    ENHANCED_MONITORING("Enhanced monitoring", "Provisioned.EnhancedMonitoring"),
    CONFIGURATION("Configuration", "Provisioned.ConfigurationInfo"),
    TAGS("Tags", "Tags"),
    /** A broker log destination's field; {@link DraftProblem#destinationField()} says which. */
    BROKER_LOGS("Broker log delivery", "Provisioned.LoggingInfo.BrokerLogs"),
    /** An authorizer log destination's field; {@link DraftProblem#destinationField()} says which. */
    AUTHORIZER_LOGS("Authorizer log delivery", "Provisioned.LoggingInfo.AuthorizerLogs");

    private final String label;
    private final String path;

    DraftField(String label, String path) {
        this.label = label;
        this.path = path;
    }

    public String label() {
        return label;
    }

    /** Where the field is in the AWS CLI's create-cluster-v2 --cli-input-json document. */
    public String path() {
        return path;
    }
}
