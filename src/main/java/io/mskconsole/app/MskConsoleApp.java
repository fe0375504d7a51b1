package io.mskconsole.app;

import io.mskconsole.core.account.Account;
import io.mskconsole.ui.clusters.ClusterListViewModel;
import io.mskconsole.ui.common.FxTaskExecutor;
import io.mskconsole.ui.shell.MainWindow;
import io.mskconsole.ui.shell.ShellViewModel;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: builds the main window on the production wiring. */
public final class MskConsoleApp extends Application {
    private final FxTaskExecutor executor = new FxTaskExecutor();

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Account forced = args.contains("--sandbox") ? Account.SANDBOX : null;
        AppContext context = AppContext.production();
        ShellViewModel shell = new ShellViewModel(context.accounts(), context.lastUsed(), executor,
                new ClusterListViewModel(executor), forced);
        new MainWindow(stage, shell, executor).show();
    }

    @Override
    public void stop() {
        executor.close();
    }
}
