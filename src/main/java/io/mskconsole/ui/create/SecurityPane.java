package io.mskconsole.ui.create;

import io.mskconsole.core.create.ClientBrokerEncryption;
import io.mskconsole.core.create.DraftField;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;

/** Security: access control methods (at least one), TLS client authentication's authorities, encryption. */
final class SecurityPane {
    private SecurityPane() {
    }

    static VBox create(CreateClusterViewModel model, ValidationSupport validation) {
        ClusterForm form = model.form();
        CheckBox unauthenticated = check("accessUnauthenticated", "Unauthenticated access",
                form.unauthenticatedProperty());
        CheckBox iam = check("accessIam", "IAM role-based authentication", form.iamProperty());
        CheckBox scram = check("accessScram", "SASL/SCRAM authentication (secrets in AWS Secrets Manager)",
                form.scramProperty());
        CheckBox tls = check("accessTls", "TLS client authentication through AWS Certificate Manager",
                form.tlsProperty());
        Label accessError = FormParts.error("accessControlError", model.checks().shown(DraftField.ACCESS_CONTROL));

        TextArea authorities = new TextArea();
        authorities.setId("certificateAuthorities");
        authorities.setPrefRowCount(2);
        authorities.setPromptText("arn:aws:acm-pca:REGION:ACCOUNT:certificate-authority/ID (one per line)");
        authorities.textProperty().bindBidirectional(form.certificateAuthoritiesProperty());
        VBox authoritiesField = FormParts.field("ACM Private CA certificate authorities", authorities, null,
                model.checks().shown(DraftField.CERTIFICATE_AUTHORITIES), validation);
        authoritiesField.visibleProperty().bind(form.tlsProperty());
        authoritiesField.managedProperty().bind(authoritiesField.visibleProperty());

        ComboBox<ClientBrokerEncryption> inTransit = new ComboBox<>(FXCollections.observableArrayList(
                ClientBrokerEncryption.values()));
        inTransit.setId("encryptionInTransit");
        inTransit.setCellFactory(list -> FormParts.cell(ClientBrokerEncryption::label));
        inTransit.setButtonCell(FormParts.cell(ClientBrokerEncryption::label));
        inTransit.valueProperty().bindBidirectional(form.inTransitProperty());
        CheckBox inCluster = check("encryptionInCluster", "Encrypt traffic between brokers (within the cluster)",
                form.inClusterProperty());
        TextField atRest = new TextField();
        atRest.setId("atRestKey");
        atRest.setPromptText("Empty: the AWS managed key (aws/kafka)");
        atRest.textProperty().bindBidirectional(form.atRestKeyProperty());

        return FormParts.section("securitySection", "Security",
                new VBox(4, new Label("Access control methods"), unauthenticated, iam, scram, tls, accessError),
                authoritiesField,
                FormParts.field("Encryption between clients and brokers", inTransit, "IAM, SASL/SCRAM and TLS "
                        + "client authentication need TLS.", model.checks().shown(DraftField.ENCRYPTION_IN_TRANSIT),
                        validation),
                inCluster,
                FormParts.field("KMS key for encryption at rest (optional)", atRest, null,
                        model.checks().shown(DraftField.ENCRYPTION_AT_REST), validation));
    }

    private static CheckBox check(String id, String text, javafx.beans.property.BooleanProperty value) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(value);
        return box;
    }
}
