package io.mskconsole.ui.flows;

import io.mskconsole.core.commandline.CliAccount;
import io.mskconsole.app.windows.DesktopWindows;
import static io.mskconsole.ui.flows.Flows.choose;
import static io.mskconsole.ui.flows.Flows.field;
import static io.mskconsole.ui.flows.Flows.reveal;
import static io.mskconsole.ui.flows.Flows.text;
import static io.mskconsole.ui.flows.Flows.type;
import static io.mskconsole.ui.flows.Flows.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.create.SecurityGroup;
import io.mskconsole.core.create.Subnet;
import io.mskconsole.sandbox.SandboxNetwork;
import io.mskconsole.sandbox.SandboxSession;
import io.mskconsole.sandbox.SandboxWorld;
import io.mskconsole.testing.FakeAccounts;
import io.mskconsole.testing.RecordingDialogs;
import io.mskconsole.ui.clusters.ClusterListViewModel;
import io.mskconsole.ui.common.FxTaskExecutor;
import io.mskconsole.ui.destinations.PickerItem;
import io.mskconsole.ui.shell.MainWindow;
import io.mskconsole.ui.shell.ShellViewModel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Creating a cluster in the Sandbox through the Create cluster window, as a person does it: real windows, clicks. */
@ExtendWith(ApplicationExtension.class)
class SandboxCreateFlowTest {
    private static final String REGION = "us-east-1";
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private ShellViewModel shell;
    /** The Sandbox's clock: creation ends when a test moves it on by {@link #CREATION}. */
    private final io.mskconsole.sandbox.MutableClock clock = Flows.virtualClock();
    private static final Duration CREATION = Duration.ofMillis(1500);

    @Start
    void start(Stage stage) {
        FakeAccounts noCredentials = new FakeAccounts();
        noCredentials.credentialsConfigured = false;
        SandboxWorld world = new SandboxWorld(clock, CREATION);
        Accounts accounts = new Accounts(noCredentials,
                () -> new SandboxSession(world, Duration.ofMillis(20), Duration.ZERO));
        DesktopWindows.Built desktop = DesktopWindows.builder(stage, accounts, noCredentials, executor)
                .dialogs(window -> dialogs).build();
        shell = desktop.shell();
        desktop.window().show();
        stage.requestFocus();
    }

    @AfterEach
    void stop() throws TimeoutException {
        executor.close();
        org.testfx.api.FxToolkit.cleanupStages();
    }

    private static List<Subnet> mskSubnets() {
        String vpc = SandboxNetwork.vpcs(REGION).stream().filter(v -> SandboxNetwork.MSK_VPC.equals(v.name()))
                .findFirst().orElseThrow().id();
        return SandboxNetwork.subnets(REGION).stream().filter(s -> s.vpcId().equals(vpc)).toList();
    }

    private static String brokersGroup() {
        return SandboxNetwork.securityGroups(REGION).stream().filter(g -> SandboxNetwork.BROKERS_GROUP.equals(g.name()))
                .map(SecurityGroup::id).findFirst().orElseThrow();
    }

    private TableView<Cluster> clusterTable(FxRobot robot) throws TimeoutException {
        TableView<Cluster> table = robot.lookup("#clusterTable").queryTableView();
        waitUntil(() -> table.getItems().size() >= 3);
        return table;
    }

    /** The states the cluster list showed for a cluster, in order. */
    private List<ClusterState> watch(TableView<Cluster> table, String name) {
        List<ClusterState> seen = new CopyOnWriteArrayList<>();
        table.getItems().addListener((ListChangeListener<Cluster>) change -> table.getItems().stream()
                .filter(c -> c.name().equals(name)).findFirst().map(Cluster::state)
                .filter(state -> seen.isEmpty() || seen.get(seen.size() - 1) != state).ifPresent(seen::add));
        return seen;
    }

    private void check(FxRobot robot, String id) {
        reveal(robot, "#" + id);
        robot.clickOn("#" + id);
        assertThat(robot.lookup("#" + id).queryAs(CheckBox.class).isSelected()).as(id + " checked").isTrue();
    }

    /** Name, version, broker type, three subnets in the msk-network VPC and its brokers' security group. */
    private void fillTheSettings(FxRobot robot, String name) throws TimeoutException {
        type(robot, "#clusterName", name);
        assertThat(text(robot, "#clusterNameError")).isEmpty();
        waitUntil(() -> robot.lookup("#versionsLookup").query().isVisible() == false);
        choose(robot, "#kafkaVersion", "3.8.x");
        choose(robot, "#brokerType", "kafka.m5.large");
        waitUntil(() -> !robot.lookup("#networkLookup").query().isVisible());
        choose(robot, "#vpc", SandboxNetwork.MSK_VPC);
        List<Subnet> subnets = mskSubnets();
        check(robot, subnets.get(0).id());
        assertThat(text(robot, "#subnetListError")).contains("Choose two or three subnets");
        check(robot, subnets.get(1).id());
        check(robot, subnets.get(2).id());
        assertThat(robot.lookup("#" + subnets.get(2).id()).queryAs(CheckBox.class).getText())
                .as("each subnet shows its zone").contains("us-east-1c (use1-az3)");
        assertThat(text(robot, "#subnetListError")).isEmpty();
        check(robot, brokersGroup());
        assertThat(text(robot, "#totalBrokers")).isEqualTo("× 3 zones, one per subnet = 3 brokers");
        reveal(robot, "#accessIam");
        assertThat(robot.lookup("#accessIam").queryAs(CheckBox.class).isSelected()).as("IAM access control").isTrue();
    }

    @SuppressWarnings("unchecked")
    private void pickLogGroup(FxRobot robot, String search, String name) throws TimeoutException {
        reveal(robot, "#cwLogGroupBrowse");
        robot.clickOn("#cwLogGroupBrowse");
        waitUntil(() -> robot.lookup("#pickerList").tryQuery().isPresent());
        ListView<PickerItem> list = robot.lookup("#pickerList").queryAs(ListView.class);
        robot.clickOn("#pickerSearch").write(search);
        waitUntil(() -> field(robot, "#pickerSearch").equals(search));
        waitUntil(() -> list.getItems().stream().anyMatch(item -> item.name().equals(name)));
        robot.interact(() -> list.getSelectionModel().select(
                list.getItems().stream().filter(item -> item.name().equals(name)).findFirst().orElseThrow()));
        waitUntil(() -> text(robot, "#pickerSummary").startsWith("Log group " + name));
        robot.clickOn("#pickerUse");
        waitUntil(() -> robot.lookup("#pickerList").tryQuery().isEmpty());
    }

    @Test
    void createAClusterWithItsLogDestinationAndSeeItBecomeActiveInTheList(FxRobot robot) throws Exception {
        TableView<Cluster> table = clusterTable(robot);
        List<ClusterState> seen = watch(table, "orders-new");
        robot.clickOn("#createCluster");
        waitUntil(() -> robot.lookup("#clusterName").tryQuery().isPresent());
        assertThat(text(robot, "#clusterNameError")).as("a new form is not covered in Required").isEmpty();
        assertThat(robot.lookup("#problemSummary").query().isVisible()).isFalse();
        robot.clickOn("#createReviewButton");
        assertThat(text(robot, "#clusterNameError")).as("shown once Review is pressed")
                .isEqualTo("Required: name the new cluster.");
        assertThat(text(robot, "#createNotice")).startsWith("Not ready to review: fix what is marked under the fields");
        assertThat(robot.lookup("#createJson").tryQuery().map(javafx.scene.Node::isVisible).orElse(false))
                .as("still on the settings").isFalse();

        fillTheSettings(robot, "orders-new");
        pickLogGroup(robot, "/aws/vendedlogs/msk/s", "/aws/vendedlogs/msk/spare");
        assertThat(field(robot, "#cwLogGroup")).isEqualTo("/aws/vendedlogs/msk/spare");
        assertThat(robot.lookup("#cwEnabled").queryAs(CheckBox.class).isSelected()).isTrue();
        waitUntil(() -> text(robot, "#createChecksStatus").endsWith("."));
        waitUntil(() -> !text(robot, "#createChecksStatus").startsWith("Checking"));
        assertThat(text(robot, "#createChecksStatus")).doesNotContain("error");
        assertThat(text(robot, "#problemSummary")).isEmpty();

        robot.clickOn("#createReviewButton");
        waitUntil(() -> robot.lookup("#createJson").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(text(robot, "#createStep")).isEqualTo("Step 2 of 3 · Review");
        assertThat(robot.lookup("#createJson").queryAs(TextArea.class).getText()).contains(
                "\"ClusterName\": \"orders-new\"", "\"KafkaVersion\": \"3.8.x\"", "\"InstanceType\": \"kafka.m5.large\"",
                "\"LogGroup\": \"/aws/vendedlogs/msk/spare\"", mskSubnets().get(2).id(), brokersGroup());
        assertThat(robot.lookup("#createCommand").queryAs(TextArea.class).getText())
                .isEqualTo(CliAccount.SANDBOX_NOTE + "\naws kafka create-cluster-v2 --region us-east-1 --cli-input-json "
                        + "file://create-cluster.json");
        assertThat(text(robot, "#brokerEstimate")).isEqualTo("3 brokers: 1 in each of 3 zones (us-east-1a, us-east-1b, "
                + "us-east-1c), 1,000 GiB each (3,000 GiB in all)");
        robot.clickOn("#copyCreateCommand");
        assertThat(dialogs.clipboard).startsWith(CliAccount.SANDBOX_NOTE + "\naws kafka create-cluster-v2");

        robot.clickOn("#createButton");
        waitUntil(() -> "CREATING".equals(text(robot, "#creationState")));
        clock.advance(CREATION);
        waitUntil(() -> "ACTIVE".equals(text(robot, "#creationState")));
        assertThat(dialogs.confirmations).allSatisfy(question -> assertThat(question).startsWith("Create anyway?"));
        assertThat(text(robot, "#createNotice")).isEqualTo("Cluster orders-new is ACTIVE in us-east-1. Broker log "
                + "delivery: CloudWatch Logs /aws/vendedlogs/msk/spare. Authorizer log delivery: off.");
        assertThat(field(robot, "#createdArn")).startsWith("arn:aws:kafka:us-east-1:111122223333:cluster/orders-new/");

        waitUntil(() -> table.getItems().stream().anyMatch(c -> c.name().equals("orders-new")
                && c.state() == ClusterState.ACTIVE));
        assertThat(seen).as("the list showed it from the moment it existed").startsWith(ClusterState.CREATING)
                .endsWith(ClusterState.ACTIVE);
        Cluster created = table.getItems().stream().filter(c -> c.name().equals("orders-new")).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(created));
        waitUntil(() -> text(robot, "#detailsName").equals("orders-new"));
        assertThat(text(robot, "#cwCurrent")).isEqualTo("On → /aws/vendedlogs/msk/spare");
        assertThat(text(robot, "#detailsState")).isEqualTo("ACTIVE");
    }

    @Test
    void aLogGroupThatDoesNotExistBlocksCreateAndNothingIsSent(FxRobot robot) throws Exception {
        TableView<Cluster> table = clusterTable(robot);
        int before = table.getItems().size();
        robot.clickOn("#clusterTable");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.N)
                .release(javafx.scene.input.KeyCode.N, javafx.scene.input.KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#clusterName").tryQuery().isPresent());
        fillTheSettings(robot, "orders-typo");
        check(robot, "cwEnabled");
        assertThat(text(robot, "#cwLogGroupError")).startsWith("Required");
        assertThat(text(robot, "#problemSummary")).isEqualTo("Fix 1 setting: CloudWatch Logs.");
        type(robot, "#cwLogGroup", "/msk/typo");
        waitUntil(() -> text(robot, "#cwLogGroupFindings").startsWith("Error: Log group /msk/typo does not exist in "
                + "us-east-1"));

        robot.clickOn("#createReviewButton");
        waitUntil(() -> robot.lookup("#createButton").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#createButton").query().isDisabled()).as("an error finding blocks Create").isTrue();
        reveal(robot, "#createReviewFindingList");
        assertThat(robot.lookup("#createReviewFindingList").query().isVisible()).isTrue();
        assertThat(text(robot, "#createReviewChecksStatus")).startsWith("1 error");

        robot.clickOn("#createBack");
        assertThat(field(robot, "#clusterName")).as("the settings are kept").isEqualTo("orders-typo");
        robot.clickOn("#closeCreate");
        assertThat(dialogs.confirmations).singleElement().asString().startsWith("Discard the new cluster?");
        waitUntil(() -> robot.lookup("#createClusterWindow").tryQuery().isEmpty());
        assertThat(table.getItems()).hasSize(before).noneMatch(c -> c.name().equals("orders-typo"));
    }

    @Test
    void startFromAnExistingClusterAndCloseTheWindowWhileItIsCreated(FxRobot robot) throws Exception {
        TableView<Cluster> table = clusterTable(robot);
        List<ClusterState> seen = watch(table, "orders-copy");
        robot.clickOn("orders-prod");
        robot.clickOn("Cluster").clickOn("#menuCreateFromCluster");
        waitUntil(() -> text(robot, "#createNotice").startsWith("Settings of orders-prod copied"));
        assertThat(field(robot, "#clusterName")).isEmpty();
        assertThat(text(robot, "#clusterNameError")).as("not before the field is left or Review pressed").isEmpty();
        assertThat(field(robot, "#cwLogGroup")).as("broker log delivery copied").isEqualTo("/aws/vendedlogs/msk/orders-prod");
        type(robot, "#clusterName", "orders-copy");
        waitUntil(() -> text(robot, "#problemSummary").isEmpty() && !text(robot, "#createChecksStatus").startsWith("Checking"));

        robot.clickOn("#createReviewButton");
        waitUntil(() -> robot.lookup("#createButton").tryQuery().map(n -> n.isVisible() && !n.isDisabled()).orElse(false));
        robot.clickOn("#createButton");
        waitUntil(() -> "CREATING".equals(text(robot, "#creationState")));
        robot.clickOn("#closeCreate");
        clock.advance(CREATION);
        waitUntil(() -> robot.lookup("#createClusterWindow").tryQuery().isEmpty());
        assertThat(dialogs.confirmations).noneMatch(q -> q.startsWith("Discard"));

        waitUntil(() -> table.getItems().stream().anyMatch(c -> c.name().equals("orders-copy")
                && c.state() == ClusterState.ACTIVE));
        assertThat(seen).startsWith(ClusterState.CREATING).endsWith(ClusterState.ACTIVE);
    }

    @Test
    void createFromThisClusterNeedsAProvisionedCluster(FxRobot robot) throws Exception {
        clusterTable(robot);
        javafx.scene.control.MenuBar bar = robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem from = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(item -> "menuCreateFromCluster".equals(item.getId())).findFirst().orElseThrow();
        javafx.scene.control.MenuItem create = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(item -> "menuCreateCluster".equals(item.getId())).findFirst().orElseThrow();
        assertThat(create.getText()).isEqualTo("Create cluster…");
        assertThat(create.getAccelerator().getDisplayText()).endsWith("N");
        robot.clickOn("events-serverless");
        assertThat(from.isDisable()).as("a serverless cluster has no settings to copy").isTrue();
        assertThat(create.isDisable()).isFalse();
        robot.clickOn("orders-prod");
        assertThat(from.isDisable()).isFalse();
    }
}
