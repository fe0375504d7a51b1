package io.mskconsole.core.create;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.clusters.OpenMonitoring;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.LoggingInfoFileException;
import io.mskconsole.core.delivery.LoggingInfoFormat;
import java.util.List;
import java.util.Map;

/**
 * Reads a create-cluster-v2 request (the AWS CLI's --cli-input-json, PascalCase; the API's camelCase is read too)
 * into a draft. Structure only: wrong types, unknown members, duplicated members and members msk-console does not
 * set are refused with their JSON path; whether the values may be sent is for {@link ClusterDraftRules}. Members left
 * out read as MSK's defaults where it has one (TLS encryption in transit, DEFAULT monitoring, no Prometheus exporters,
 * no broker logs) and as empty otherwise, for the rules to ask for.
 */
final class CreateClusterFileReader {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Map<String, String> NONE = Map.of();

    private CreateClusterFileReader() {
    }

    static ClusterDraft read(String json) throws DraftFileException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            int line = where == null ? 0 : where.getLineNr();
            String at = line < 1 ? "" : "Line " + line + ", column " + where.getColumnNr() + ": ";
            String reason = e.getOriginalMessage() == null ? "malformed" : e.getOriginalMessage().lines().findFirst()
                    .orElse("malformed");
            throw new DraftFileException(at + "not valid JSON (" + reason + ").", null, Math.max(line, 0));
        }
        if (root == null || root.isMissingNode()) {
            throw new DraftFileException("The file is empty: expected a create-cluster-v2 request (a JSON object "
                    + "with ClusterName and Provisioned).", null, 0);
        }
        JsonMembers top = JsonMembers.of(root, "", List.of("ClusterName", "Tags", "Provisioned"),
                Map.of("Serverless", "serverless clusters (they have no broker logs); it creates provisioned ones"));
        JsonMembers provisioned = top.object("Provisioned", List.of("KafkaVersion", "NumberOfBrokerNodes",
                "BrokerNodeGroupInfo", "ClientAuthentication", "EncryptionInfo", "ConfigurationInfo",
                "EnhancedMonitoring", "OpenMonitoring", "LoggingInfo"), Map.of(
                "StorageMode", "tiered storage", "Rebalancing", "intelligent rebalancing"));
        if (provisioned == null) {
            throw new DraftFileException("Provisioned is missing: msk-console creates provisioned clusters, described "
                    + "under Provisioned (BrokerNodeGroupInfo, KafkaVersion, NumberOfBrokerNodes, ...).",
                    "Provisioned", 0);
        }
        Integer brokerCount = provisioned.integer("NumberOfBrokerNodes");
        return new ClusterDraft(top.string("ClusterName", ""), provisioned.string("KafkaVersion", ""),
                brokers(provisioned, brokerCount == null ? 0 : brokerCount), access(provisioned),
                encryption(provisioned), monitoring(provisioned), logging(provisioned),
                configuration(provisioned), top.stringMap("Tags"));
    }

    private static BrokerNodes brokers(JsonMembers provisioned, int count) throws DraftFileException {
        JsonMembers group = provisioned.object("BrokerNodeGroupInfo", List.of("InstanceType", "ClientSubnets",
                "SecurityGroups", "StorageInfo", "BrokerAZDistribution"), Map.of(
                "ConnectivityInfo", "public access or multi-VPC connectivity (change them once the cluster is ACTIVE)",
                "ZoneIds", "zone ids (name the client subnets instead)"));
        if (group == null) {
            return new BrokerNodes("", count, List.of(), List.of(), null);
        }
        String distribution = group.string("BrokerAZDistribution", "DEFAULT");
        if (!"DEFAULT".equals(distribution)) {
            throw new DraftFileException(group.child("BrokerAZDistribution") + " must be DEFAULT, its only value "
                    + "(found \"" + distribution + "\").", group.child("BrokerAZDistribution"), 0);
        }
        Integer volume = null;
        JsonMembers storage = group.object("StorageInfo", List.of("EbsStorageInfo"), NONE);
        if (storage != null) {
            JsonMembers ebs = storage.object("EbsStorageInfo", List.of("VolumeSize"),
                    Map.of("ProvisionedThroughput", "provisioned storage throughput"));
            volume = ebs == null ? null : ebs.integer("VolumeSize");
        }
        return new BrokerNodes(group.string("InstanceType", ""), count, group.strings("ClientSubnets"),
                group.strings("SecurityGroups"), volume);
    }

    private static ClientAccess access(JsonMembers provisioned) throws DraftFileException {
        JsonMembers auth = provisioned.object("ClientAuthentication", List.of("Sasl", "Tls", "Unauthenticated"), NONE);
        if (auth == null) {
            return new ClientAccess(false, false, false, false, List.of());
        }
        boolean iam = false;
        boolean scram = false;
        JsonMembers sasl = auth.object("Sasl", List.of("Iam", "Scram"), NONE);
        if (sasl != null) {
            iam = enabled(sasl.object("Iam", List.of("Enabled"), NONE));
            scram = enabled(sasl.object("Scram", List.of("Enabled"), NONE));
        }
        JsonMembers tls = auth.object("Tls", List.of("Enabled", "CertificateAuthorityArnList"), NONE);
        boolean unauthenticated = enabled(auth.object("Unauthenticated", List.of("Enabled"), NONE));
        List<String> authorities = tls == null ? List.of() : tls.strings("CertificateAuthorityArnList");
        // The AWS model has no default for Tls.Enabled: a Tls member naming authorities means TLS client authentication.
        boolean tlsOn = tls != null && tls.bool("Enabled", !authorities.isEmpty());
        return new ClientAccess(unauthenticated, iam, scram, tlsOn, authorities);
    }

    private static boolean enabled(JsonMembers method) throws DraftFileException {
        return method != null && method.bool("Enabled", false);
    }

    private static Encryption encryption(JsonMembers provisioned) throws DraftFileException {
        JsonMembers info = provisioned.object("EncryptionInfo", List.of("EncryptionAtRest", "EncryptionInTransit"),
                NONE);
        if (info == null) {
            return Encryption.DEFAULT;
        }
        JsonMembers atRest = info.object("EncryptionAtRest", List.of("DataVolumeKMSKeyId"), NONE);
        JsonMembers inTransit = info.object("EncryptionInTransit", List.of("ClientBroker", "InCluster"), NONE);
        ClientBrokerEncryption clientBroker = ClientBrokerEncryption.TLS;
        boolean inCluster = true;
        if (inTransit != null) {
            String word = inTransit.string("ClientBroker", "TLS");
            clientBroker = ClientBrokerEncryption.parse(word).orElseThrow(() -> new DraftFileException(
                    inTransit.child("ClientBroker") + " must be TLS, TLS_PLAINTEXT or PLAINTEXT (found \"" + word
                            + "\").", inTransit.child("ClientBroker"), 0));
            inCluster = inTransit.bool("InCluster", true);
        }
        return new Encryption(clientBroker, inCluster, atRest == null ? null : atRest.string("DataVolumeKMSKeyId", null));
    }

    private static MonitoringSettings monitoring(JsonMembers provisioned) throws DraftFileException {
        String level = provisioned.string("EnhancedMonitoring", ClusterDraft.DEFAULT_MONITORING);
        JsonMembers open = provisioned.object("OpenMonitoring", List.of("Prometheus"), NONE);
        OpenMonitoring exporters = ClusterDraft.NO_OPEN_MONITORING;
        if (open != null) {
            JsonMembers prometheus = open.object("Prometheus", List.of("JmxExporter", "NodeExporter"), NONE);
            if (prometheus != null) {
                exporters = new OpenMonitoring(exporter(prometheus, "JmxExporter"),
                        exporter(prometheus, "NodeExporter"));
            }
        }
        return new MonitoringSettings(level, exporters);
    }

    private static boolean exporter(JsonMembers prometheus, String name) throws DraftFileException {
        JsonMembers exporter = prometheus.object(name, List.of("EnabledInBroker"), NONE);
        if (exporter == null) {
            return false;
        }
        if (!exporter.has("EnabledInBroker")) {
            throw new DraftFileException(exporter.child("EnabledInBroker") + " is missing: say true or false.",
                    exporter.child("EnabledInBroker"), 0);
        }
        return exporter.bool("EnabledInBroker", false);
    }

    /** LoggingInfo as {@code logging apply} reads it, its refusals placed under Provisioned.LoggingInfo. */
    private static LoggingInfo logging(JsonMembers provisioned) throws DraftFileException {
        JsonNode logging = provisioned.get("LoggingInfo");
        if (logging == null) {
            return LoggingInfo.NONE;
        }
        String path = provisioned.child("LoggingInfo");
        if (!logging.isObject()) {
            throw provisioned.wrongType("LoggingInfo", "an object with BrokerLogs", logging);
        }
        try {
            return LoggingInfoFormat.parse(logging.toString());
        } catch (LoggingInfoFileException e) {
            String message = e.getMessage();
            String position = "Line " + e.line() + ", column " + e.column() + ": ";
            if (message.startsWith(position)) {
                message = message.substring(position.length());
            }
            throw new DraftFileException(path + ": " + message, e.field() == null ? path : path + "." + e.field(), 0);
        }
    }

    private static ConfigurationRef configuration(JsonMembers provisioned) throws DraftFileException {
        JsonMembers info = provisioned.object("ConfigurationInfo", List.of("Arn", "Revision"), NONE);
        if (info == null) {
            return null;
        }
        Long revision = info.whole("Revision");
        if (!info.has("Arn") || revision == null) {
            String missing = info.has("Arn") ? "Revision" : "Arn";
            throw new DraftFileException(info.child(missing) + " is missing: a configuration needs both Arn and "
                    + "Revision.", info.child(missing), 0);
        }
        return new ConfigurationRef(info.string("Arn", null), revision);
    }
}
