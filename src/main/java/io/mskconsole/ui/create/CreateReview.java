package io.mskconsole.ui.create;

import io.mskconsole.core.commandline.CliAccount;
import io.mskconsole.core.create.BrokerNodes;
import io.mskconsole.core.create.ClientAccess;
import io.mskconsole.core.create.ClusterDraft;
import io.mskconsole.core.create.CreateClusterRequest;
import io.mskconsole.core.create.CreateCommandLine;
import io.mskconsole.core.create.RegionFacts;
import io.mskconsole.core.create.Subnet;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.ui.common.DialogService;
import io.mskconsole.ui.common.Notice;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the Review page shows: the settings in a few lines, the estimated broker count, the CreateClusterV2 request as
 * the AWS CLI's --cli-input-json document and the command that sends it, with copy buttons.
 */
public final class CreateReview {
    private final ObservableList<String> summary = FXCollections.observableArrayList();
    private final StringProperty brokerEstimate = new SimpleStringProperty("");
    private final StringProperty json = new SimpleStringProperty("");
    private final StringProperty command = new SimpleStringProperty("");
    private final DialogService dialogs;
    private final Consumer<Notice> notices;

    CreateReview(DialogService dialogs, Consumer<Notice> notices) {
        this.dialogs = dialogs;
        this.notices = notices;
    }

    /**
     * @param file where the request was saved or loaded, as the command names it; null for the default name
     */
    void show(CreateClusterRequest request, RegionFacts facts, String file, CliAccount cli, String region) {
        ClusterDraft draft = request.draft();
        json.set(request.toCliInput());
        command.set(CreateCommandLine.createClusterV2(file, cli, region));
        brokerEstimate.set(estimate(draft.brokers(), facts));
        summary.setAll(lines(draft, region));
    }

    /** "6 brokers: 2 in each of 3 zones (us-east-1a, us-east-1b, us-east-1c), 1,000 GiB each (6,000 GiB in all)". */
    static String estimate(BrokerNodes brokers, RegionFacts facts) {
        int zones = brokers.zones();
        StringBuilder text = new StringBuilder(brokers.count() + (brokers.count() == 1 ? " broker" : " brokers"));
        if (zones > 0 && brokers.perZone() > 0) {
            text.append(": ").append(brokers.perZone()).append(" in each of ").append(zones).append(" zones");
            Set<String> names = new LinkedHashSet<>();
            for (String id : brokers.clientSubnets()) {
                facts.subnet(id).map(Subnet::availabilityZone).ifPresent(names::add);
            }
            if (names.size() == zones) {
                text.append(" (").append(String.join(", ", names)).append(')');
            }
        }
        Integer size = brokers.volumeSizeGiB();
        if (size != null) {
            text.append(", ").append(String.format("%,d", size)).append(" GiB each (")
                    .append(String.format("%,d", (long) size * brokers.count())).append(" GiB in all)");
        } else {
            text.append(", storage managed by MSK");
        }
        return text.toString();
    }

    private static List<String> lines(ClusterDraft draft, String region) {
        List<String> lines = new ArrayList<>();
        lines.add("Cluster " + draft.name() + " in " + region + ", Apache Kafka " + draft.kafkaVersion());
        BrokerNodes brokers = draft.brokers();
        lines.add("Brokers: " + brokers.instanceType() + (draft.isExpress() ? " (Express)" : " (Standard)"));
        lines.add("Subnets: " + String.join(", ", brokers.clientSubnets()));
        lines.add("Security groups: " + (brokers.securityGroups().isEmpty() ? "the VPC's default group"
                : String.join(", ", brokers.securityGroups())));
        lines.add("Access control: " + access(draft.access()));
        lines.add("Encryption in transit: " + draft.encryption().clientBroker().label()
                + (draft.encryption().inCluster() ? ", within the cluster too" : ", not within the cluster"));
        lines.add("Monitoring: " + draft.monitoring().enhancedMonitoring() + openMonitoring(draft));
        lines.add("Broker log delivery: " + logs(draft.brokerLogs()));
        lines.add("Authorizer log delivery: " + logs(draft.logging().delivery(LogKind.AUTHORIZER)));
        if (draft.configuration() != null) {
            lines.add("Configuration: " + draft.configuration().arn() + " revision " + draft.configuration().revision());
        }
        if (!draft.tags().isEmpty()) {
            lines.add("Tags: " + String.join(", ", draft.tags().entrySet().stream()
                    .map(Map.Entry::toString).toList()));
        }
        return lines;
    }

    private static String access(ClientAccess access) {
        List<String> methods = new ArrayList<>();
        if (access.unauthenticated()) {
            methods.add("unauthenticated");
        }
        if (access.iam()) {
            methods.add("IAM");
        }
        if (access.scram()) {
            methods.add("SASL/SCRAM");
        }
        if (access.tls()) {
            methods.add("TLS (" + access.certificateAuthorityArns().size() + " certificate authorities)");
        }
        return String.join(", ", methods);
    }

    private static String openMonitoring(ClusterDraft draft) {
        var open = draft.monitoring().openMonitoring();
        List<String> exporters = new ArrayList<>();
        if (open.jmxExporter()) {
            exporters.add("JMX exporter");
        }
        if (open.nodeExporter()) {
            exporters.add("node exporter");
        }
        return exporters.isEmpty() ? "" : "; Prometheus " + String.join(" and ", exporters);
    }

    static String logs(LogDelivery logs) {
        List<String> on = new ArrayList<>();
        if (logs.cloudWatchLogs().enabled()) {
            on.add("CloudWatch Logs " + logs.cloudWatchLogs().logGroup());
        }
        if (logs.s3().enabled()) {
            String prefix = logs.s3().prefix();
            on.add("Amazon S3 " + logs.s3().bucket() + (prefix == null || prefix.isBlank() ? "" : "/" + prefix));
        }
        if (logs.firehose().enabled()) {
            on.add("Firehose " + logs.firehose().deliveryStream());
        }
        return on.isEmpty() ? "off" : String.join(", ", on);
    }

    public void copyJson() {
        dialogs.copyToClipboard(json.get());
        notices.accept(Notice.info("The create-cluster-v2 --cli-input-json document is on the clipboard."));
    }

    public void copyCommand() {
        dialogs.copyToClipboard(command.get());
        notices.accept(Notice.info("The aws kafka create-cluster-v2 command is on the clipboard."));
    }

    public ObservableList<String> summary() {
        return summary;
    }

    public StringProperty brokerEstimateProperty() {
        return brokerEstimate;
    }

    /** The request as {@code aws kafka create-cluster-v2 --cli-input-json} takes it (PascalCase). */
    public StringProperty jsonProperty() {
        return json;
    }

    public StringProperty commandProperty() {
        return command;
    }
}
