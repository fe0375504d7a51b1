package io.mskconsole.core.create;

import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.clusters.OpenMonitoring;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LoggingInfo;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A provisioned cluster to create, as the window edits it, a request file holds it and CreateClusterV2 sends it.
 * Every setting is explicit: monitoring and encryption hold MSK's defaults when nothing else was chosen, and all
 * three broker log destinations are always present (authorizer logs are null when not given). {@code configuration} is null for MSK's default configuration;
 * {@code tags} keep their order. Whether the draft may be sent is for {@link ClusterDraftRules} to say.
 */
public record ClusterDraft(String name, String kafkaVersion, BrokerNodes brokers, ClientAccess access,
                           Encryption encryption, MonitoringSettings monitoring, LoggingInfo logging,
                           ConfigurationRef configuration, Map<String, String> tags) {
    /** The enhanced monitoring levels, in the service's words, from the least to the most. */
    public static final List<String> ENHANCED_MONITORING_LEVELS =
            List.of("DEFAULT", "PER_BROKER", "PER_TOPIC_PER_BROKER", "PER_TOPIC_PER_PARTITION");
    public static final String DEFAULT_MONITORING = "DEFAULT";
    public static final OpenMonitoring NO_OPEN_MONITORING = new OpenMonitoring(false, false);

    public ClusterDraft {
        name = name == null ? "" : name;
        kafkaVersion = kafkaVersion == null ? "" : kafkaVersion;
        brokers = Objects.requireNonNullElse(brokers, new BrokerNodes("", 0, List.of(), List.of(), null));
        access = Objects.requireNonNullElse(access, ClientAccess.IAM_ONLY);
        encryption = Objects.requireNonNullElse(encryption, Encryption.DEFAULT);
        monitoring = explicit(monitoring);
        logging = Objects.requireNonNullElse(logging, LoggingInfo.NONE);
        tags = tags == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    /**
     * A new draft as the window starts it: no name, no version yet, three kafka.m7g.large brokers with 1,000 GiB each,
     * no subnets yet, IAM access control, TLS, default monitoring, no broker logs.
     */
    public static ClusterDraft newDraft() {
        return new ClusterDraft("", "", new BrokerNodes("kafka.m7g.large", 3, List.of(), List.of(), 1000),
                ClientAccess.IAM_ONLY, Encryption.DEFAULT, null, LoggingInfo.NONE, null, Map.of());
    }

    /** Whether the brokers are Express brokers (no storage settings). */
    public boolean isExpress() {
        return BrokerTypes.isExpress(brokers.instanceType());
    }

    public ClusterDraft withName(String value) {
        return new ClusterDraft(value, kafkaVersion, brokers, access, encryption, monitoring, logging,
                configuration, tags);
    }

    public ClusterDraft withKafkaVersion(String value) {
        return new ClusterDraft(name, value, brokers, access, encryption, monitoring, logging, configuration, tags);
    }

    public ClusterDraft withBrokers(BrokerNodes value) {
        return new ClusterDraft(name, kafkaVersion, value, access, encryption, monitoring, logging, configuration,
                tags);
    }

    public ClusterDraft withAccess(ClientAccess value) {
        return new ClusterDraft(name, kafkaVersion, brokers, value, encryption, monitoring, logging, configuration,
                tags);
    }

    public ClusterDraft withEncryption(ClientBrokerEncryption clientBroker) {
        return withEncryption(encryption.withClientBroker(clientBroker));
    }

    public ClusterDraft withEncryption(Encryption value) {
        return new ClusterDraft(name, kafkaVersion, brokers, access, value, monitoring, logging, configuration,
                tags);
    }

    public ClusterDraft withMonitoring(MonitoringSettings value) {
        return new ClusterDraft(name, kafkaVersion, brokers, access, encryption, value, logging, configuration,
                tags);
    }

    /** The broker log delivery, which every draft has. */
    public LogDelivery brokerLogs() {
        return logging.brokerLogs();
    }

    public ClusterDraft withBrokerLogs(LogDelivery value) {
        return withLogging(logging.withBrokerLogs(value));
    }

    public ClusterDraft withLogging(LoggingInfo value) {
        return new ClusterDraft(name, kafkaVersion, brokers, access, encryption, monitoring, value, configuration,
                tags);
    }

    public ClusterDraft withConfiguration(ConfigurationRef value) {
        return new ClusterDraft(name, kafkaVersion, brokers, access, encryption, monitoring, logging, value, tags);
    }

    public ClusterDraft withTags(Map<String, String> value) {
        return new ClusterDraft(name, kafkaVersion, brokers, access, encryption, monitoring, logging,
                configuration, value);
    }

    /** Monitoring with MSK's defaults filled in: DEFAULT enhanced monitoring, no Prometheus exporters. */
    static MonitoringSettings explicit(MonitoringSettings monitoring) {
        MonitoringSettings given = monitoring == null ? MonitoringSettings.NONE : monitoring;
        String level = given.enhancedMonitoring() == null || given.enhancedMonitoring().isBlank() ? DEFAULT_MONITORING
                : given.enhancedMonitoring();
        OpenMonitoring open = given.openMonitoring() == null ? NO_OPEN_MONITORING : given.openMonitoring();
        return new MonitoringSettings(level, open);
    }
}
