package io.mskconsole.app;

import io.mskconsole.app.desktop.HostDesktop;
import io.mskconsole.app.desktop.SystemTheme;
import io.mskconsole.app.settings.AppDirectories;
import io.mskconsole.app.settings.FileColumnStore;
import io.mskconsole.app.settings.FileUiPreferences;
import io.mskconsole.core.account.Account;
import io.mskconsole.core.levels.JsonRaisedLevelStore;
import io.mskconsole.core.trailcache.DiskTrailFileCache;
import io.mskconsole.ui.common.AppIcons;
import io.mskconsole.ui.common.FxDialogService;
import io.mskconsole.ui.common.FxTaskExecutor;
import io.mskconsole.app.windows.DesktopWindows;
import io.mskconsole.ui.shell.ShellServices;
import io.mskconsole.ui.shell.ShellViewModel;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application: builds the main window on the production wiring. What can wait does: AWS clients are
 * made when an account is first used, the system theme is read in the background after the window is up.
 */
public final class MskConsoleApp extends Application {
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private ShellViewModel shell;
    private AppContext context;
    private FileUiPreferences preferences;

    /** On the launcher thread, not the JavaFX thread: the small reads the first window needs, begun earlier. */
    @Override
    public void init() {
        WindowPreparation.Prepared prepared = WindowPreparation.await();
        context = prepared.context();
        preferences = prepared.preferences();
        // JavaFX's classes only once its toolkit has started (see WindowPreparation); the icon is decoded while the
        // main window is built, and the window waits for it only if it shows first
        Thread icons = new Thread(AppIcons::images, "msk-console-icons");
        icons.setDaemon(true);
        icons.start();
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        boolean smokeTest = args.contains(SmokeTest.FLAG);
        WindowOptions options = WindowOptions.parse(args);
        if (!smokeTest) {
            Thread.setDefaultUncaughtExceptionHandler(
                    new ErrorReporter(() -> new FxDialogService(stage), AppDirectories.logs()));
        }
        AppIcons.install();
        ShellServices services = new ShellServices(new FileColumnStore(AppDirectories.settings()), preferences,
                new HostDesktop(getHostServices()), AboutFacts.gather(),
                () -> SystemTheme.ofThisMachine().prefersDark(), JsonRaisedLevelStore.in(AppDirectories.settings()),
                DiskTrailFileCache.in(AppDirectories.trailFiles()), AppContext.keeping());
        DesktopWindows.Built desktop = DesktopWindows.builder(stage, context.accounts(), context.lastUsed(), executor)
                .services(services).forced(smokeTest ? Account.SANDBOX : options.account(), options.region()).build();
        shell = desktop.shell();
        if (smokeTest) {
            SmokeTest.watch(stage, shell.clusters());
        }
        desktop.window().show();
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.close();
        }
        executor.close();
    }
}
