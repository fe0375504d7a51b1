package io.mskconsole.ui.shell;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.account.LastUsed;
import io.mskconsole.core.account.LastUsedStore;
import io.mskconsole.core.account.Session;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.ui.clusters.ClusterListViewModel;
import io.mskconsole.ui.common.Messages;
import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.delivery.EditorTarget;
import io.mskconsole.ui.levels.LevelsTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's frame: which account and region are shown. Opens accounts in the background, remembers the
 * choice between runs, and points the cluster list at the chosen region. Sessions left behind by a switch stay
 * open until {@link #close()}, since an editor may still be applying through them.
 */
public final class ShellViewModel {
    static final String NO_CREDENTIALS = "No AWS credentials were found, so MSK Console opened the Sandbox: offline "
            + "sample data. Configure a profile (aws configure, or aws configure sso) to work with your clusters.";

    private final Accounts accounts;
    private final LastUsedStore lastUsed;
    private final TaskExecutor executor;
    private final ClusterListViewModel clusters;
    private final Account forcedAccount;
    private final String forcedRegion;
    private final ObservableList<Account> accountChoices = FXCollections.observableArrayList();
    private final ObservableList<String> regionChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Account> account = new SimpleObjectProperty<>();
    private final ObjectProperty<String> region = new SimpleObjectProperty<>();
    private final ObjectProperty<Session> session = new SimpleObjectProperty<>();
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanProperty opening = new SimpleBooleanProperty();
    private final BooleanBinding sandbox =
            Bindings.createBooleanBinding(() -> account.get() != null && account.get().isSandbox(), account);
    private final List<Session> retired = new ArrayList<>();
    private boolean switching;
    private ClusterGateway gateway;
    private int generation;
    /** What to say once the first account is open (why the Sandbox, or why only the Sandbox). */
    private String startNotice = "";

    public ShellViewModel(Accounts accounts, LastUsedStore lastUsed, TaskExecutor executor,
                          ClusterListViewModel clusters, Account forcedAccount) {
        this(accounts, lastUsed, executor, clusters, forcedAccount, null);
    }

    /**
     * @param forcedAccount the account to open whatever was remembered ({@code --sandbox}, {@code --profile}), or null
     * @param forcedRegion  the region to open whatever was remembered ({@code --region}), or null
     */
    public ShellViewModel(Accounts accounts, LastUsedStore lastUsed, TaskExecutor executor,
                          ClusterListViewModel clusters, Account forcedAccount, String forcedRegion) {
        this.accounts = accounts;
        this.lastUsed = lastUsed;
        this.executor = executor;
        this.clusters = clusters;
        this.forcedAccount = forcedAccount;
        this.forcedRegion = forcedRegion;
        account.addListener((obs, old, chosen) -> {
            if (!switching && chosen != null && !chosen.equals(old)) {
                open(chosen, null, old);
            }
        });
        region.addListener((obs, old, chosen) -> {
            if (!switching && chosen != null && !chosen.equals(old)) {
                showRegion(chosen);
            }
        });
    }

    private record Start(List<Account> accounts, Account account, String region, String notice) {
    }

    /** Finds the accounts and opens the remembered one (or the default profile, or the Sandbox). */
    public void start() {
        notice.set("Looking for AWS profiles…");
        opening.set(true);
        executor.execute(c -> {
            LastUsed remembered = lastUsed.load();
            String region = forcedRegion != null ? forcedRegion : remembered.region();
            List<Account> all;
            try {
                all = accounts.list();
            } catch (RuntimeException unreadable) {
                Account chosen = forcedAccount != null && forcedAccount.isSandbox() ? forcedAccount : Account.SANDBOX;
                return new Start(List.of(Account.SANDBOX), chosen, region, "The AWS profiles could not be read, so "
                        + "only the Sandbox is offered: " + Messages.of(unreadable));
            }
            Account chosen = forcedAccount;
            if (chosen == null) {
                Account last = Account.fromKey(remembered.accountKey());
                chosen = last != null && all.contains(last) ? last : accounts.startingAccount();
            }
            boolean noCredentials = forcedAccount == null && chosen.isSandbox()
                    && !accounts.profiles().credentialsConfigured();
            return new Start(all, chosen, region, noCredentials ? NO_CREDENTIALS : "");
        }, start -> {
            accountChoices.setAll(start.accounts());
            startNotice = start.notice();
            open(start.account(), start.region(), null);
        }, failure -> {
            opening.set(false);
            notice.set("Could not start: " + Messages.of(failure));
        });
    }

    private record Opened(Session session, List<String> regions, String region) {
    }

    /**
     * Opens an account in the background. If it fails and {@code previousAccount} is given, the previous account is
     * opened again once, on the region it showed; if that fails too, nothing stays open and the pickers say so.
     */
    private void open(Account chosen, String preferredRegion, Account previousAccount) {
        Session previous = session.get();
        String previousRegion = region.get();
        if (previous != null) {
            retired.add(previous);
        }
        session.set(null);
        gateway = null;
        clusters.show(null, null);
        opening.set(true);
        int mine = ++generation;
        executor.execute(c -> {
            Session opened = accounts.open(chosen);
            List<String> regions = opened.regions();
            return new Opened(opened, regions, pick(regions, preferredRegion, opened.defaultRegion()));
        }, opened -> {
            if (mine != generation) {
                retired.add(opened.session());
                return;
            }
            opening.set(false);
            switching = true;
            try {
                session.set(opened.session());
                account.set(chosen);
                regionChoices.setAll(opened.regions());
                region.set(opened.region());
            } finally {
                switching = false;
            }
            notice.set(startNotice);
            startNotice = "";
            showRegion(opened.region());
        }, failure -> {
            if (mine != generation) {
                return;
            }
            opening.set(false);
            String message = "Could not open " + chosen.displayName() + ": " + Messages.of(failure);
            notice.set(message);
            switching = true;
            try {
                if (previousAccount != null && !previousAccount.equals(chosen)) {
                    account.set(previousAccount);
                } else {
                    account.set(null);
                    regionChoices.clear();
                    region.set(null);
                }
            } finally {
                switching = false;
            }
            if (previousAccount != null && !previousAccount.equals(chosen)) {
                startNotice = message;
                open(previousAccount, previousRegion, null);
            }
        });
    }

    static String pick(List<String> regions, String preferred, Optional<String> fallback) {
        if (preferred != null && regions.contains(preferred)) {
            return preferred;
        }
        if (fallback.isPresent() && regions.contains(fallback.get())) {
            return fallback.get();
        }
        return regions.contains("us-east-1") ? "us-east-1" : regions.isEmpty() ? null : regions.get(0);
    }

    private void showRegion(String chosen) {
        Session current = session.get();
        if (current == null || chosen == null) {
            return;
        }
        gateway = null;
        clusters.show(null, chosen);
        executor.execute(c -> current.clusters(chosen), opened -> {
            if (current == session.get() && chosen.equals(region.get())) {
                gateway = opened;
                clusters.show(opened, chosen);
            }
        }, failure -> {
            if (current == session.get() && chosen.equals(region.get())) {
                notice.set("Could not open " + chosen + ": " + Messages.of(failure));
            }
        });
        LastUsed remember = new LastUsed(current.account().key(), chosen);
        executor.execute(c -> {
            lastUsed.save(remember);
            return remember;
        }, saved -> { }, failure -> { });
    }

    /** What an editor of a cluster in the current region needs, or empty while nothing is open. */
    public Optional<EditorTarget> editorTarget() {
        Session current = session.get();
        String where = region.get();
        if (current == null || where == null || gateway == null) {
            return Optional.empty();
        }
        return Optional.of(new EditorTarget(gateway, where, current.cliProfile(), current.operationPollInterval(),
                current.destinations(where)));
    }

    /** Where the selected account's clusters in the region shown have their brokers' log levels read and changed. */
    public Optional<LevelsTarget> levelsTarget() {
        Session current = session.get();
        String where = region.get();
        if (current == null || where == null || gateway == null) {
            return Optional.empty();
        }
        return Optional.of(new LevelsTarget(current.account(), where, gateway, current.brokerLoggers(where)));
    }

    /** Closes every session this window opened. For the end of the app; closing builds no network traffic. */
    public void close() {
        List<Session> all = new ArrayList<>(retired);
        if (session.get() != null) {
            all.add(session.get());
        }
        retired.clear();
        all.forEach(Session::close);
    }

    public ObservableList<Account> accountChoices() {
        return accountChoices;
    }

    public ObservableList<String> regionChoices() {
        return regionChoices;
    }

    public ObjectProperty<Account> accountProperty() {
        return account;
    }

    public ObjectProperty<String> regionProperty() {
        return region;
    }

    public ReadOnlyObjectProperty<Session> sessionProperty() {
        return session;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    /** True while an account is being opened: the pickers wait. */
    public ReadOnlyBooleanProperty openingProperty() {
        return opening;
    }

    public BooleanBinding sandboxBinding() {
        return sandbox;
    }

    public ClusterListViewModel clusters() {
        return clusters;
    }
}
