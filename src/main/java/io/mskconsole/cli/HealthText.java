package io.mskconsole.cli;

import io.mskconsole.core.arrival.ArrivalState;
import io.mskconsole.core.arrival.DeliveryHealth;
import io.mskconsole.core.arrival.DeliveryHealthCheck;
import io.mskconsole.core.arrival.DestinationHealth;
import io.mskconsole.core.clusters.Cluster;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@code logging health} as text: a line per destination, then for each one not arriving why and what to do. */
final class HealthText {
    private HealthText() {
    }

    static String write(Cluster cluster, String region, DeliveryHealth health) {
        StringBuilder text = new StringBuilder("Delivery health of " + CliErrors.oneLine(cluster.name()) + " in "
                + region + " at " + health.checkedAt() + (health.enabledSince() == null ? ""
                : " (delivery changed " + DeliveryHealthCheck.minutes(Duration.between(health.enabledSince(),
                health.checkedAt())) + " ago)") + ":\n");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("LOGS", "DESTINATION", "NAME", "STATE", "NEWEST", "LAST HOUR"));
        for (DestinationHealth destination : health.destinations()) {
            rows.add(List.of(destination.kind().displayName(), destination.type().displayName(),
                    CliErrors.oneLine(destination.name() == null ? "-" : destination.name()),
                    destination.state().word(), destination.newest() == null ? "-" : destination.newest().toString(),
                    destination.lastHour().isEmpty() ? "-" : destination.lastHour()));
        }
        text.append(ClusterTableFormat.table(rows));
        for (DestinationHealth destination : health.destinations()) {
            if (destination.state() == ArrivalState.ARRIVING) {
                continue;
            }
            text.append('\n').append(destination.kind().displayName()).append(" to ")
                    .append(CliErrors.oneLine(destination.name())).append(": ").append(destination.state().word())
                    .append('\n').append("  ").append(CliErrors.oneLine(destination.detail())).append('\n');
            destination.causes().forEach(cause -> text.append("  likely: ").append(CliErrors.oneLine(cause))
                    .append('\n'));
            if (!destination.whatToDo().isEmpty()) {
                text.append("  what to do: ").append(CliErrors.oneLine(destination.whatToDo())).append('\n');
            }
        }
        return text.toString();
    }
}
