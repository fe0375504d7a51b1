package io.mskconsole.core.create;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mskconsole.core.clusters.OpenMonitoring;
import io.mskconsole.core.delivery.JsonCasing;
import io.mskconsole.core.delivery.LoggingInfoFormat;
import java.util.List;

/**
 * A draft as the create-cluster-v2 document: the AWS CLI's --cli-input-json (PascalCase) or the body of
 * {@code POST /api/v2/clusters} (camelCase), the same members either way. Written explicitly, so the file says what
 * is sent: every access control method with its Enabled flag, encryption in transit, the monitoring level, both
 * Prometheus exporters, and all three broker log destinations with explicit Enabled flags. Storage only for standard
 * brokers; certificate authorities only with TLS client authentication; tags, security groups, encryption at rest
 * and a configuration only when set.
 */
final class CreateClusterJson {
    private CreateClusterJson() {
    }

    static ObjectNode document(ClusterDraft draft, JsonCasing casing) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put(casing.name("ClusterName"), draft.name());
        if (!draft.tags().isEmpty()) {
            ObjectNode tags = root.putObject(casing.name("Tags"));
            draft.tags().forEach(tags::put);
        }
        ObjectNode provisioned = root.putObject(casing.name("Provisioned"));
        provisioned.put(casing.name("KafkaVersion"), draft.kafkaVersion());
        provisioned.put(casing.name("NumberOfBrokerNodes"), draft.brokers().count());
        provisioned.set(casing.name("BrokerNodeGroupInfo"), brokerNodeGroup(draft, casing));
        provisioned.set(casing.name("ClientAuthentication"), clientAuthentication(draft.access(), casing));
        provisioned.set(casing.name("EncryptionInfo"), encryption(draft.encryption(), casing));
        if (draft.configuration() != null) {
            provisioned.putObject(casing.name("ConfigurationInfo"))
                    .put(casing.name("Arn"), draft.configuration().arn())
                    .put(casing.name("Revision"), draft.configuration().revision());
        }
        provisioned.put(casing.name("EnhancedMonitoring"), draft.monitoring().enhancedMonitoring());
        provisioned.set(casing.name("OpenMonitoring"), openMonitoring(draft.monitoring().openMonitoring(), casing));
        provisioned.set(casing.name("LoggingInfo"), LoggingInfoFormat.toNode(draft.logging(), casing));
        return root;
    }

    private static ObjectNode brokerNodeGroup(ClusterDraft draft, JsonCasing casing) {
        BrokerNodes brokers = draft.brokers();
        ObjectNode group = JsonNodeFactory.instance.objectNode();
        group.put(casing.name("InstanceType"), brokers.instanceType());
        group.set(casing.name("ClientSubnets"), array(brokers.clientSubnets()));
        if (!brokers.securityGroups().isEmpty()) {
            group.set(casing.name("SecurityGroups"), array(brokers.securityGroups()));
        }
        if (!draft.isExpress() && brokers.volumeSizeGiB() != null) {
            group.putObject(casing.name("StorageInfo")).putObject(casing.name("EbsStorageInfo"))
                    .put(casing.name("VolumeSize"), brokers.volumeSizeGiB());
        }
        return group;
    }

    private static ObjectNode clientAuthentication(ClientAccess access, JsonCasing casing) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ObjectNode sasl = node.putObject(casing.name("Sasl"));
        sasl.putObject(casing.name("Iam")).put(casing.name("Enabled"), access.iam());
        sasl.putObject(casing.name("Scram")).put(casing.name("Enabled"), access.scram());
        ObjectNode tls = node.putObject(casing.name("Tls"));
        tls.put(casing.name("Enabled"), access.tls());
        if (!access.certificateAuthoritiesForRequest().isEmpty()) {
            tls.set(casing.name("CertificateAuthorityArnList"), array(access.certificateAuthoritiesForRequest()));
        }
        node.putObject(casing.name("Unauthenticated")).put(casing.name("Enabled"), access.unauthenticated());
        return node;
    }

    private static ObjectNode encryption(Encryption encryption, JsonCasing casing) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (encryption.atRestKmsKey() != null) {
            node.putObject(casing.name("EncryptionAtRest"))
                    .put(casing.name("DataVolumeKMSKeyId"), encryption.atRestKmsKey());
        }
        node.putObject(casing.name("EncryptionInTransit"))
                .put(casing.name("ClientBroker"), encryption.clientBroker().name())
                .put(casing.name("InCluster"), encryption.inCluster());
        return node;
    }

    private static ObjectNode openMonitoring(OpenMonitoring open, JsonCasing casing) {
        ObjectNode prometheus = JsonNodeFactory.instance.objectNode();
        prometheus.putObject(casing.name("JmxExporter")).put(casing.name("EnabledInBroker"), open.jmxExporter());
        prometheus.putObject(casing.name("NodeExporter")).put(casing.name("EnabledInBroker"), open.nodeExporter());
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.set(casing.name("Prometheus"), prometheus);
        return node;
    }

    private static ArrayNode array(List<String> values) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
