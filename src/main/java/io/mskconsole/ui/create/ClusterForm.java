package io.mskconsole.ui.create;

import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.clusters.OpenMonitoring;
import io.mskconsole.core.create.BrokerNodes;
import io.mskconsole.core.create.BrokerTypes;
import io.mskconsole.core.create.ClientAccess;
import io.mskconsole.core.create.ClientBrokerEncryption;
import io.mskconsole.core.create.ClusterDraft;
import io.mskconsole.core.create.ConfigurationRef;
import io.mskconsole.core.create.Encryption;
import io.mskconsole.ui.delivery.LoggingDraft;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The settings of the new cluster as the window edits them, one property per field, and the {@link ClusterDraft}
 * they make. Brokers are edited per zone: the total follows the brokers per zone times the zones (one per chosen
 * subnet, three until subnets are chosen), but a total that does not divide evenly (from a file) is kept as it is
 * until the person changes the brokers per zone, so its problem shows at the field. Choosing Express brokers clears
 * the storage (MSK manages it) and choosing standard brokers again brings it back. The configuration and tags of a
 * loaded draft have no fields but are kept and sent.
 */
public final class ClusterForm {
    /** Storage a standard broker gets when none was given: the console's proposal. */
    static final String DEFAULT_STORAGE = "1000";
    private static final int ZONES_UNTIL_CHOSEN = 3;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty kafkaVersion = new SimpleStringProperty("");
    private final StringProperty instanceType = new SimpleStringProperty("");
    private final IntegerProperty brokerCount = new SimpleIntegerProperty();
    private final IntegerProperty brokersPerZone = new SimpleIntegerProperty(1);
    private final ObservableList<String> subnets = FXCollections.observableArrayList();
    private final ObservableList<String> securityGroups = FXCollections.observableArrayList();
    private final StringProperty storage = new SimpleStringProperty("");
    private final BooleanProperty unauthenticated = new SimpleBooleanProperty();
    private final BooleanProperty iam = new SimpleBooleanProperty();
    private final BooleanProperty scram = new SimpleBooleanProperty();
    private final BooleanProperty tls = new SimpleBooleanProperty();
    private final StringProperty certificateAuthorities = new SimpleStringProperty("");
    private final ObjectProperty<ClientBrokerEncryption> inTransit =
            new SimpleObjectProperty<>(ClientBrokerEncryption.TLS);
    private final BooleanProperty inCluster = new SimpleBooleanProperty(true);
    private final StringProperty atRestKey = new SimpleStringProperty("");
    private final StringProperty enhancedMonitoring = new SimpleStringProperty(ClusterDraft.DEFAULT_MONITORING);
    private final BooleanProperty jmxExporter = new SimpleBooleanProperty();
    private final BooleanProperty nodeExporter = new SimpleBooleanProperty();
    private final LoggingDraft logging = new LoggingDraft();
    private final ObjectProperty<ConfigurationRef> configuration = new SimpleObjectProperty<>();
    private final ObjectProperty<Map<String, String>> tags = new SimpleObjectProperty<>(Map.of());
    private final ObjectBinding<ClusterDraft> value;
    private boolean loading;
    private int zonesCounted = ZONES_UNTIL_CHOSEN;
    private String storageBeforeExpress = DEFAULT_STORAGE;

    public ClusterForm() {
        Observable[] all = {name, kafkaVersion, instanceType, brokerCount, subnets, securityGroups, storage,
                unauthenticated, iam, scram, tls, certificateAuthorities, inTransit, inCluster, atRestKey,
                enhancedMonitoring, jmxExporter, nodeExporter, logging.valueBinding(), configuration, tags};
        value = Bindings.createObjectBinding(this::read, all);
        brokersPerZone.addListener((obs, old, now) -> {
            if (!loading) {
                brokerCount.set(now.intValue() * zones());
            }
        });
        subnets.addListener((ListChangeListener<String>) change -> zonesChanged());
        instanceType.addListener((obs, old, now) -> brokerTypeChanged(old, now));
        load(ClusterDraft.newDraft());
    }

    /** The zones the brokers are spread over: one per chosen subnet, or three while none is chosen. */
    public int zones() {
        return subnets.isEmpty() ? ZONES_UNTIL_CHOSEN : subnets.size();
    }

    private void zonesChanged() {
        int before = zonesCounted;
        zonesCounted = zones();
        if (!loading && brokerCount.get() == brokersPerZone.get() * before) {
            brokerCount.set(brokersPerZone.get() * zonesCounted);
        }
    }

    private void brokerTypeChanged(String old, String now) {
        if (loading) {
            return;
        }
        boolean wasExpress = BrokerTypes.isExpress(old);
        boolean express = BrokerTypes.isExpress(now);
        if (express && !wasExpress) {
            storageBeforeExpress = storage.get().isBlank() ? DEFAULT_STORAGE : storage.get();
            storage.set("");
        } else if (wasExpress && !express && storage.get().isBlank()) {
            storage.set(storageBeforeExpress);
        }
    }

    private ClusterDraft read() {
        BrokerNodes brokers = new BrokerNodes(instanceType.get(), brokerCount.get(), List.copyOf(subnets),
                List.copyOf(securityGroups), StorageText.parse(storage.get()));
        ClientAccess access = new ClientAccess(unauthenticated.get(), iam.get(), scram.get(), tls.get(),
                lines(certificateAuthorities.get()));
        Encryption encryption = new Encryption(inTransit.get(), inCluster.get(), atRestKey.get().strip());
        MonitoringSettings monitoring = new MonitoringSettings(enhancedMonitoring.get(),
                new OpenMonitoring(jmxExporter.get(), nodeExporter.get()));
        return new ClusterDraft(name.get(), kafkaVersion.get(), brokers, access, encryption, monitoring,
                logging.value(), configuration.get(), tags.get());
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("[\\n,]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Replaces every field with the draft's settings (a file, an existing cluster's copy). */
    public void load(ClusterDraft draft) {
        loading = true;
        try {
            name.set(draft.name());
            kafkaVersion.set(draft.kafkaVersion());
            BrokerNodes brokers = draft.brokers();
            instanceType.set(brokers.instanceType());
            subnets.setAll(brokers.clientSubnets());
            securityGroups.setAll(brokers.securityGroups());
            brokerCount.set(brokers.count());
            zonesCounted = zones();
            brokersPerZone.set(Math.max(1, brokers.count() / zones()));
            storage.set(brokers.volumeSizeGiB() == null ? "" : String.valueOf(brokers.volumeSizeGiB()));
            storageBeforeExpress = DEFAULT_STORAGE;
            ClientAccess access = draft.access();
            unauthenticated.set(access.unauthenticated());
            iam.set(access.iam());
            scram.set(access.scram());
            tls.set(access.tls());
            certificateAuthorities.set(String.join("\n", access.certificateAuthorityArns()));
            inTransit.set(draft.encryption().clientBroker());
            inCluster.set(draft.encryption().inCluster());
            atRestKey.set(draft.encryption().atRestKmsKey() == null ? "" : draft.encryption().atRestKmsKey());
            enhancedMonitoring.set(draft.monitoring().enhancedMonitoring());
            jmxExporter.set(draft.monitoring().openMonitoring().jmxExporter());
            nodeExporter.set(draft.monitoring().openMonitoring().nodeExporter());
            logging.load(draft.logging());
            configuration.set(draft.configuration());
            tags.set(draft.tags());
        } finally {
            loading = false;
        }
    }

    /** Whether the chosen broker type is an Express one (no storage settings, no broker logs). */
    public boolean isExpress() {
        return BrokerTypes.isExpress(instanceType.get());
    }

    /** Turns one subnet on or off, keeping the order in which they were chosen. */
    public void chooseSubnet(String id, boolean chosen) {
        choose(subnets, id, chosen);
    }

    public void chooseSecurityGroup(String id, boolean chosen) {
        choose(securityGroups, id, chosen);
    }

    private static void choose(ObservableList<String> list, String id, boolean chosen) {
        if (chosen && !list.contains(id)) {
            list.add(id);
        } else if (!chosen) {
            list.remove(id);
        }
    }

    /** The settings as they stand in the fields. */
    public ObjectBinding<ClusterDraft> valueBinding() {
        return value;
    }

    public ClusterDraft value() {
        return value.get();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty kafkaVersionProperty() {
        return kafkaVersion;
    }

    public StringProperty instanceTypeProperty() {
        return instanceType;
    }

    /** All brokers of the cluster, as sent. */
    public IntegerProperty brokerCountProperty() {
        return brokerCount;
    }

    /** Brokers in each zone, as the person sets them: the total follows. */
    public IntegerProperty brokersPerZoneProperty() {
        return brokersPerZone;
    }

    /** The chosen client subnets, in the order chosen. */
    public ObservableList<String> subnets() {
        return subnets;
    }

    public ObservableList<String> securityGroups() {
        return securityGroups;
    }

    /** Storage per broker in GiB, as typed ("" for none, as for Express brokers). */
    public StringProperty storageProperty() {
        return storage;
    }

    public BooleanProperty unauthenticatedProperty() {
        return unauthenticated;
    }

    public BooleanProperty iamProperty() {
        return iam;
    }

    public BooleanProperty scramProperty() {
        return scram;
    }

    public BooleanProperty tlsProperty() {
        return tls;
    }

    /** ACM Private CA ARNs for TLS client authentication, one per line. */
    public StringProperty certificateAuthoritiesProperty() {
        return certificateAuthorities;
    }

    public ObjectProperty<ClientBrokerEncryption> inTransitProperty() {
        return inTransit;
    }

    public BooleanProperty inClusterProperty() {
        return inCluster;
    }

    /** The KMS key for encryption at rest; "" for the AWS managed key. */
    public StringProperty atRestKeyProperty() {
        return atRestKey;
    }

    public StringProperty enhancedMonitoringProperty() {
        return enhancedMonitoring;
    }

    public BooleanProperty jmxExporterProperty() {
        return jmxExporter;
    }

    public BooleanProperty nodeExporterProperty() {
        return nodeExporter;
    }

    /** Broker and authorizer log delivery: the same draft the log delivery editor edits. */
    public LoggingDraft logging() {
        return logging;
    }

    public ObjectProperty<ConfigurationRef> configurationProperty() {
        return configuration;
    }

    public ObjectProperty<Map<String, String>> tagsProperty() {
        return tags;
    }
}
