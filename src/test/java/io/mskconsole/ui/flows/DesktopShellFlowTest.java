package io.mskconsole.ui.flows;

import io.mskconsole.app.windows.DesktopWindows;
import static io.mskconsole.ui.flows.Flows.text;
import static io.mskconsole.ui.flows.Flows.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.sandbox.SandboxSession;
import io.mskconsole.testing.FakeAccounts;
import io.mskconsole.testing.RecordingDialogs;
import io.mskconsole.ui.clusters.ClusterListViewModel;
import io.mskconsole.ui.common.DesktopActions;
import io.mskconsole.ui.common.FxTaskExecutor;
import io.mskconsole.ui.common.Styles;
import io.mskconsole.ui.common.ThemeSetting;
import io.mskconsole.ui.common.UiPreferences;
import io.mskconsole.ui.common.WindowBounds;
import io.mskconsole.ui.shell.AboutInfo;
import io.mskconsole.ui.shell.MainWindow;
import io.mskconsole.ui.shell.ShellServices;
import io.mskconsole.ui.shell.ShellViewModel;
import io.mskconsole.ui.trail.ColumnStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window as a desktop app: its menus and shortcuts, About, the theme switch, the remembered place. */
@ExtendWith(ApplicationExtension.class)
class DesktopShellFlowTest {
    private static final AboutInfo ABOUT = new AboutInfo("1.2.3", "17.0.15 (Debian)", "21.0.12", "2.41.14",
            "Linux 6.1 (amd64)", Path.of("/home/ana/.config/msk-console"),
            Path.of("/home/ana/.local/state/msk-console/logs"));

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<Path> foldersOpened = new CopyOnWriteArrayList<>();
    private final List<String> saved = new CopyOnWriteArrayList<>();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        FakeAccounts accounts = new FakeAccounts();
        accounts.credentialsConfigured = false;
        UiPreferences preferences = new UiPreferences() {
            @Override
            public ThemeSetting theme() {
                return ThemeSetting.LIGHT;
            }

            @Override
            public Optional<WindowBounds> mainWindow() {
                return Optional.of(new WindowBounds(30, 40, 1200, 640, false));
            }

            @Override
            public void save(ThemeSetting theme, WindowBounds mainWindow) {
                saved.add(theme + " " + mainWindow);
            }
        };
        DesktopActions desktop = foldersOpened::add;
        DesktopWindows.builder(stage, new Accounts(accounts, SandboxSession::open), accounts, executor)
                .dialogs(window -> dialogs).forced(Account.SANDBOX, null)
                .services(new ShellServices(ColumnStore.NONE, preferences, desktop, ABOUT, () -> Optional.of(true),
                        io.mskconsole.core.levels.RaisedLevelStore.inMemory())).build().window().show();
        stage.requestFocus();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Styles.setDark(false)).get();
        executor.close();
    }

    private void waitForClusters(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#clusterTable").queryTableView();
        waitUntil(() -> table.getItems().size() >= 3);
    }

    @Test
    void theWindowOpensWhereItWasLeft() {
        assertThat(stage.getX()).isEqualTo(30);
        assertThat(stage.getY()).isEqualTo(40);
        assertThat(stage.getWidth()).isEqualTo(1200);
    }

    @Test
    void aboutShowsTheVersionsAndCopiesThemForATicket(FxRobot robot) throws Exception {
        robot.clickOn("Help").clickOn("#menuAbout");
        waitUntil(() -> robot.lookup("#aboutDialog").tryQuery().isPresent());
        assertThat(text(robot, "#aboutmskconsole")).isEqualTo("1.2.3");
        assertThat(text(robot, "#aboutjava")).isEqualTo("17.0.15 (Debian)");
        assertThat(text(robot, "#aboutjavafx")).isEqualTo("21.0.12");
        assertThat(text(robot, "#aboutawssdkforjava")).isEqualTo("2.41.14");
        robot.clickOn("#aboutCopy");
        assertThat(dialogs.clipboard).contains("MSK Console: 1.2.3", "JavaFX: 21.0.12", "AWS SDK for Java: 2.41.14",
                "Log: /home/ana/.local/state/msk-console/logs");
        assertThat(robot.lookup("#aboutDialog").tryQuery()).as("Copy leaves the dialog open").isPresent();
        robot.clickOn("Close");
        waitUntil(() -> robot.lookup("#aboutDialog").tryQuery().isEmpty());
    }

    @Test
    void theThemeSwitchesEveryWindowAndIsRemembered(FxRobot robot) throws Exception {
        assertThat(Styles.darkProperty().get()).as("light was chosen, whatever the system prefers").isFalse();
        robot.clickOn("View").clickOn("#menuTheme").clickOn("#menuThemeDARK");
        waitUntil(() -> Styles.darkProperty().get());
        assertThat(stage.getScene().getStylesheets()).anyMatch(sheet -> sheet.endsWith("msk-console-dark.css"));
        waitUntil(() -> saved.contains("DARK null"));

        robot.clickOn("View").clickOn("#menuTheme").clickOn("#menuThemeSYSTEM");
        waitUntil(() -> saved.contains("SYSTEM null"));
        // the system (as read, in the background) prefers dark
        waitUntil(() -> Styles.darkProperty().get());

        robot.clickOn("View").clickOn("#menuTheme").clickOn("#menuThemeLIGHT");
        waitUntil(() -> !Styles.darkProperty().get());
        assertThat(stage.getScene().getStylesheets()).noneMatch(sheet -> sheet.endsWith("msk-console-dark.css"));
    }

    @Test
    void shortcutsFindRefreshAndEdit(FxRobot robot) throws Exception {
        waitForClusters(robot);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertThat(robot.lookup("#clusterFilter").queryAs(TextField.class).isFocused()).isTrue();
        robot.write("orders");
        waitUntil(() -> robot.lookup("#clusterTable").queryTableView().getItems().size() == 1);

        robot.clickOn("orders-prod");
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> Window.getWindows().stream().anyMatch(window -> window instanceof Stage other
                && other != stage && other.getTitle() != null && other.getTitle().contains("orders-prod")));

        robot.clickOn("#clusterFilter");
        robot.push(KeyCode.F5);
        waitUntil(() -> text(robot, "#statusLabel").contains("clusters in us-east-1"));
    }

    @Test
    void helpOpensTheLogFolder(FxRobot robot) {
        robot.clickOn("Help").clickOn("#menuOpenLogFolder");
        assertThat(foldersOpened).containsExactly(ABOUT.logFolder());
    }

    @Test
    void closingTheWindowRemembersWhereItWas(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        waitUntil(() -> !stage.isShowing());
        waitUntil(() -> saved.stream().anyMatch(line -> line.startsWith("LIGHT WindowBounds[x=30.0, y=40.0, "
                + "width=1200.0, height=640.0")));
    }
}
