package io.mskconsole.ui.destinations;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.testing.FakeDestinations;
import io.mskconsole.testing.RecordingDialogs;
import io.mskconsole.ui.common.ImmediateTaskExecutor;
import io.mskconsole.ui.common.Styles;
import java.time.Duration;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A finding's severity badge is never cut to "E…", however long its title and however narrow the pane. */
@ExtendWith(ApplicationExtension.class)
class FindingBadgesTest {
    private FindingsPane pane;

    @Start
    void start(Stage stage) {
        FakeDestinations aws = new FakeDestinations("us-east-1");
        PreflightViewModel model = new PreflightViewModel(aws.services(), "arn:aws:kafka:us-east-1:1:cluster/a/b", false,
                new ImmediateTaskExecutor(), new RecordingDialogs(), Duration.ZERO);
        model.draftChanged(LoggingInfo.of(LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to(
                "/aws/vendedlogs/msk/" + "a-very-long-log-group-name-".repeat(6)))));
        pane = new FindingsPane(model, "test");
        Scene scene = new Scene(pane, 320, 600);
        Styles.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void badgesStayWholeBesideALongTitle(FxRobot robot) {
        List<Label> badges = robot.lookup(".finding-badge").queryAllAs(Label.class).stream().toList();
        assertThat(badges).isNotEmpty();
        robot.interact(() -> pane.layout());
        for (Label badge : badges) {
            Text shown = (Text) badge.lookup(".text");
            assertThat(shown.getText()).as("the badge's text as drawn").isEqualTo(badge.getText());
            assertThat(badge.getWidth()).isGreaterThanOrEqualTo(badge.prefWidth(-1) - 0.5);
        }
    }
}
