package io.mskconsole.ui.create;

import io.mskconsole.core.create.DraftField;
import io.mskconsole.core.create.SecurityGroup;
import io.mskconsole.core.create.Subnet;
import io.mskconsole.core.create.Vpc;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;

/**
 * Networking, as the console places brokers: a VPC of the region, two or three of its subnets (each subnet's zone
 * shown: one subnet per zone), and the security groups of the brokers' network interfaces.
 */
final class NetworkPane {
    private NetworkPane() {
    }

    static VBox create(CreateClusterViewModel model, ValidationSupport validation) {
        NetworkPicks picks = model.network();
        ClusterForm form = model.form();
        ComboBox<Vpc> vpc = new ComboBox<>(model.choices().vpcs());
        vpc.setId("vpc");
        vpc.setPromptText("Choose a VPC");
        vpc.setMaxWidth(Double.MAX_VALUE);
        vpc.setCellFactory(list -> FormParts.cell(Vpc::label));
        vpc.setButtonCell(FormParts.cell(Vpc::label));
        vpc.valueProperty().bindBidirectional(picks.vpcProperty());
        LookupStatus status = new LookupStatus("networkLookup", model.choices().networkLookupProperty(),
                "Listing the VPCs, subnets and security groups of " + model.region() + "…", model.choices()::retry);

        VBox subnets = FormParts.checklist("subnetList", picks.shownSubnets(), Subnet::id, picks::describe,
                form.subnets(), (id, chosen) -> {
                    // a subnet checked or unchecked: what is wrong with the choice shows from now on
                    model.checks().shown(DraftField.CLIENT_SUBNETS).touch();
                    form.chooseSubnet(id, chosen);
                }, "No subnets listed for this VPC.");
        Label subnetsError = FormParts.error("subnetListError", model.checks().shown(DraftField.CLIENT_SUBNETS));
        VBox groups = FormParts.checklist("securityGroupList", picks.shownGroups(), SecurityGroup::id,
                picks::describe, form.securityGroups(), (id, chosen) -> {
                    model.checks().shown(DraftField.SECURITY_GROUPS).touch();
                    form.chooseSecurityGroup(id, chosen);
                }, "No security groups listed for "
                        + "this VPC.");
        Label groupsError = FormParts.error("securityGroupListError", model.checks().shown(DraftField.SECURITY_GROUPS));

        return FormParts.section("networkSection", "Networking",
                FormParts.field("VPC", vpc, null, null, validation), status,
                new VBox(4, new Label("Subnets"), FormParts.muted("Choose two or three, each in its own Availability "
                        + "Zone (three for Express brokers). Brokers are spread evenly over them."), subnets,
                        subnetsError),
                new VBox(4, new Label("Security groups"), FormParts.muted("Of the same VPC. None chosen: the VPC's "
                        + "default security group."), groups, groupsError));
    }
}
