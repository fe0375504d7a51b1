package io.mskconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.LastUsed;
import io.mskconsole.testing.FakeAccounts;
import io.mskconsole.ui.clusters.ClusterListViewModel;
import io.mskconsole.ui.common.ImmediateTaskExecutor;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShellViewModelTest {
    private final FakeAccounts fake = new FakeAccounts();
    private final ImmediateTaskExecutor executor = new ImmediateTaskExecutor();
    private final ClusterListViewModel clusters = new ClusterListViewModel(executor);

    private ShellViewModel shell(Account forced) {
        Accounts accounts = new Accounts(fake,
                () -> fake.sampleSession(Account.SANDBOX, List.of("ap-northeast-3", "us-east-1"), "us-east-1"));
        return new ShellViewModel(accounts, fake, executor, clusters, new WindowlessAccounts(accounts), forced, null);
    }

    /** Opens accounts with no windows: the shell's own logic is tested here, the windows in the flows. */
    record WindowlessAccounts(Accounts accounts) implements AccountOpener {
        @Override
        public OpenAccount open(Account account) {
            io.mskconsole.core.account.Session session = accounts.open(account);
            return new OpenAccount() {
                private final javafx.beans.property.ObjectProperty<io.mskconsole.ui.common.Notice> notice =
                        new javafx.beans.property.SimpleObjectProperty<>(io.mskconsole.ui.common.Notice.NONE);

                @Override
                public io.mskconsole.core.account.Session session() {
                    return session;
                }

                @Override
                public AccountWindows windows() {
                    throw new UnsupportedOperationException("no windows in this test");
                }

                @Override
                public javafx.beans.property.ReadOnlyObjectProperty<io.mskconsole.ui.common.Notice> credentialNotice() {
                    return notice;
                }

                @Override
                public javafx.beans.property.ReadOnlyObjectProperty<io.mskconsole.ui.common.Notice> levelsNotice() {
                    return notice;
                }

                @Override
                public void dismissLevelsNotice() {
                }

                @Override
                public void close() {
                    session.close();
                }
            };
        }
    }

    @Test
    void anAccountGrantedThroughAProfilesSignInIsOpenedAgainAtStart() {
        fake.addSampleProfiles("dev-sso");
        Account payments = Account.profile("dev-sso").withRole(new io.mskconsole.core.account.AccountRole(
                "222233334444", "MskAdmin", ""));
        fake.sessions.put(payments.key(), fake.sampleSession(payments, List.of("eu-west-1"), "eu-west-1"));
        fake.remembered = new LastUsed(payments.key(), "eu-west-1");
        ShellViewModel shell = shell(null);

        shell.start();

        assertThat(shell.accountProperty().get()).isEqualTo(payments);
        assertThat(shell.accountChoices()).contains(Account.profile("dev-sso"), payments);
        assertThat(shell.regionProperty().get()).isEqualTo("eu-west-1");
    }

    @Test
    void aRememberedSandboxRoleIsNotOpenedAgainItsSampleSignInEndedWithTheApp() {
        fake.addSampleProfiles("prod");
        fake.defaultProfile = "prod";
        fake.remembered = new LastUsed(Account.SANDBOX.withRole(new io.mskconsole.core.account.AccountRole(
                "222233334444", "MskAdmin", "")).key(), null);

        ShellViewModel shell = shell(null);
        shell.start();

        assertThat(shell.accountProperty().get()).isEqualTo(Account.profile("prod"));
    }

    @Test
    void withoutCredentialsItOpensTheSandboxAndSaysWhy() {
        fake.credentialsConfigured = false;
        ShellViewModel shell = shell(null);
        shell.start();
        assertThat(shell.accountProperty().get()).isEqualTo(Account.SANDBOX);
        assertThat(shell.sandboxBinding().get()).isTrue();
        assertThat(shell.noticeProperty().get()).contains("No AWS credentials were found", "Sandbox");
        assertThat(shell.regionProperty().get()).isEqualTo("us-east-1");
        assertThat(clusters.allClusters()).isNotEmpty();
    }

    @Test
    void theSandboxOpenedForWantOfCredentialsIsNotRememberedOneChosenWithCredentialsIs() {
        fake.credentialsConfigured = false;
        ShellViewModel shell = shell(null);
        shell.start();
        shell.regionProperty().set("eu-west-1");
        assertThat(fake.saved).as("not a choice: the next start opens on credentials once there are some").isEmpty();

        fake.addSampleProfiles("default");
        fake.defaultProfile = "default";
        fake.credentialsConfigured = true;
        ShellViewModel next = shell(null);
        next.start();
        assertThat(next.accountProperty().get()).isEqualTo(Account.profile("default"));
        next.accountProperty().set(Account.SANDBOX);
        assertThat(fake.saved).last().as("chosen while credentials exist: remembered")
                .isEqualTo(new LastUsed("sandbox", "us-east-1"));
    }

    @Test
    void withCredentialsItOpensTheDefaultProfileOnItsRegion() {
        fake.addSampleProfiles("default", "prod");
        fake.defaultProfile = "default";
        ShellViewModel shell = shell(null);
        shell.start();
        assertThat(shell.accountChoices()).containsExactly(Account.SANDBOX, Account.profile("default"), Account.profile("prod"));
        assertThat(shell.accountProperty().get()).isEqualTo(Account.profile("default"));
        assertThat(shell.sandboxBinding().get()).isFalse();
        assertThat(shell.regionChoices()).containsExactly("eu-west-1", "us-east-1", "us-west-2");
        assertThat(shell.regionProperty().get()).isEqualTo("eu-west-1");
        assertThat(fake.saved).last().isEqualTo(new LastUsed("profile:default", "eu-west-1"));
    }

    @Test
    void theRememberedAccountAndRegionWin() {
        fake.addSampleProfiles("default", "prod");
        fake.defaultProfile = "default";
        fake.remembered = new LastUsed("profile:prod", "us-west-2");
        ShellViewModel shell = shell(null);
        shell.start();
        assertThat(shell.accountProperty().get()).isEqualTo(Account.profile("prod"));
        assertThat(shell.regionProperty().get()).isEqualTo("us-west-2");
    }

    @Test
    void sandboxFlagForcesTheSandbox() {
        fake.addSampleProfiles("default");
        fake.defaultProfile = "default";
        fake.remembered = new LastUsed("profile:default", "eu-west-1");
        ShellViewModel shell = shell(Account.SANDBOX);
        shell.start();
        assertThat(shell.accountProperty().get()).isEqualTo(Account.SANDBOX);
        assertThat(shell.noticeProperty().get()).isEmpty();
    }

    @Test
    void switchingAccountAndRegionReloadsClustersKeepsTheOldSessionForOpenEditorsAndRemembers() {
        fake.addSampleProfiles("prod");
        fake.credentialsConfigured = false;
        ShellViewModel shell = shell(null);
        shell.start();
        shell.accountProperty().set(Account.profile("prod"));
        assertThat(fake.closed).as("the Sandbox stays open with its windows").isEmpty();
        assertThat(shell.openAccounts()).extracting(OpenAccount::account)
                .containsExactly(Account.profile("prod"), Account.SANDBOX);
        assertThat(shell.noticeProperty().get()).as("the no-credentials note belongs to the Sandbox").isEmpty();
        assertThat(shell.regionProperty().get()).isEqualTo("eu-west-1");
        shell.regionProperty().set("us-west-2");
        assertThat(fake.saved).last().isEqualTo(new LastUsed("profile:prod", "us-west-2"));
        assertThat(shell.sessionProperty().get()).isSameAs(fake.sessions.get("prod"));
        assertThat(fake.sessions.get("prod").openedRegion).isEqualTo("us-west-2");

        int opens = fake.opened.size();
        shell.accountProperty().set(Account.SANDBOX);
        shell.accountProperty().set(Account.profile("prod"));
        assertThat(fake.opened).as("an open account is shown again, not opened again").hasSize(opens);
        assertThat(shell.regionProperty().get()).as("on the region it was left on").isEqualTo("us-west-2");
        shell.close();
        assertThat(fake.closed).containsExactlyInAnyOrder("Sandbox", "prod");
    }

    @Test
    void unreadableProfilesStillOfferTheSandboxAndSayWhy() {
        fake.profilesFailure = new io.mskconsole.core.errors.GatewayException(
                io.mskconsole.core.errors.Failure.CONFIGURATION, null, "Line 3 of ~/.aws/config is not a setting.");
        ShellViewModel shell = shell(null);
        shell.start();
        assertThat(shell.accountChoices()).containsExactly(Account.SANDBOX);
        assertThat(shell.accountProperty().get()).isEqualTo(Account.SANDBOX);
        assertThat(shell.noticeProperty().get()).contains("could not be read", "Line 3 of ~/.aws/config");
        assertThat(clusters.allClusters()).isNotEmpty();
    }

    @Test
    void aSettingsFileThatCannotBeWrittenDoesNotStopTheRegion() {
        fake.addSampleProfiles("default");
        fake.defaultProfile = "default";
        fake.saveFailure = new java.io.UncheckedIOException(new java.io.IOException("Read-only file system"));
        ShellViewModel shell = shell(null);
        shell.start();
        assertThat(shell.regionProperty().get()).isEqualTo("eu-west-1");
        assertThat(clusters.allClusters()).isNotEmpty();
        assertThat(shell.shownProperty().get()).isNotNull();
    }

    @Test
    void anAccountThatCannotBeOpenedPutsThePreviousOneBack() {
        fake.addSampleProfiles("prod");
        fake.credentialsConfigured = false;
        ShellViewModel shell = shell(null);
        shell.start();
        shell.accountProperty().set(Account.profile("gone"));
        assertThat(shell.accountProperty().get()).isEqualTo(Account.SANDBOX);
        assertThat(shell.noticeProperty().get()).contains("Could not open gone");
        assertThat(shell.sessionProperty().get().account()).isEqualTo(Account.SANDBOX);
        assertThat(shell.openingProperty().get()).isFalse();
    }

    @Test
    void aFailedSwitchShowsThePreviousAccountStillOpenWithoutOpeningItAgain() {
        fake.addSampleProfiles("a");
        fake.defaultProfile = "a";
        ShellViewModel shell = shell(null);
        shell.start();
        shell.regionProperty().set("us-west-2");
        fake.sessions.remove("a");
        int opensBefore = fake.opened.size();
        shell.accountProperty().set(Account.profile("gone"));
        assertThat(fake.opened.size() - opensBefore).as("gone only").isEqualTo(1);
        assertThat(shell.accountProperty().get()).isEqualTo(Account.profile("a"));
        assertThat(shell.openingProperty().get()).isFalse();
        assertThat(shell.noticeProperty().get()).contains("Could not open gone");
    }

    @Test
    void closingTheShownAccountClosesItAndShowsTheOneUsedBefore() {
        fake.addSampleProfiles("dev", "prod");
        fake.credentialsConfigured = false;
        ShellViewModel shell = shell(null);
        shell.start();
        shell.accountProperty().set(Account.profile("dev"));
        shell.accountProperty().set(Account.profile("prod"));
        shell.closeShown();
        assertThat(fake.closed).containsExactly("prod");
        assertThat(shell.accountProperty().get()).isEqualTo(Account.profile("dev"));
        assertThat(shell.isOpen(Account.profile("prod"))).isFalse();
        assertThat(shell.noticeProperty().get()).isEqualTo("prod was closed, with its windows.");
        shell.closeShown();
        shell.closeShown();
        assertThat(fake.closed).containsExactly("prod", "dev", "Sandbox");
        assertThat(shell.accountProperty().get()).as("the Sandbox opens again when none is left")
                .isEqualTo(Account.SANDBOX);
        assertThat(shell.isOpen(Account.SANDBOX)).isTrue();
    }

    @Test
    void anAccountThatFinishesOpeningAfterTheAppClosedIsClosedNotShown() {
        fake.addSampleProfiles("dev");
        fake.credentialsConfigured = false;
        io.mskconsole.testing.QueuedTaskExecutor queue = new io.mskconsole.testing.QueuedTaskExecutor();
        Accounts accounts = new Accounts(fake,
                () -> fake.sampleSession(Account.SANDBOX, List.of("us-east-1"), "us-east-1"));
        ShellViewModel shell = new ShellViewModel(accounts, fake, queue, new ClusterListViewModel(queue),
                new WindowlessAccounts(accounts), null, null);
        shell.start();
        queue.runAll();
        shell.accountProperty().set(Account.profile("dev"));
        shell.close();
        queue.runAll();
        assertThat(fake.closed).containsExactlyInAnyOrder("Sandbox", "dev");
        assertThat(shell.openAccounts()).isEmpty();
    }

    @Test
    void goingBackToAnOpenAccountShowsTheRegionItWasLeftOn() {
        fake.addSampleProfiles("dev", "prod");
        ShellViewModel shell = shell(null);
        shell.start();
        shell.accountProperty().set(Account.profile("dev"));
        shell.regionProperty().set("us-west-2");
        shell.accountProperty().set(Account.profile("prod"));
        assertThat(shell.regionProperty().get()).as("a newly opened account opens on its profile's region")
                .isEqualTo("eu-west-1");
        shell.regionProperty().set("us-east-1");
        shell.accountProperty().set(Account.profile("dev"));
        assertThat(shell.regionProperty().get()).isEqualTo("us-west-2");
        shell.closeShown();
        assertThat(shell.accountProperty().get()).isEqualTo(Account.profile("prod"));
        assertThat(shell.regionProperty().get()).isEqualTo("us-east-1");
    }

    @Test
    void theRestoredAccountComesBackOnTheRegionItShowed() {
        fake.addSampleProfiles("a");
        fake.defaultProfile = "a";
        ShellViewModel shell = shell(null);
        shell.start();
        shell.regionProperty().set("us-west-2");
        shell.accountProperty().set(Account.profile("gone"));
        assertThat(shell.accountProperty().get()).isEqualTo(Account.profile("a"));
        assertThat(shell.regionProperty().get()).isEqualTo("us-west-2");
        assertThat(fake.saved).last().isEqualTo(new LastUsed("profile:a", "us-west-2"));
        assertThat(shell.noticeProperty().get()).contains("Could not open gone");
    }

    @Test
    void profileAndRegionGivenAtStartWin() {
        fake.addSampleProfiles("default", "prod");
        fake.defaultProfile = "default";
        fake.remembered = new LastUsed("profile:default", "eu-west-1");
        Accounts accounts = new Accounts(fake,
                () -> fake.sampleSession(Account.SANDBOX, List.of("us-east-1"), "us-east-1"));
        ShellViewModel shell = new ShellViewModel(accounts, fake, executor, clusters, new WindowlessAccounts(accounts),
                Account.profile("prod"), "us-west-2");
        shell.start();
        assertThat(shell.accountProperty().get()).isEqualTo(Account.profile("prod"));
        assertThat(shell.regionProperty().get()).isEqualTo("us-west-2");
    }

    @Test
    void anAccountThatFinishesOpeningLateIsIgnoredAndClosedAtTheEnd() {
        fake.addSampleProfiles("dev", "prod");
        fake.credentialsConfigured = false;
        io.mskconsole.testing.QueuedTaskExecutor queue = new io.mskconsole.testing.QueuedTaskExecutor();
        ClusterListViewModel list = new ClusterListViewModel(queue);
        Accounts accounts = new Accounts(fake,
                () -> fake.sampleSession(Account.SANDBOX, List.of("us-east-1"), "us-east-1"));
        ShellViewModel shell = new ShellViewModel(accounts, fake, queue, list, new WindowlessAccounts(accounts), null,
                null);
        shell.start();
        queue.runAll();
        shell.accountProperty().set(Account.profile("dev"));
        shell.accountProperty().set(Account.profile("prod"));
        int prodOpening = queue.pending() - 1;
        queue.run(prodOpening);
        queue.runAll();
        assertThat(shell.sessionProperty().get().account()).isEqualTo(Account.profile("prod"));
        assertThat(shell.accountProperty().get()).isEqualTo(Account.profile("prod"));
        assertThat(fake.closed).as("the late dev session is closed, never shown").containsExactly("dev");
        assertThat(shell.isOpen(Account.profile("dev"))).isFalse();
        shell.close();
        assertThat(fake.closed).contains("dev", "prod");
    }

    @Test
    void regionPickingFallsBackSensibly() {
        assertThat(ShellViewModel.pick(List.of("eu-west-1", "us-east-1"), "us-east-1", Optional.of("eu-west-1"))).isEqualTo("us-east-1");
        assertThat(ShellViewModel.pick(List.of("eu-west-1", "us-east-1"), "xx-1", Optional.of("eu-west-1"))).isEqualTo("eu-west-1");
        assertThat(ShellViewModel.pick(List.of("eu-west-1", "us-east-1"), null, Optional.empty())).isEqualTo("us-east-1");
        assertThat(ShellViewModel.pick(List.of("cn-north-1", "cn-northwest-1"), null, Optional.empty())).isEqualTo("cn-north-1");
    }
}
