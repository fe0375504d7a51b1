package io.mskconsole.aws.kafka;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.create.BrokerNodes;
import io.mskconsole.core.create.BrokerTypes;
import io.mskconsole.core.create.ClientAccess;
import io.mskconsole.core.create.ClientBrokerEncryption;
import io.mskconsole.core.create.ClusterDetails;
import io.mskconsole.core.create.ClusterDraft;
import io.mskconsole.core.create.ConfigurationRef;
import io.mskconsole.core.create.CreateClusterRequest;
import io.mskconsole.core.create.Encryption;
import io.mskconsole.core.create.KafkaVersion;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.kafka.model.BrokerNodeGroupInfo;
import software.amazon.awssdk.services.kafka.model.BrokerSoftwareInfo;
import software.amazon.awssdk.services.kafka.model.ClientAuthentication;
import software.amazon.awssdk.services.kafka.model.ConfigurationInfo;
import software.amazon.awssdk.services.kafka.model.ConnectivityInfo;
import software.amazon.awssdk.services.kafka.model.CreateClusterV2Request;
import software.amazon.awssdk.services.kafka.model.EBSStorageInfo;
import software.amazon.awssdk.services.kafka.model.EncryptionAtRest;
import software.amazon.awssdk.services.kafka.model.EncryptionInTransit;
import software.amazon.awssdk.services.kafka.model.EncryptionInfo;
import software.amazon.awssdk.services.kafka.model.Iam;
import software.amazon.awssdk.services.kafka.model.Provisioned;
import software.amazon.awssdk.services.kafka.model.ProvisionedRequest;
import software.amazon.awssdk.services.kafka.model.Sasl;
import software.amazon.awssdk.services.kafka.model.Scram;
import software.amazon.awssdk.services.kafka.model.StorageInfo;
import software.amazon.awssdk.services.kafka.model.Tls;
import software.amazon.awssdk.services.kafka.model.Unauthenticated;

/**
 * Between the SDK's MSK model and the core's for creating clusters: the CreateClusterV2 request (the same members
 * {@link CreateClusterRequest#toApiBody()} names), Kafka versions, and a described cluster's settings as a draft.
 */
final class CreationMapping {
    private CreationMapping() {
    }

    static CreateClusterV2Request createCluster(CreateClusterRequest request) {
        ClusterDraft draft = request.draft();
        BrokerNodes brokers = draft.brokers();
        BrokerNodeGroupInfo.Builder group = BrokerNodeGroupInfo.builder()
                .instanceType(brokers.instanceType())
                .clientSubnets(brokers.clientSubnets());
        if (!brokers.securityGroups().isEmpty()) {
            group.securityGroups(brokers.securityGroups());
        }
        if (brokers.volumeSizeGiB() != null) {
            group.storageInfo(StorageInfo.builder()
                    .ebsStorageInfo(EBSStorageInfo.builder().volumeSize(brokers.volumeSizeGiB()).build()).build());
        }
        ProvisionedRequest.Builder provisioned = ProvisionedRequest.builder()
                .kafkaVersion(draft.kafkaVersion())
                .numberOfBrokerNodes(brokers.count())
                .brokerNodeGroupInfo(group.build())
                .clientAuthentication(clientAuthentication(draft.access()))
                .encryptionInfo(encryptionInfo(draft.encryption()))
                .enhancedMonitoring(draft.monitoring().enhancedMonitoring())
                .openMonitoring(KafkaMapping.openMonitoringInfo(draft.monitoring().openMonitoring()))
                .loggingInfo(KafkaMapping.loggingInfo(draft.logging().brokerLogs()));
        if (draft.configuration() != null) {
            provisioned.configurationInfo(ConfigurationInfo.builder().arn(draft.configuration().arn())
                    .revision(draft.configuration().revision()).build());
        }
        CreateClusterV2Request.Builder create = CreateClusterV2Request.builder()
                .clusterName(draft.name())
                .provisioned(provisioned.build());
        if (!draft.tags().isEmpty()) {
            create.tags(draft.tags());
        }
        return create.build();
    }

    private static ClientAuthentication clientAuthentication(ClientAccess access) {
        Tls.Builder tls = Tls.builder().enabled(access.tls());
        if (!access.certificateAuthoritiesForRequest().isEmpty()) {
            tls.certificateAuthorityArnList(access.certificateAuthoritiesForRequest());
        }
        return ClientAuthentication.builder()
                .sasl(Sasl.builder().iam(Iam.builder().enabled(access.iam()).build())
                        .scram(Scram.builder().enabled(access.scram()).build()).build())
                .tls(tls.build())
                .unauthenticated(Unauthenticated.builder().enabled(access.unauthenticated()).build())
                .build();
    }

    private static EncryptionInfo encryptionInfo(Encryption encryption) {
        EncryptionInfo.Builder info = EncryptionInfo.builder().encryptionInTransit(EncryptionInTransit.builder()
                .clientBroker(encryption.clientBroker().name()).inCluster(encryption.inCluster()).build());
        if (encryption.atRestKmsKey() != null) {
            info.encryptionAtRest(EncryptionAtRest.builder().dataVolumeKMSKeyId(encryption.atRestKmsKey()).build());
        }
        return info.build();
    }

    static KafkaVersion kafkaVersion(software.amazon.awssdk.services.kafka.model.KafkaVersion version) {
        return new KafkaVersion(version.version(), version.statusAsString());
    }

    /** The cluster with its settings as a draft (provisioned only), what cannot be copied, and its stateInfo. */
    /** @param raw the same cluster as MSK sent it (see {@link KafkaMapping#cluster}) */
    static ClusterDetails details(software.amazon.awssdk.services.kafka.model.Cluster info,
                                  com.fasterxml.jackson.databind.JsonNode raw) {
        Cluster cluster = KafkaMapping.cluster(info, raw);
        String code = info.stateInfo() == null ? null : info.stateInfo().code();
        String message = info.stateInfo() == null ? null : info.stateInfo().message();
        Provisioned provisioned = info.provisioned();
        if (provisioned == null) {
            return new ClusterDetails(cluster, null, List.of(), code, message);
        }
        BrokerNodeGroupInfo group = provisioned.brokerNodeGroupInfo();
        String instanceType = group == null ? cluster.brokerInstanceType() : group.instanceType();
        Integer volume = null;
        if (group != null && group.storageInfo() != null && group.storageInfo().ebsStorageInfo() != null
                && !BrokerTypes.isExpress(instanceType)) {
            volume = group.storageInfo().ebsStorageInfo().volumeSize();
        }
        BrokerNodes brokers = new BrokerNodes(instanceType, cluster.brokerCount(),
                group == null ? List.of() : group.clientSubnets(), group == null ? List.of() : group.securityGroups(),
                volume);
        ClusterDraft settings = new ClusterDraft(cluster.name(), cluster.kafkaVersion(), brokers,
                access(provisioned.clientAuthentication()), encryption(provisioned.encryptionInfo()),
                cluster.monitoring(), cluster.logging(), configuration(provisioned.currentBrokerSoftwareInfo()),
                info.hasTags() ? info.tags() : null);
        List<String> notCopied = new ArrayList<>(notCopied(provisioned));
        cluster.monitoring().unknownMembers().forEach(member -> notCopied.add(member + " (not known to this version)"));
        return new ClusterDetails(cluster, settings, notCopied, code, message);
    }

    private static ClientAccess access(ClientAuthentication auth) {
        if (auth == null) {
            return new ClientAccess(true, false, false, false, List.of());
        }
        boolean iam = auth.sasl() != null && auth.sasl().iam() != null && on(auth.sasl().iam().enabled());
        boolean scram = auth.sasl() != null && auth.sasl().scram() != null && on(auth.sasl().scram().enabled());
        boolean tls = auth.tls() != null && on(auth.tls().enabled());
        boolean open = auth.unauthenticated() != null && on(auth.unauthenticated().enabled());
        List<String> authorities = auth.tls() == null ? List.of() : auth.tls().certificateAuthorityArnList();
        return new ClientAccess(open, iam, scram, tls, authorities);
    }

    private static Encryption encryption(EncryptionInfo info) {
        if (info == null) {
            return Encryption.DEFAULT;
        }
        EncryptionInTransit transit = info.encryptionInTransit();
        ClientBrokerEncryption clientBroker = transit == null ? ClientBrokerEncryption.TLS
                : ClientBrokerEncryption.parse(transit.clientBrokerAsString()).orElse(ClientBrokerEncryption.TLS);
        boolean inCluster = transit == null || transit.inCluster() == null || transit.inCluster();
        String key = info.encryptionAtRest() == null ? null : info.encryptionAtRest().dataVolumeKMSKeyId();
        return new Encryption(clientBroker, inCluster, key);
    }

    private static ConfigurationRef configuration(BrokerSoftwareInfo software) {
        if (software == null || software.configurationArn() == null || software.configurationArn().isBlank()) {
            return null;
        }
        return new ConfigurationRef(software.configurationArn(),
                software.configurationRevision() == null ? 1 : software.configurationRevision());
    }

    /** The cluster's settings a new cluster made by msk-console does not get. */
    private static List<String> notCopied(Provisioned provisioned) {
        List<String> missing = new ArrayList<>();
        if ("TIERED".equals(provisioned.storageModeAsString())) {
            missing.add("tiered storage");
        }
        BrokerNodeGroupInfo group = provisioned.brokerNodeGroupInfo();
        if (group != null && group.storageInfo() != null && group.storageInfo().ebsStorageInfo() != null
                && group.storageInfo().ebsStorageInfo().provisionedThroughput() != null
                && on(group.storageInfo().ebsStorageInfo().provisionedThroughput().enabled())) {
            missing.add("provisioned storage throughput");
        }
        ConnectivityInfo connectivity = group == null ? null : group.connectivityInfo();
        if (connectivity != null && connectivity.publicAccess() != null
                && connectivity.publicAccess().type() != null && !"DISABLED".equals(connectivity.publicAccess().type())) {
            missing.add("public access");
        }
        if (connectivity != null && connectivity.vpcConnectivity() != null
                && connectivity.vpcConnectivity().clientAuthentication() != null) {
            missing.add("multi-VPC private connectivity");
        }
        if (provisioned.rebalancing() != null && "ACTIVE".equals(provisioned.rebalancing().statusAsString())) {
            missing.add("intelligent rebalancing");
        }
        return missing;
    }

    private static boolean on(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
