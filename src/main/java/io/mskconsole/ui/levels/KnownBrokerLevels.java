package io.mskconsole.ui.levels;

import io.mskconsole.core.levels.LoggerTable;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.collections.WeakMapChangeListener;

/**
 * The brokers' log levels as last read in this run of the app, by account and cluster: what the broker log
 * delivery checks use (DEBUG or TRACE with CloudWatch Logs) instead of asking the person, once they are known. On
 * the UI thread.
 */
public final class KnownBrokerLevels {
    private final ObservableMap<String, LoggerTable> tables = FXCollections.observableHashMap();

    /** The levels just read from the cluster's brokers. */
    public void put(String account, String clusterArn, LoggerTable table) {
        tables.put(key(account, clusterArn), table);
    }

    public Optional<LoggerTable> get(String account, String clusterArn) {
        return Optional.ofNullable(tables.get(key(account, clusterArn)));
    }

    /** Copies every cluster's levels into the core's record of them, for the fleet's rule about levels. */
    public void copyTo(io.mskconsole.core.levels.LevelsSeen seen, java.time.Instant readAt) {
        tables.forEach((key, table) -> seen.record(key.substring(key.indexOf('\n') + 1), table, readAt));
    }

    /**
     * The cluster's levels as a property that follows every later read (null until one). Followed weakly: a
     * property nobody holds any more is let go.
     */
    public ObjectProperty<LoggerTable> follow(String account, String clusterArn) {
        Followed table = new Followed(key(account, clusterArn));
        tables.addListener(new WeakMapChangeListener<>(table.listener));
        return table;
    }

    private final class Followed extends SimpleObjectProperty<LoggerTable> {
        /** Held here, so it lives as long as the property and no longer. */
        private final MapChangeListener<String, LoggerTable> listener;

        Followed(String key) {
            super(tables.get(key));
            listener = change -> {
                if (change.getKey().equals(key) && change.wasAdded()) {
                    set(change.getValueAdded());
                }
            };
        }
    }

    private static String key(String account, String clusterArn) {
        return account + "\n" + clusterArn;
    }
}
