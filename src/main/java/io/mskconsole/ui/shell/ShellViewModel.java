package io.mskconsole.ui.shell;

import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.LastUsed;
import io.mskconsole.core.account.LastUsedStore;
import io.mskconsole.core.account.Session;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.ui.clusters.ClusterListViewModel;
import io.mskconsole.ui.common.Messages;
import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.logging.EditorTarget;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's frame: which account and region are shown. Opens accounts in the background, remembers the
 * choice between runs, and points the cluster list at the chosen region.
 */
public final class ShellViewModel {
    private final Accounts accounts;
    private final LastUsedStore lastUsed;
    private final TaskExecutor executor;
    private final ClusterListViewModel clusters;
    private final Account forced;
    private final ObservableList<Account> accountChoices = FXCollections.observableArrayList();
    private final ObservableList<String> regionChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Account> account = new SimpleObjectProperty<>();
    private final ObjectProperty<String> region = new SimpleObjectProperty<>();
    private final ObjectProperty<Session> session = new SimpleObjectProperty<>();
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanBinding sandbox =
            Bindings.createBooleanBinding(() -> account.get() != null && account.get().isSandbox(), account);
    private boolean switching;
    private ClusterGateway gateway;
    private int opening;

    /**
     * @param forced the account to open whatever was remembered ({@code --sandbox}), or null
     */
    public ShellViewModel(Accounts accounts, LastUsedStore lastUsed, TaskExecutor executor,
                          ClusterListViewModel clusters, Account forced) {
        this.accounts = accounts;
        this.lastUsed = lastUsed;
        this.executor = executor;
        this.clusters = clusters;
        this.forced = forced;
        account.addListener((obs, old, chosen) -> {
            if (!switching && chosen != null && !chosen.equals(old)) {
                open(chosen, null);
            }
        });
        region.addListener((obs, old, chosen) -> {
            if (!switching && chosen != null && !chosen.equals(old)) {
                showRegion(chosen);
            }
        });
    }

    private record Start(List<Account> accounts, Account account, String rememberedRegion, boolean noCredentials) {
    }

    /** Finds the accounts and opens the remembered one (or the default profile, or the Sandbox). */
    public void start() {
        notice.set("Looking for AWS profiles…");
        executor.execute(c -> {
            List<Account> all = accounts.list();
            LastUsed remembered = lastUsed.load();
            Account chosen = forced;
            if (chosen == null) {
                Account last = Account.fromKey(remembered.accountKey());
                chosen = last != null && all.contains(last) ? last : accounts.startingAccount();
            }
            boolean noCredentials = forced == null && chosen.isSandbox() && !accounts.profiles().credentialsConfigured();
            return new Start(all, chosen, remembered.region(), noCredentials);
        }, start -> {
            accountChoices.setAll(start.accounts());
            notice.set(start.noCredentials()
                    ? "No AWS credentials were found, so MSK Console opened the Sandbox: offline sample data. "
                    + "Configure a profile (aws configure, or aws configure sso) to work with your clusters."
                    : "");
            open(start.account(), start.rememberedRegion());
        }, failure -> notice.set("Could not read the AWS profiles: " + Messages.of(failure)));
    }

    private record Opened(Session session, List<String> regions, String region) {
    }

    private void open(Account chosen, String preferredRegion) {
        Session previous = session.get();
        session.set(null);
        gateway = null;
        clusters.show(null, null);
        int generation = ++opening;
        executor.execute(c -> {
            if (previous != null) {
                previous.close();
            }
            Session opened = accounts.open(chosen);
            List<String> regions = opened.regions();
            String start = pick(regions, preferredRegion, opened.defaultRegion());
            return new Opened(opened, regions, start);
        }, opened -> {
            if (generation != opening) {
                executor.execute(c -> {
                    opened.session().close();
                    return opened;
                }, closed -> { }, failure -> { });
                return;
            }
            switching = true;
            try {
                session.set(opened.session());
                account.set(chosen);
                regionChoices.setAll(opened.regions());
                region.set(opened.region());
            } finally {
                switching = false;
            }
            showRegion(opened.region());
        }, failure -> {
            if (generation == opening) {
                notice.set("Could not open " + chosen.displayName() + ": " + Messages.of(failure));
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
        LastUsed remember = new LastUsed(current.account().key(), chosen);
        executor.execute(c -> {
            ClusterGateway opened = current.clusters(chosen);
            lastUsed.save(remember);
            return opened;
        }, opened -> {
            if (current == session.get() && chosen.equals(region.get())) {
                gateway = opened;
                clusters.show(opened, chosen);
            }
        }, failure -> notice.set("Could not open " + chosen + ": " + Messages.of(failure)));
    }

    /** What an editor of a cluster in the current region needs, or empty while nothing is open. */
    public Optional<EditorTarget> editorTarget() {
        Session current = session.get();
        String where = region.get();
        if (current == null || where == null || gateway == null) {
            return Optional.empty();
        }
        return Optional.of(new EditorTarget(gateway, where, current.cliProfile(), current.operationPollInterval()));
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

    public BooleanBinding sandboxBinding() {
        return sandbox;
    }

    public ClusterListViewModel clusters() {
        return clusters;
    }
}
