package io.mskconsole.ui.shell;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.account.LastUsed;
import io.mskconsole.core.account.LastUsedStore;
import io.mskconsole.core.account.Session;
import io.mskconsole.ui.clusters.ClusterListViewModel;
import io.mskconsole.ui.common.Messages;
import io.mskconsole.ui.common.Notice;
import io.mskconsole.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * The main window's frame: which account and region are shown, and which accounts are open. An account once opened
 * stays open (with its windows) when another is chosen, so switching back is instant and its windows keep working;
 * it closes only when the person closes it ({@link #closeShown}) or the app quits. Opens accounts in the background,
 * remembers the choice between runs, and points the cluster list at the chosen region.
 */
public final class ShellViewModel {

    private final Accounts accounts;
    private final LastUsedStore lastUsed;
    private final TaskExecutor executor;
    private final ClusterListViewModel clusters;
    private final AccountOpener opener;
    private final Account forcedAccount;
    private final String forcedRegion;
    private final ObservableList<Account> accountChoices = FXCollections.observableArrayList();
    private final ObservableList<String> regionChoices = FXCollections.observableArrayList();
    /** The accounts open, the most recently shown first. */
    private final ObservableList<OpenAccount> open = FXCollections.observableArrayList();
    /** The region each open account showed last: going back to an account shows it as it was left. */
    private final Map<OpenAccount, String> lastRegion = new HashMap<>();
    private final ObjectProperty<Account> account = new SimpleObjectProperty<>();
    private final ObjectProperty<String> region = new SimpleObjectProperty<>();
    private final ObjectProperty<OpenAccount> shown = new SimpleObjectProperty<>();
    private final ObjectProperty<Session> session = new SimpleObjectProperty<>();
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty accountLabel = new SimpleStringProperty("");
    private final BooleanProperty opening = new SimpleBooleanProperty();
    private final BooleanBinding sandbox =
            Bindings.createBooleanBinding(() -> account.get() != null && account.get().isSandbox(), account);
    private final ObjectProperty<Notice> credentialNotice = new SimpleObjectProperty<>(Notice.NONE);
    private final ObjectProperty<Notice> levelsNotice = new SimpleObjectProperty<>(Notice.NONE);
    private final ClusterEvents events;
    private boolean switching;
    private boolean closed;
    private int generation;
    /** What to say once the first account is open (why the Sandbox, or why only the Sandbox). */
    private String startNotice = "";

    /**
     * @param opener        opens an account with everything it owns (its windows, clients, pacers, reverts)
     * @param forcedAccount the account to open whatever was remembered ({@code --sandbox}, {@code --profile}), or null
     * @param forcedRegion  the region to open whatever was remembered ({@code --region}), or null
     */
    public ShellViewModel(Accounts accounts, LastUsedStore lastUsed, TaskExecutor executor,
                          ClusterListViewModel clusters, AccountOpener opener, Account forcedAccount,
                          String forcedRegion) {
        this.accounts = accounts;
        this.lastUsed = lastUsed;
        this.executor = executor;
        this.clusters = clusters;
        this.opener = opener;
        this.forcedAccount = forcedAccount;
        this.forcedRegion = forcedRegion;
        this.events = new ShownListEvents(clusters, this::showing);
        account.addListener((obs, old, chosen) -> {
            if (!switching && chosen != null && !chosen.equals(old)) {
                show(chosen, null, old);
            }
        });
        region.addListener((obs, old, chosen) -> {
            if (!switching && chosen != null && !chosen.equals(old)) {
                showRegion(chosen);
            }
        });
        // another window's call got through after the account was signed out: list again what could not be listed
        credentialNotice.addListener((obs, old, now) -> {
            if (old != null && !old.isEmpty() && now.isEmpty() && clusters.lastLoadFailed()) {
                clusters.refresh();
            }
        });
        shown.addListener((obs, old, now) -> {
            accountLabel.unbind();
            if (now != null) {
                accountLabel.bind(now.label());
                now.identify();
            }
            credentialNotice.unbind();
            levelsNotice.unbind();
            if (now == null) {
                credentialNotice.set(Notice.NONE);
                levelsNotice.set(Notice.NONE);
            } else {
                credentialNotice.bind(now.credentialNotice());
                levelsNotice.bind(now.levelsNotice());
            }
        });
    }

    /** Finds the accounts and opens the remembered one (or the default profile, or the Sandbox). */
    public void start() {
        notice.set("Looking for AWS profiles…");
        opening.set(true);
        executor.execute(c -> StartChoice.of(accounts, lastUsed.load(), forcedAccount, forcedRegion), start -> {
            accountChoices.setAll(start.accounts());
            startNotice = start.notice();
            show(start.account(), start.region(), null);
        }, failure -> {
            opening.set(false);
            notice.set("Could not start: " + Messages.of(failure));
        });
    }

    private record Opened(OpenAccount account, List<String> regions, String region) {
    }

    /**
     * Shows an account: at once, on the region it showed last, when it is open already; otherwise after opening it in
     * the background. If opening fails, the account shown before ({@code previousAccount}, still open) is shown again.
     */
    private void show(Account chosen, String preferredRegion, Account previousAccount) {
        if (closed) {
            return;
        }
        String previousRegion = region.get();
        Optional<OpenAccount> already = find(chosen);
        int mine = ++generation;
        if (already.isPresent()) {
            OpenAccount home = already.get();
            List<String> regions = home.session().regions();
            String where = pick(regions, lastRegion.getOrDefault(home, preferredRegion),
                    home.session().defaultRegion());
            showOpened(new Opened(home, regions, where));
            return;
        }
        shown.set(null);
        session.set(null);
        clusters.show(null, null);
        opening.set(true);
        executor.execute(c -> {
            OpenAccount opened = opener.open(chosen);
            try {
                List<String> regions = opened.session().regions();
                return new Opened(opened, regions, pick(regions, preferredRegion, opened.session().defaultRegion()));
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }, opened -> {
            if (mine != generation) {
                // another account was chosen meanwhile, or the app is closing: never shown, so not kept
                opened.account().close();
                return;
            }
            showOpened(opened);
        }, failure -> {
            if (mine != generation) {
                return;
            }
            opening.set(false);
            notice.set("Could not open " + chosen.displayName() + ": " + Messages.of(failure));
            Optional<OpenAccount> previous = previousAccount == null ? Optional.empty() : find(previousAccount);
            if (previous.isPresent()) {
                String message = notice.get();
                switching = true;
                try {
                    account.set(previousAccount);
                } finally {
                    switching = false;
                }
                show(previousAccount, previousRegion, null);
                notice.set(message);
                return;
            }
            switching = true;
            try {
                account.set(null);
                regionChoices.clear();
                region.set(null);
            } finally {
                switching = false;
            }
        });
    }

    private void showOpened(Opened opened) {
        opening.set(false);
        open.remove(opened.account());
        open.add(0, opened.account());
        switching = true;
        try {
            shown.set(opened.account());
            session.set(opened.account().session());
            account.set(opened.account().account());
            regionChoices.setAll(opened.regions());
            region.set(null); // a picker whose items were replaced shows nothing until its value changes
            region.set(opened.region());
        } finally {
            switching = false;
        }
        notice.set(startNotice);
        startNotice = "";
        showRegion(opened.region());
    }

    private Optional<OpenAccount> find(Account wanted) {
        return open.stream().filter(home -> home.account().equals(wanted)).findFirst();
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
        if (shown.get() != null) {
            lastRegion.put(shown.get(), chosen);
        }
        clusters.show(null, chosen);
        executor.execute(c -> current.clusters(chosen), opened -> {
            if (current == session.get() && chosen.equals(region.get())) {
                clusters.show(opened, chosen);
            }
        }, failure -> {
            if (current == session.get() && chosen.equals(region.get())) {
                notice.set("Could not open " + chosen + ": " + Messages.of(failure));
            }
        });
        LastUsed remember = new LastUsed(current.account().key(), chosen);
        boolean sandbox = current.account().isSandbox();
        executor.execute(c -> {
            // the Sandbox opened for want of credentials is not a choice: once there are some, the app opens on them
            if (!sandbox || accounts.profiles().credentialsConfigured()) {
                lastUsed.save(remember);
            }
            return remember;
        }, saved -> { }, failure -> { });
    }

    /**
     * Closes the account shown, with its windows (ask them first: {@link AccountWindows#mayClose}), and shows the
     * account used most recently before it; the Sandbox when no other is open.
     */
    public void closeShown() {
        OpenAccount closing = shown.get();
        if (closing == null) {
            return;
        }
        open.remove(closing);
        lastRegion.remove(closing);
        closing.close();
        Account next = open.isEmpty() ? Account.SANDBOX : open.get(0).account();
        String message = closing.account().displayName() + " was closed, with its windows.";
        shown.set(null);
        session.set(null);
        switching = true;
        try {
            account.set(next);
        } finally {
            switching = false;
        }
        startNotice = message;
        show(next, region.get(), null);
        notice.set(message);
    }

    /** The accounts open, the most recently shown first. */
    public ObservableList<OpenAccount> openAccounts() {
        return open;
    }

    /** Whether the account is open (with or without windows). */
    public boolean isOpen(Account candidate) {
        return find(candidate).isPresent();
    }

    /** The account shown, or null while one is being opened. */
    public ReadOnlyObjectProperty<OpenAccount> shownProperty() {
        return shown;
    }

    /** Closes every open account, and any still being opened when it arrives (the app's end; sends nothing). */
    public void close() {
        closed = true;
        generation++;
        List<OpenAccount> all = new ArrayList<>(open);
        open.clear();
        lastRegion.clear();
        all.forEach(OpenAccount::close);
    }

    /** What the account windows tell the main window about clusters: applied when it shows their account and region. */
    public ClusterEvents clusterEvents() {
        return events;
    }

    private boolean showing(Account where, String inRegion) {
        OpenAccount current = shown.get();
        return current != null && current.account().equals(where) && inRegion != null
                && inRegion.equals(region.get());
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

    /** "Asia Pacific (Osaka) ap-northeast-3", or the code alone where the name is not known. */
    public String regionLabel(String code) {
        Session current = session.get();
        String name = current == null || code == null ? "" : current.regionName(code);
        return name.isEmpty() ? code : name + " " + code;
    }

    /** The shown account as its windows name it: "prod (123456789012 · MskAdmin)" once known. */
    public ReadOnlyStringProperty accountLabelProperty() {
        return accountLabel;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    /** What the shown account's windows say about its credentials (signed out), or {@link Notice#NONE}. */
    public ReadOnlyObjectProperty<Notice> credentialNoticeProperty() {
        return credentialNotice;
    }

    /** Levels raised earlier on the shown account, or the latest put back; {@link Notice#NONE} when nothing. */
    public ReadOnlyObjectProperty<Notice> levelsNoticeProperty() {
        return levelsNotice;
    }

    /** Stops saying the shown account's levels notice. */
    public void dismissLevelsNotice() {
        OpenAccount current = shown.get();
        if (current != null) {
            current.dismissLevelsNotice();
        }
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
