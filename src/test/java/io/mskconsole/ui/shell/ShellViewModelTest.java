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
        return new ShellViewModel(accounts, fake, executor, clusters, forced);
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
        assertThat(fake.closed).as("an editor may still be applying through the Sandbox session").isEmpty();
        assertThat(shell.noticeProperty().get()).as("the no-credentials note belongs to the Sandbox").isEmpty();
        assertThat(shell.regionProperty().get()).isEqualTo("eu-west-1");
        shell.regionProperty().set("us-west-2");
        assertThat(fake.saved).last().isEqualTo(new LastUsed("profile:prod", "us-west-2"));
        assertThat(shell.editorTarget()).get().satisfies(t -> {
            assertThat(t.region()).isEqualTo("us-west-2");
            assertThat(t.cliProfile()).isEqualTo("prod");
            assertThat(t.gateway()).isSameAs(fake.sessions.get("prod").regions.get("us-west-2"));
        });
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
        assertThat(shell.editorTarget()).isPresent();
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
    void aFailedSwitchGoesBackOnceToThePreviousAccountAndRegionAndNeverLoops() {
        fake.addSampleProfiles("a");
        fake.defaultProfile = "a";
        ShellViewModel shell = shell(null);
        shell.start();
        shell.regionProperty().set("us-west-2");
        fake.sessions.remove("a");
        int opensBefore = fake.opened.size();
        shell.accountProperty().set(Account.profile("gone"));
        assertThat(fake.opened.size() - opensBefore).as("gone, then a once").isEqualTo(2);
        assertThat(shell.accountProperty().get()).isNull();
        assertThat(shell.regionChoices()).isEmpty();
        assertThat(shell.regionProperty().get()).isNull();
        assertThat(shell.openingProperty().get()).isFalse();
        assertThat(shell.noticeProperty().get()).contains("Could not open a");
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
        ShellViewModel shell = new ShellViewModel(new Accounts(fake,
                () -> fake.sampleSession(Account.SANDBOX, List.of("us-east-1"), "us-east-1")), fake, executor, clusters,
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
        ShellViewModel shell = new ShellViewModel(new Accounts(fake,
                () -> fake.sampleSession(Account.SANDBOX, List.of("us-east-1"), "us-east-1")), fake, queue, list, null);
        shell.start();
        queue.runAll();
        shell.accountProperty().set(Account.profile("dev"));
        shell.accountProperty().set(Account.profile("prod"));
        int prodOpening = queue.pending() - 1;
        queue.run(prodOpening);
        queue.runAll();
        assertThat(shell.sessionProperty().get().account()).isEqualTo(Account.profile("prod"));
        assertThat(shell.accountProperty().get()).isEqualTo(Account.profile("prod"));
        assertThat(shell.editorTarget()).get().extracting(t -> t.cliProfile()).isEqualTo("prod");
        shell.close();
        assertThat(fake.closed).as("the late dev session is closed, never shown").contains("dev", "prod");
    }

    @Test
    void regionPickingFallsBackSensibly() {
        assertThat(ShellViewModel.pick(List.of("eu-west-1", "us-east-1"), "us-east-1", Optional.of("eu-west-1"))).isEqualTo("us-east-1");
        assertThat(ShellViewModel.pick(List.of("eu-west-1", "us-east-1"), "xx-1", Optional.of("eu-west-1"))).isEqualTo("eu-west-1");
        assertThat(ShellViewModel.pick(List.of("eu-west-1", "us-east-1"), null, Optional.empty())).isEqualTo("us-east-1");
        assertThat(ShellViewModel.pick(List.of("cn-north-1", "cn-northwest-1"), null, Optional.empty())).isEqualTo("cn-north-1");
    }
}
