package io.mskconsole.app.accounts;

import io.mskconsole.core.account.CredentialHealth;
import io.mskconsole.core.account.Session;
import io.mskconsole.core.concurrent.DelayedTasks;
import io.mskconsole.core.destinations.PermissionGateway;
import io.mskconsole.core.levels.RaisedLevel;
import io.mskconsole.core.levels.RaisedLevelRecords;
import io.mskconsole.core.trail.TrailPacers;
import io.mskconsole.ui.common.Messages;
import io.mskconsole.ui.common.Notice;
import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.levels.KnownBrokerLevels;
import io.mskconsole.ui.levels.LevelReverts;
import io.mskconsole.ui.levels.LevelsServices;
import io.mskconsole.ui.shell.AccountWindows;
import io.mskconsole.ui.shell.OpenAccount;
import io.mskconsole.core.account.AccountSignIn;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;

/**
 * One open account and everything it owns: its session (the SDK clients, one per service and region, on one HTTP
 * client, and its credentials, fetched once until they near expiry), its CloudTrail pacers, the reverts of the levels
 * raised on it and the levels last read from its brokers, and its windows. Two accounts share none of it. Closed as a
 * whole.
 */
public final class AccountContext implements OpenAccount {
    /** How many raised levels the notice names before "and N more". */
    static final int NAMED = 3;

    private final Session session;
    private final Optional<AccountSignIn> signIn;
    private final TaskExecutor executor;
    private final TrailPacers pacers = new TrailPacers();
    private final LevelsServices levels;
    private final ObjectProperty<Notice> credentialNotice = new SimpleObjectProperty<>(Notice.NONE);
    private final ObjectProperty<Notice> levelsNotice = new SimpleObjectProperty<>(Notice.NONE);
    private final StringProperty label = new SimpleStringProperty();
    private boolean identifying;
    private final AutoCloseable following;
    private final WindowsOfAccount windows;

    /** How the context makes its windows: the app's navigator, built on this context. */
    public interface WindowsOfAccount extends AccountWindows {
        /** Closes every window of the account without asking. */
        void closeAll();
    }

    /**
     * Opens the account's context on a session just opened. Reads the records of levels raised earlier (the settings
     * folder): not on the UI thread.
     *
     * @param records     the levels this app raised, in every account (kept between runs)
     * @param revertTimer runs this account's reverts at their time; closed with the context (by its reverts)
     * @param windows     makes the account's navigator on the context
     */
    public AccountContext(Session session, TaskExecutor executor, RaisedLevelRecords records, DelayedTasks revertTimer,
                          Function<AccountContext, WindowsOfAccount> windows) {
        this(session, Optional.empty(), executor, records, revertTimer, windows);
    }

    /** @param signIn the IAM Identity Center sign-in the account goes through, if it is an SSO account */
    public AccountContext(Session session, Optional<AccountSignIn> signIn, TaskExecutor executor,
                          RaisedLevelRecords records, DelayedTasks revertTimer,
                          Function<AccountContext, WindowsOfAccount> windows) {
        this.session = session;
        this.signIn = signIn;
        this.executor = executor;
        this.levels = new LevelsServices(records, new LevelReverts(executor, records, revertTimer),
                new KnownBrokerLevels());
        String key = session.account().key();
        List<RaisedLevel> earlier = records.all().stream().filter(r -> r.account().equals(key)).toList();
        if (!earlier.isEmpty()) {
            levelsNotice.set(Notice.warning(raisedEarlierText(earlier)));
        }
        levels.reverts().lastRevertProperty().addListener((obs, old, done) -> {
            if (done != null) {
                levelsNotice.set(done.notice());
            }
        });
        // reports come from any thread, in any order: the UI thread shows the state as it is when it gets there
        following = session.credentialHealth().follow(status -> executor.onUiThread(this::showCredentials));
        showCredentials();
        label.set(session.account().displayName());
        this.windows = windows.apply(this);
    }

    @Override
    public ObservableStringValue label() {
        return label;
    }

    /**
     * Asks once who the credentials are (GetCallerIdentity, kept for the account with the checks' answers), so every
     * window's title says the account ID (and a role's name) beside the profile: prod and non-prod are never
     * confused. A failure leaves the profile's name alone; the signed-out bar says why where it matters.
     */
    @Override
    public void identify() {
        if (identifying) {
            return;
        }
        identifying = true;
        String name = session.account().displayName();
        executor.execute(c -> {
            List<String> regions = session.regions();
            String region = session.defaultRegion().filter(regions::contains)
                    .orElse(regions.contains("us-east-1") || regions.isEmpty() ? "us-east-1" : regions.get(0));
            return session.destinations(region).permissions().caller();
        }, caller -> label.set(name + " (" + caller.who() + ")"), failure -> identifying = false);
    }

    private void showCredentials() {
        CredentialHealth.Status now = session.credentialHealth().status();
        credentialNotice.set(now.signedOut() ? Notice.warning(now.message()) : Notice.NONE);
    }

    /**
     * Asks AWS who the account's credentials belong to (GetCallerIdentity, in the region given): the answer, reported
     * to the account's credential health like every call's, clears or keeps the signed-out bar of all its windows. A
     * failure that says nothing about the credentials (the network, say) is shown in the bar.
     */
    public void checkSignIn(String region) {
        executor.execute(c -> {
            PermissionGateway permissions = session.destinations(region).permissions();
            permissions.forgetAnswers();
            return permissions.caller();
        }, caller -> {
            label.set(session.account().displayName() + " (" + caller.who() + ")");
            showCredentials();
        },
                failure -> {
                    CredentialHealth.Status now = session.credentialHealth().status();
                    String state = now.signedOut() ? now.message() + " " : "";
                    credentialNotice.set(Notice.warning(state + "Checking again failed: " + Messages.of(failure)));
                });
    }

    @Override
    public Optional<AccountSignIn> signIn() {
        return signIn;
    }

    /**
     * Signed in again: the account is no longer signed out for want of a sign-in (its bars go at once), and AWS is
     * asked, in the account's default region, whether its credentials work (the bars come back if they do not).
     */
    @Override
    public void signedIn() {
        session.credentialHealth().credentialsFound();
        List<String> regions = session.regions();
        checkSignIn(session.defaultRegion().filter(regions::contains)
                .orElse(regions.contains("us-east-1") || regions.isEmpty() ? "us-east-1" : regions.get(0)));
    }

    @Override
    public void signedOut(String message) {
        session.signedOut(message);
    }

    static String raisedEarlierText(List<RaisedLevel> raised) {
        String named = raised.stream().limit(NAMED).map(RaisedLevel::describe).collect(Collectors.joining("; "));
        int more = raised.size() - NAMED;
        return "MSK Console raised broker log levels earlier that may still be raised: " + named
                + (more > 0 ? "; and " + more + " more" : "") + ". Open the cluster's Broker log levels (Cluster menu) "
                + "to see them and put them back.";
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public AccountWindows windows() {
        return windows;
    }

    /** The account's CloudTrail pacers: its CloudTrail windows share them, so together they keep to the limit. */
    public TrailPacers trailPacers() {
        return pacers;
    }

    /** The records, reverts and levels last read of this account, for its Broker log levels windows. */
    public LevelsServices levels() {
        return levels;
    }

    @Override
    public ReadOnlyObjectProperty<Notice> credentialNotice() {
        return credentialNotice;
    }

    @Override
    public ReadOnlyObjectProperty<Notice> levelsNotice() {
        return levelsNotice;
    }

    @Override
    public void dismissLevelsNotice() {
        levelsNotice.set(Notice.NONE);
    }

    /**
     * Closes the windows, drops the reverts still waiting (they stay recorded and are listed when the account opens
     * again) and closes the session in the background (closing sends nothing).
     */
    @Override
    public void close() {
        windows.closeAll();
        levels.reverts().close();
        try {
            following.close();
        } catch (Exception ignored) {
            // removing a listener does not fail
        }
        executor.execute(c -> {
            session.close();
            return null;
        }, done -> { }, failure -> { });
    }
}
