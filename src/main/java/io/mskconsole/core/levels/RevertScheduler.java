package io.mskconsole.core.levels;

import io.mskconsole.core.concurrent.DelayedTasks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Puts raised levels back at their revert time while the app runs: each {@link RaisedLevel} with a revert time is
 * handed to {@code revert} then (on the scheduler's thread: the callback connects and sends, and must not touch the
 * UI). Scheduling the same logger of the same broker again replaces its earlier time.
 */
public final class RevertScheduler implements AutoCloseable {
    private final DelayedTasks tasks;
    private final Consumer<RaisedLevel> revert;
    private final Map<String, Pending> pending = new LinkedHashMap<>();

    private record Pending(RaisedLevel raised, DelayedTasks.Handle handle) {
    }

    public RevertScheduler(DelayedTasks tasks, Consumer<RaisedLevel> revert) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.revert = Objects.requireNonNull(revert, "revert");
    }

    /** Schedules every level with a revert time; those without one are left alone (and cancel an earlier time). */
    public synchronized void schedule(Collection<RaisedLevel> raised) {
        for (RaisedLevel level : raised) {
            String key = key(level);
            Pending earlier = pending.remove(key);
            if (earlier != null) {
                earlier.handle().cancel();
            }
            if (level.revertAt() == null) {
                continue;
            }
            DelayedTasks.Handle handle = tasks.at(level.revertAt(), () -> fire(key, level));
            pending.put(key, new Pending(level, handle));
        }
    }

    /** Stops waiting to put back this logger of this broker (e.g. it was changed by hand since). */
    public synchronized void cancel(RaisedLevel level) {
        Pending earlier = pending.remove(key(level));
        if (earlier != null) {
            earlier.handle().cancel();
        }
    }

    /** The levels waiting for their revert time, in the order they were scheduled. */
    public synchronized List<RaisedLevel> pending() {
        return new ArrayList<>(pending.values().stream().map(Pending::raised).toList());
    }

    private void fire(String key, RaisedLevel level) {
        synchronized (this) {
            Pending current = pending.get(key);
            if (current == null || current.raised() != level) {
                return;
            }
            pending.remove(key);
        }
        revert.accept(level);
    }

    private static String key(RaisedLevel level) {
        return level.account() + "\n" + level.clusterArn() + "\n" + level.brokerId() + "\n" + level.logger();
    }

    @Override
    public void close() {
        synchronized (this) {
            pending.values().forEach(p -> p.handle().cancel());
            pending.clear();
        }
        tasks.close();
    }
}
