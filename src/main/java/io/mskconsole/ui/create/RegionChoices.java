package io.mskconsole.ui.create;

import io.mskconsole.core.create.CreationGateway;
import io.mskconsole.core.create.KafkaVersion;
import io.mskconsole.core.create.KafkaVersions;
import io.mskconsole.core.create.NetworkGateway;
import io.mskconsole.core.create.RegionFacts;
import io.mskconsole.core.create.SecurityGroup;
import io.mskconsole.core.create.Subnet;
import io.mskconsole.core.create.Vpc;
import io.mskconsole.ui.common.Messages;
import io.mskconsole.ui.common.Notice;
import io.mskconsole.ui.common.TaskExecutor;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the window looks up in the region, in the background: the Kafka versions MSK offers (ListKafkaVersions,
 * newest first, the newest active one recommended), and the VPCs, subnets and security groups (EC2). Each lookup
 * says whether it is loading, ready or failed, and a failed one can be tried again. What was looked up is what the
 * rules know of the region: a lookup that failed leaves its rules to MSK, never guessed.
 */
public final class RegionChoices {
    private final String region;
    private final CreationGateway creation;
    private final NetworkGateway network;
    private final TaskExecutor executor;
    private final ObservableList<KafkaVersions.Choice> versions = FXCollections.observableArrayList();
    private final ObservableList<Vpc> vpcs = FXCollections.observableArrayList();
    private final ObservableList<Subnet> subnets = FXCollections.observableArrayList();
    private final ObservableList<SecurityGroup> groups = FXCollections.observableArrayList();
    private final ObjectProperty<Lookup> versionsLookup = new SimpleObjectProperty<>(Lookup.LOADING);
    private final ObjectProperty<Lookup> networkLookup = new SimpleObjectProperty<>(Lookup.LOADING);
    private final ObjectProperty<List<KafkaVersion>> versionsKnown = new SimpleObjectProperty<>();
    private final ObjectProperty<Network> networkKnown = new SimpleObjectProperty<>();
    private final ObjectBinding<RegionFacts> facts;

    private record Network(List<Vpc> vpcs, List<Subnet> subnets, List<SecurityGroup> groups) {
    }

    RegionChoices(String region, CreationGateway creation, NetworkGateway network, TaskExecutor executor) {
        this.region = region;
        this.creation = creation;
        this.network = network;
        this.executor = executor;
        facts = Bindings.createObjectBinding(() -> {
            Network known = networkKnown.get();
            return RegionFacts.of(region, known == null ? null : known.subnets(),
                    known == null ? null : known.groups(), versionsKnown.get());
        }, versionsKnown, networkKnown);
    }

    /** Starts both lookups. */
    void load() {
        loadVersions();
        loadNetwork();
    }

    /** Tries again whichever lookup failed. */
    public void retry() {
        if (versionsLookup.get().isFailed()) {
            loadVersions();
        }
        if (networkLookup.get().isFailed()) {
            loadNetwork();
        }
    }

    private void loadVersions() {
        versionsLookup.set(Lookup.LOADING);
        executor.execute(c -> creation.listKafkaVersions(), found -> {
            versions.setAll(KafkaVersions.choices(found));
            versionsKnown.set(List.copyOf(found));
            versionsLookup.set(Lookup.READY);
        }, failure -> versionsLookup.set(Lookup.failed("Could not list the Kafka versions of " + region + ": "
                + Messages.of(failure))));
    }

    private void loadNetwork() {
        networkLookup.set(Lookup.LOADING);
        executor.execute(c -> new Network(network.vpcs(c), network.subnets(null, c), network.securityGroups(null, c)),
                found -> {
                    vpcs.setAll(found.vpcs());
                    subnets.setAll(found.subnets());
                    groups.setAll(found.groups());
                    networkKnown.set(found);
                    networkLookup.set(Lookup.READY);
                }, failure -> networkLookup.set(Lookup.failed("Could not list the VPCs, subnets and security "
                        + "groups of " + region + ": " + Messages.of(failure))));
    }

    /** What the Review page says when a lookup failed: MSK checks what the window could not. */
    Notice reviewNotice() {
        if (!versionsLookup.get().isFailed() && !networkLookup.get().isFailed()) {
            return Notice.NONE;
        }
        return Notice.warning("Some of the region could not be looked up, so MSK checks what the window could not: "
                + String.join(" ", versionsLookup.get().message(), networkLookup.get().message()).strip());
    }

    /** The subnet with this id, if it was listed. */
    Subnet subnet(String id) {
        return subnets.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    SecurityGroup group(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst().orElse(null);
    }

    /** The VPC to propose when nothing is chosen yet: the default VPC, or the first listed. */
    Vpc proposedVpc() {
        return vpcs.stream().filter(Vpc::isDefault).findFirst().orElse(vpcs.isEmpty() ? null : vpcs.get(0));
    }

    public String region() {
        return region;
    }

    /** The versions newest first, deprecated ones last. */
    public ObservableList<KafkaVersions.Choice> versions() {
        return versions;
    }

    public ObservableList<Vpc> vpcs() {
        return vpcs;
    }

    /** Every subnet of the region, of every VPC. */
    public ObservableList<Subnet> subnets() {
        return subnets;
    }

    /** Every security group of the region, of every VPC. */
    public ObservableList<SecurityGroup> groups() {
        return groups;
    }

    public ReadOnlyObjectProperty<Lookup> versionsLookupProperty() {
        return versionsLookup;
    }

    public ReadOnlyObjectProperty<Lookup> networkLookupProperty() {
        return networkLookup;
    }

    /** What the rules know of the region: only what was looked up. */
    public ObjectBinding<RegionFacts> factsBinding() {
        return facts;
    }
}
