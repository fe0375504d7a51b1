package io.mskconsole.app.windows;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.account.LastUsedStore;
import io.mskconsole.core.concurrent.DaemonDelayedTasks;
import io.mskconsole.core.concurrent.DelayedTasks;
import io.mskconsole.core.concurrent.Pause;
import io.mskconsole.core.levels.RaisedLevelRecords;
import io.mskconsole.ui.clusters.ClusterListViewModel;
import io.mskconsole.ui.common.DialogService;
import io.mskconsole.ui.common.FxDialogService;
import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.shell.ClusterEvents;
import io.mskconsole.ui.shell.MainWindow;
import io.mskconsole.ui.shell.ShellServices;
import io.mskconsole.ui.shell.ShellViewModel;
import io.mskconsole.ui.common.DesktopActions;
import io.mskconsole.ui.signin.SignInWindow;
import io.mskconsole.ui.signin.SignInsViewModel;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Wires the desktop: the main window over its view model, and each account it opens with its context and the
 * navigator that makes its windows. The app builds it so; the window tests build it the same way, with their own
 * dialogs, clock and timers.
 */
public final class DesktopWindows {
    /** The main window and its view model. */
    public record Built(MainWindow window, ShellViewModel shell) {
    }

    private DesktopWindows() {
    }

    public static Builder builder(Stage stage, Accounts accounts, LastUsedStore lastUsed, TaskExecutor executor) {
        return new Builder(stage, accounts, lastUsed, executor);
    }

    /** What the desktop is built from; everything but the first four has a production default. */
    public static final class Builder {
        private final Stage stage;
        private final Accounts accounts;
        private final LastUsedStore lastUsed;
        private final TaskExecutor executor;
        private Function<Window, DialogService> dialogs = FxDialogService::new;
        private ShellServices services = ShellServices.none();
        private Clock clock = Clock.systemUTC();
        private Supplier<DelayedTasks> revertTimers;
        private Pause pause = Pause.REAL;
        private Account forcedAccount;
        private String forcedRegion;

        private Builder(Stage stage, Accounts accounts, LastUsedStore lastUsed, TaskExecutor executor) {
            this.stage = Objects.requireNonNull(stage, "stage");
            this.accounts = Objects.requireNonNull(accounts, "accounts");
            this.lastUsed = Objects.requireNonNull(lastUsed, "lastUsed");
            this.executor = Objects.requireNonNull(executor, "executor");
        }

        /** How each window gets its dialogs (tests answer them without showing them). */
        public Builder dialogs(Function<Window, DialogService> value) {
            this.dialogs = Objects.requireNonNull(value, "dialogs");
            return this;
        }

        /** Settings stores, the desktop, the About facts, the system's theme, the records of raised levels. */
        public Builder services(ShellServices value) {
            this.services = Objects.requireNonNull(value, "services");
            return this;
        }

        /** The clock of the CloudTrail windows and of the records of raised levels. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** How a fleet apply's MSK calls wait for their turn (tests: no real wait). */
        public Builder pause(Pause value) {
            this.pause = Objects.requireNonNull(value, "pause");
            return this;
        }

        /** Makes each account's revert timer; by default a daemon thread on the clock. */
        public Builder revertTimers(Supplier<DelayedTasks> value) {
            this.revertTimers = Objects.requireNonNull(value, "revertTimers");
            return this;
        }

        /** The account and region to open whatever was remembered ({@code --profile}, {@code --region}), or null. */
        public Builder forced(Account account, String region) {
            this.forcedAccount = account;
            this.forcedRegion = region;
            return this;
        }

        public Built build() {
            Clock chosenClock = clock;
            Supplier<DelayedTasks> timers = revertTimers != null ? revertTimers
                    : () -> new DaemonDelayedTasks(chosenClock, "msk-console-level-reverts");
            AtomicReference<ClusterEvents> events = new AtomicReference<>(ClusterEvents.NONE);
            AtomicReference<Runnable> quit = new AtomicReference<>(() -> { });
            AtomicReference<SignInsViewModel> signIns = new AtomicReference<>();
            DesktopServices desktop = new DesktopServices(executor, dialogs, stage, services.columns(), clock,
                    new RaisedLevelRecords(services.raisedLevels(), clock), timers, events::get,
                    () -> quit.get().run(), signIns::get, pause, services.trailCache(),
                    services.keeping());
            ShellViewModel shell = new ShellViewModel(accounts, lastUsed, executor, new ClusterListViewModel(executor),
                    new AccountOpening(accounts, desktop), forcedAccount, forcedRegion);
            events.set(shell.clusterEvents());
            DesktopActions host = services.desktop();
            signIns.set(new SignInsViewModel(accounts, executor, shell.accountChoices(), shell.openAccounts(),
                    SignInWindow.opener(stage, dialogs.apply(stage)), host::openAddress));
            signIns.get().follow(shell.accountProperty());
            MainWindow window = new MainWindow(stage, shell, executor, dialogs, services);
            window.addSignIns(signIns.get());
            FleetOpening fleet = new FleetOpening(accounts, executor, dialogs, clock, pause, stage, shell,
                    services.preferences());
            window.addFleet(fleet::open);
            window.addDeliveryHealth(clock, pause);
            quit.set(window::quit);
            return new Built(window, shell);
        }
    }
}
