package io.mskconsole.ui.delivery;

import io.mskconsole.core.clusters.ClusterOperation;
import io.mskconsole.core.clusters.OperationStep;
import io.mskconsole.core.delivery.ApplyProgress;
import io.mskconsole.ui.common.TaskExecutor;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** What the apply page shows while an apply runs: fed from the worker thread, updated on the UI thread. */
public final class ApplyTracker implements ApplyProgress {
    private final TaskExecutor executor;
    private final StringProperty stage = new SimpleStringProperty("");
    private final StringProperty operationState = new SimpleStringProperty("");
    private final DoubleProperty fraction = new SimpleDoubleProperty(-1);
    private final ObservableList<String> steps = FXCollections.observableArrayList();
    private final StringProperty operationArnText = new SimpleStringProperty("");
    private volatile String operationArn;
    /** Following a cluster that took a change without answering (there is no operation to follow). */
    private final javafx.beans.property.BooleanProperty followingCluster =
            new javafx.beans.property.SimpleBooleanProperty();

    ApplyTracker(TaskExecutor executor) {
        this.executor = executor;
    }

    void reset() {
        operationArn = null;
        operationArnText.set("");
        stage.set("");
        operationState.set("");
        fraction.set(-1);
        steps.clear();
    }

    @Override
    public void stage(String message) {
        executor.onUiThread(() -> stage.set(message));
    }

    @Override
    public void sent(String arn) {
        operationArn = arn;
        executor.onUiThread(() -> operationArnText.set(arn));
    }

    /** Ends the stage line once the apply is over (called on the UI thread). */
    void finish(String message) {
        stage.set(message);
    }

    @Override
    public void operation(ClusterOperation operation) {
        executor.onUiThread(() -> {
            operationState.set(operation.state() == null ? "" : operation.state());
            steps.setAll(operation.steps().stream().map(ApplyTracker::describe).toList());
            long done = operation.steps().stream().filter(s -> "SUCCEEDED".equalsIgnoreCase(s.status())).count();
            fraction.set(operation.isFinished() ? 1 : operation.steps().isEmpty() ? -1
                    : (double) done / operation.steps().size());
        });
    }

    private static String describe(OperationStep step) {
        return step.name() + " — " + (step.status() == null ? "PENDING" : step.status());
    }

    /** Whether a cluster that took a change without answering is being followed (on the UI thread). */
    void followingCluster(boolean now) {
        followingCluster.set(now);
    }

    /** True while applying with something to follow: an operation, or the cluster after a lost answer. */
    javafx.beans.binding.BooleanBinding following(javafx.beans.value.ObservableValue<EditorStep> step) {
        return javafx.beans.binding.Bindings.createBooleanBinding(() -> step.getValue() == EditorStep.APPLYING
                && (!operationArnText.get().isEmpty() || followingCluster.get()), step, operationArnText,
                followingCluster);
    }

    /** The operation UpdateMonitoring started, once sent; null before. */
    String operationArn() {
        return operationArn;
    }

    /** The ARN of the operation UpdateMonitoring started, for change tickets; "" before it is sent. */
    public StringProperty operationArnProperty() {
        return operationArnText;
    }

    public StringProperty stageProperty() {
        return stage;
    }

    public StringProperty operationStateProperty() {
        return operationState;
    }

    /** Steps done out of all, from 0 to 1; -1 while unknown. */
    public DoubleProperty fractionProperty() {
        return fraction;
    }

    public ObservableList<String> steps() {
        return steps;
    }
}
