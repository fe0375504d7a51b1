package io.mskconsole.ui.create;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.create.ClusterDetails;
import io.mskconsole.core.create.CreationProgress;
import io.mskconsole.ui.common.TaskExecutor;
import java.time.Duration;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the progress page shows while a cluster is created and followed: fed from the worker thread, updated on the
 * UI thread. Every read of the new cluster is also handed on (to the cluster list), so it shows the cluster from the
 * moment it exists, CREATING, until it ends, even once the window is closed.
 */
public final class CreationTracker implements CreationProgress {
    private final TaskExecutor executor;
    private final Consumer<Cluster> onClusterRead;
    private final Runnable onSent;
    private final StringProperty stage = new SimpleStringProperty("");
    private final StringProperty state = new SimpleStringProperty("");
    private final StringProperty elapsed = new SimpleStringProperty("");
    private final StringProperty clusterArn = new SimpleStringProperty("");
    private final StringProperty stateInfo = new SimpleStringProperty("");
    private final DoubleProperty fraction = new SimpleDoubleProperty(0);
    private volatile String sentArn;

    CreationTracker(TaskExecutor executor, Consumer<Cluster> onClusterRead, Runnable onSent) {
        this.executor = executor;
        this.onClusterRead = onClusterRead;
        this.onSent = onSent;
    }

    void reset() {
        sentArn = null;
        stage.set("");
        state.set("");
        elapsed.set("");
        clusterArn.set("");
        stateInfo.set("");
        fraction.set(-1);
    }

    @Override
    public void stage(String message) {
        executor.onUiThread(() -> stage.set(message));
    }

    @Override
    public void sent(String arn) {
        sentArn = arn;
        executor.onUiThread(() -> {
            clusterArn.set(arn);
            state.set("CREATING");
            stage.set("CreateClusterV2 was accepted: MSK is creating the cluster. Following it…");
            onSent.run();
        });
    }

    @Override
    public void state(ClusterDetails cluster, Duration took) {
        executor.onUiThread(() -> {
            state.set(String.valueOf(cluster.state()));
            elapsed.set(minutes(took));
            if (cluster.stateMessage() != null || cluster.stateCode() != null) {
                stateInfo.set(cluster.describeState());
            }
            onClusterRead.accept(cluster.cluster());
        });
    }

    /** Ends the stage line and the bar once following is over (called on the UI thread). */
    void finish(String message, boolean complete) {
        stage.set(message);
        fraction.set(complete ? 1 : 0);
    }

    /** "4 s" or "12 min 05 s". */
    static String minutes(Duration took) {
        long seconds = Math.max(0, took.toSeconds());
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + String.format("%02d", seconds % 60) + " s";
    }

    /** The new cluster's ARN once CreateClusterV2 was accepted; null before. */
    String sentArn() {
        return sentArn;
    }

    public StringProperty stageProperty() {
        return stage;
    }

    /** The cluster's state as last read: CREATING, ACTIVE, FAILED... */
    public StringProperty stateProperty() {
        return state;
    }

    /** How long the cluster has been followed. */
    public StringProperty elapsedProperty() {
        return elapsed;
    }

    /** The new cluster's ARN, for the change ticket; "" before it is sent. */
    public StringProperty clusterArnProperty() {
        return clusterArn;
    }

    /** Why the cluster FAILED, as MSK says it (stateInfo); "" otherwise. */
    public StringProperty stateInfoProperty() {
        return stateInfo;
    }

    /** 1 once created, -1 while under way (indeterminate), 0 when it ended otherwise. */
    public DoubleProperty fractionProperty() {
        return fraction;
    }
}
