package io.mskconsole.app;

import io.mskconsole.ui.clusters.ClusterListViewModel;
import io.mskconsole.ui.common.FxTaskExecutor;
import io.mskconsole.app.settings.AppDirectories;
import io.mskconsole.app.settings.FileColumnStore;
import io.mskconsole.ui.common.FxDialogService;
import io.mskconsole.ui.shell.MainWindow;
import io.mskconsole.ui.shell.ShellViewModel;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: builds the main window on the production wiring. */
public final class MskConsoleApp extends Application {
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private ShellViewModel shell;

    @Override
    public void start(Stage stage) {
        WindowOptions options = WindowOptions.parse(getParameters().getRaw());
        AppContext context = AppContext.production();
        shell = new ShellViewModel(context.accounts(), context.lastUsed(), executor,
                new ClusterListViewModel(executor), options.account(), options.region());
        new MainWindow(stage, shell, executor, FxDialogService::new,
                new FileColumnStore(AppDirectories.settings())).show();
    }

    @Override
    public void stop() {
        executor.close();
        if (shell != null) {
            shell.close();
        }
    }
}
