package io.mskconsole.app.windows;

import io.mskconsole.app.accounts.AccountContext;
import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.concurrent.Pause;
import io.mskconsole.core.fleet.FleetReport;
import io.mskconsole.core.levels.LevelsSeen;
import io.mskconsole.ui.common.DialogService;
import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.common.UiPreferences;
import io.mskconsole.ui.fleet.FleetChangeViewModel;
import io.mskconsole.ui.fleet.FleetChangeWindow;
import io.mskconsole.ui.fleet.FleetNavigation;
import io.mskconsole.ui.fleet.FleetViewModel;
import io.mskconsole.ui.fleet.FleetWindow;
import io.mskconsole.ui.shell.AccountWindows;
import io.mskconsole.ui.shell.OpenAccount;
import io.mskconsole.ui.shell.ShellViewModel;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The fleet window, one for the app (asking again brings it forward): it offers every account the main window
 * offers, the open ones ticked, and leads from a row to the cluster's windows in its account, opening the account
 * first when it is not open. Each change opens a window of its own. On the UI thread.
 */
final class FleetOpening implements FleetNavigation {
    private final Accounts accounts;
    private final TaskExecutor executor;
    private final Function<Window, DialogService> dialogs;
    private final Clock clock;
    private final Pause pause;
    private final Stage owner;
    private final ShellViewModel shell;
    private final UiPreferences preferences;
    private FleetWindow window;
    /** Waits for an account opened from a row, to open the row's window in it; null when none waits. */
    private ListChangeListener<OpenAccount> pending;

    FleetOpening(Accounts accounts, TaskExecutor executor, Function<Window, DialogService> dialogs, Clock clock,
                 Pause pause, Stage owner, ShellViewModel shell, UiPreferences preferences) {
        this.preferences = preferences;
        this.accounts = accounts;
        this.executor = executor;
        this.dialogs = dialogs;
        this.clock = clock;
        this.pause = pause;
        this.owner = owner;
        this.shell = shell;
    }

    void open() {
        if (window == null) {
            Stage stage = new Stage();
            FleetViewModel model = new FleetViewModel(accounts, executor, clock, this::levelsSeen, preferences);
            window = new FleetWindow(stage, model, executor, dialogs.apply(stage), this,
                    rows -> openChange(stage, model, rows), owner);
            offer(model);
            shell.accountChoices().addListener((ListChangeListener<Account>) c -> offer(model));
        }
        window.show();
    }

    private void offer(FleetViewModel model) {
        model.offer(List.copyOf(shell.accountChoices()), shell.openAccounts().stream().map(OpenAccount::account)
                .toList());
    }

    private void openChange(Stage fleet, FleetViewModel model, List<FleetReport.Row> rows) {
        Stage stage = new Stage();
        DialogService dialogsOfChange = dialogs.apply(stage);
        FleetChangeViewModel change = new FleetChangeViewModel(accounts, executor, clock, pause, dialogsOfChange, rows);
        change.onApplied(model::scan); // the fleet shows the clusters as the apply left them
        new FleetChangeWindow(stage, change, dialogsOfChange, fleet).show();
    }

    /** The levels read in this run in every open account, for the rule about DEBUG and TRACE. */
    private LevelsSeen levelsSeen() {
        LevelsSeen seen = new LevelsSeen();
        for (OpenAccount open : shell.openAccounts()) {
            if (open instanceof AccountContext context) {
                context.levels().known().copyTo(seen, clock.instant());
            }
        }
        return seen;
    }

    @Override
    public void openEditor(Account account, Cluster cluster, String region) {
        inAccount(account, windows -> windows.openEditor(cluster, region));
    }

    @Override
    public void openActivity(Account account, Cluster cluster, String region) {
        inAccount(account, windows -> windows.openTrail(cluster, region));
    }

    @Override
    public void openLevels(Account account, Cluster cluster, String region) {
        inAccount(account, windows -> windows.openLevels(cluster, region));
    }

    /** Runs the action on the account's windows, opening the account first (as the main window's picker does). */
    private void inAccount(Account account, java.util.function.Consumer<AccountWindows> action) {
        Optional<OpenAccount> open = find(account);
        if (open.isPresent()) {
            action.accept(open.get().windows());
            return;
        }
        // one wait at a time: a newer row's action replaces an older one whose account never opened
        if (pending != null) {
            shell.openAccounts().removeListener(pending);
        }
        pending = new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends OpenAccount> change) {
                find(account).ifPresent(now -> {
                    shell.openAccounts().removeListener(this);
                    pending = null;
                    action.accept(now.windows());
                });
            }
        };
        shell.openAccounts().addListener(pending);
        shell.accountProperty().set(account);
    }

    private Optional<OpenAccount> find(Account account) {
        return shell.openAccounts().stream().filter(open -> open.account().equals(account)).findFirst();
    }
}
