package io.mskconsole.ui.create;

import io.mskconsole.core.create.SecurityGroup;
import io.mskconsole.core.create.Subnet;
import io.mskconsole.core.create.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Choosing where the brokers go, as the console does: a VPC, then subnets and security groups of that VPC. The lists
 * show the chosen VPC's subnets (each with its zone) and groups, and also anything chosen that is elsewhere or was not
 * listed (from a file, or while the lookup failed), so it can be seen and unchecked. Choosing another VPC drops the
 * subnets and groups of the one before; a draft loaded from elsewhere is shown as it is, its problems at the fields.
 */
public final class NetworkPicks {
    private final ClusterForm form;
    private final RegionChoices choices;
    private final ObjectProperty<Vpc> vpc = new SimpleObjectProperty<>();
    private final ObservableList<Subnet> shownSubnets = FXCollections.observableArrayList();
    private final ObservableList<SecurityGroup> shownGroups = FXCollections.observableArrayList();
    private boolean syncing;

    NetworkPicks(ClusterForm form, RegionChoices choices) {
        this.form = form;
        this.choices = choices;
        vpc.addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                dropOutside(now.id());
            }
            refresh();
        });
        InvalidationListener update = o -> refresh();
        choices.subnets().addListener(update);
        choices.groups().addListener(update);
        form.subnets().addListener(update);
        form.securityGroups().addListener(update);
        choices.vpcs().addListener(update);
    }

    /** Shows the VPC of the chosen subnets, or proposes the default VPC when none is chosen. */
    void sync() {
        String ofSubnets = form.subnets().stream().map(choices::subnet).filter(Objects::nonNull)
                .map(Subnet::vpcId).findFirst().orElse(null);
        Vpc chosen = ofSubnets == null ? null
                : choices.vpcs().stream().filter(v -> v.id().equals(ofSubnets)).findFirst().orElse(null);
        if (chosen == null && vpc.get() != null && form.subnets().isEmpty()) {
            return;
        }
        syncing = true;
        try {
            vpc.set(chosen != null ? chosen : choices.proposedVpc());
        } finally {
            syncing = false;
        }
        refresh();
    }

    private void dropOutside(String vpcId) {
        form.subnets().removeIf(id -> {
            Subnet subnet = choices.subnet(id);
            return subnet != null && !vpcId.equals(subnet.vpcId());
        });
        form.securityGroups().removeIf(id -> {
            SecurityGroup group = choices.group(id);
            return group != null && group.vpcId() != null && !vpcId.equals(group.vpcId());
        });
    }

    private void refresh() {
        String vpcId = vpc.get() == null ? null : vpc.get().id();
        List<Subnet> subnets = new ArrayList<>(choices.subnets().stream()
                .filter(s -> s.vpcId().equals(vpcId)).toList());
        for (String id : form.subnets()) {
            if (subnets.stream().noneMatch(s -> s.id().equals(id))) {
                Subnet listed = choices.subnet(id);
                subnets.add(listed != null ? listed : new Subnet(id, null, null, null, null, null));
            }
        }
        List<SecurityGroup> groups = new ArrayList<>(choices.groups().stream()
                .filter(g -> Objects.equals(g.vpcId(), vpcId)).toList());
        for (String id : form.securityGroups()) {
            if (groups.stream().noneMatch(g -> g.id().equals(id))) {
                SecurityGroup listed = choices.group(id);
                groups.add(listed != null ? listed : new SecurityGroup(id, null, null, null));
            }
        }
        if (!subnets.equals(shownSubnets)) {
            shownSubnets.setAll(subnets);
        }
        if (!groups.equals(shownGroups)) {
            shownGroups.setAll(groups);
        }
    }

    /** "us-east-1a (use1-az1) · 10.20.1.0/24 · msk-private-a", or why the subnet is shown though not listed. */
    public String describe(Subnet subnet) {
        if (subnet.vpcId() == null) {
            return subnet.id() + " · not listed in " + choices.region();
        }
        List<String> parts = new ArrayList<>();
        parts.add(subnet.id());
        parts.add(subnet.zoneId() == null ? subnet.availabilityZone()
                : subnet.availabilityZone() + " (" + subnet.zoneId() + ")");
        if (subnet.cidrBlock() != null) {
            parts.add(subnet.cidrBlock());
        }
        if (subnet.name() != null) {
            parts.add(subnet.name());
        }
        Vpc shown = vpc.get();
        if (shown != null && !shown.id().equals(subnet.vpcId())) {
            parts.add("in " + subnet.vpcId());
        }
        return String.join(" · ", parts);
    }

    /** "sg-0a1b (msk-brokers) · Kafka brokers", or why the group is shown though not listed. */
    public String describe(SecurityGroup group) {
        if (group.vpcId() == null && group.name() == null) {
            return group.id() + " · not listed in " + choices.region();
        }
        String text = group.label();
        if (group.description() != null && !group.description().isBlank()
                && !group.description().equals(group.name())) {
            text += " · " + group.description();
        }
        Vpc shown = vpc.get();
        return shown != null && group.vpcId() != null && !shown.id().equals(group.vpcId())
                ? text + " · in " + group.vpcId() : text;
    }

    /** The VPC whose subnets and groups are offered. */
    public ObjectProperty<Vpc> vpcProperty() {
        return vpc;
    }

    public ObservableList<Subnet> shownSubnets() {
        return shownSubnets;
    }

    public ObservableList<SecurityGroup> shownGroups() {
        return shownGroups;
    }
}
