package io.mskconsole.ui.create;

import io.mskconsole.core.commandline.CliAccount;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.destinations.LogGroupInfo;
import io.mskconsole.testing.FakeCreation;
import io.mskconsole.testing.FakeDestinations;
import io.mskconsole.testing.FakeNetwork;
import io.mskconsole.testing.QueuedTaskExecutor;
import io.mskconsole.testing.RecordingDialogs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A Create cluster window's model over fakes of us-east-1: the sample network, versions 3.6.0 to 3.9.x, an existing
 * log group /msk/new; work queued until the test runs it. {@link #fill()} makes every setting valid.
 */
final class CreateFixture {
    static final String REGION = "us-east-1";
    static final String LOG_GROUP = "/msk/new";
    final FakeNetwork network = FakeNetwork.withSample(REGION);
    final FakeCreation creation = new FakeCreation(REGION);
    final FakeDestinations destinations = new FakeDestinations(REGION);
    final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    final RecordingDialogs dialogs = new RecordingDialogs();
    final List<Cluster> listed = new ArrayList<>();
    int refreshes;

    CreateFixture() {
        destinations.logGroups.put(LOG_GROUP, new LogGroupInfo(LOG_GROUP, null, 7, 10, null));
    }

    CreateClusterViewModel model() {
        return new CreateClusterViewModel(new CreateTarget(REGION, CliAccount.named("prod"), network, creation, destinations.services(),
                Duration.ofMillis(1)), executor, dialogs, listed::add, () -> refreshes++, Duration.ZERO);
    }

    /** A valid cluster in the msk VPC over three zones, CloudWatch Logs to the existing log group. */
    static void fill(CreateClusterViewModel model) {
        ClusterForm form = model.form();
        form.nameProperty().set("orders-new");
        model.network().vpcProperty().set(model.choices().vpcs().stream()
                .filter(v -> v.id().equals(FakeNetwork.VPC)).findFirst().orElseThrow());
        form.chooseSubnet(FakeNetwork.SUBNET_A, true);
        form.chooseSubnet(FakeNetwork.SUBNET_B, true);
        form.chooseSubnet(FakeNetwork.SUBNET_C, true);
        form.chooseSecurityGroup(FakeNetwork.GROUP, true);
        form.logging().broker().cloudWatchEnabledProperty().set(true);
        form.logging().broker().logGroupProperty().set(LOG_GROUP);
    }
}
