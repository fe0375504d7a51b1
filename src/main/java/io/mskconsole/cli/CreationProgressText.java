package io.mskconsole.cli;

import io.mskconsole.core.create.ClusterDetails;
import io.mskconsole.core.create.CreationProgress;
import java.io.PrintStream;
import java.time.Duration;

/** Progress of a new cluster on stderr: each stage, then its state whenever it changes and once a minute. */
final class CreationProgressText implements CreationProgress {
    static final Duration REMINDER = Duration.ofMinutes(1);

    private final PrintStream err;
    private String lastState;
    private Duration lastPrinted = Duration.ZERO;

    CreationProgressText(PrintStream err) {
        this.err = err;
    }

    @Override
    public void stage(String message) {
        err.println(message + "...");
    }

    @Override
    public void state(ClusterDetails cluster, Duration elapsed) {
        String state = cluster.describeState();
        if (state.equals(lastState) && elapsed.minus(lastPrinted).compareTo(REMINDER) < 0) {
            return;
        }
        err.println("Cluster " + cluster.cluster().name() + " " + state + " (" + elapsed(elapsed) + ")");
        lastState = state;
        lastPrinted = elapsed;
    }

    /** "45s", "3m 05s", "1h 02m". */
    static String elapsed(Duration elapsed) {
        long seconds = Math.max(0, elapsed.toSeconds());
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return String.format("%dm %02ds", seconds / 60, seconds % 60);
        }
        return String.format("%dh %02dm", seconds / 3600, seconds % 3600 / 60);
    }
}
