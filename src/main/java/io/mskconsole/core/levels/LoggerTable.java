package io.mskconsole.core.levels;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The loggers of a whole cluster: one row per logger (root first, then by name), one column per broker (by id). A
 * broker that could not be read keeps its column, empty, with the reason in {@link #unavailable()}. Immutable;
 * {@link #search(String)} gives a narrower table.
 */
public final class LoggerTable {
    private final Map<Integer, BrokerLoggers> brokers;
    private final Map<Integer, String> unavailable;
    private final List<String> loggers;

    /**
     * @param read        the brokers that answered
     * @param unavailable broker id → why it could not be read (one line a person can act on)
     */
    public LoggerTable(Collection<BrokerLoggers> read, Map<Integer, String> unavailable) {
        TreeMap<Integer, BrokerLoggers> byId = new TreeMap<>();
        read.forEach(broker -> byId.put(broker.brokerId(), broker));
        this.brokers = java.util.Collections.unmodifiableMap(byId);
        this.unavailable = java.util.Collections.unmodifiableMap(new TreeMap<>(unavailable));
        TreeSet<String> names = new TreeSet<>(LoggerNames.ROOT_FIRST);
        read.forEach(broker -> names.addAll(broker.levels().keySet()));
        this.loggers = List.copyOf(names);
    }

    private LoggerTable(Map<Integer, BrokerLoggers> brokers, Map<Integer, String> unavailable, List<String> loggers) {
        this.brokers = brokers;
        this.unavailable = unavailable;
        this.loggers = loggers;
    }

    public static LoggerTable of(BrokerLoggers... read) {
        return new LoggerTable(List.of(read), Map.of());
    }

    /** Every broker of the table, read or not, by id. */
    public List<Integer> brokerIds() {
        TreeSet<Integer> ids = new TreeSet<>(brokers.keySet());
        ids.addAll(unavailable.keySet());
        return List.copyOf(ids);
    }

    /** The logger names, root first, then by name. */
    public List<String> loggers() {
        return loggers;
    }

    public Optional<BrokerLoggers> broker(int brokerId) {
        return Optional.ofNullable(brokers.get(brokerId));
    }

    /** The broker's text for the logger's level; empty when the broker was not read or has no such logger. */
    public Optional<String> level(String logger, int brokerId) {
        BrokerLoggers broker = brokers.get(brokerId);
        return broker == null ? Optional.empty() : Optional.ofNullable(broker.levels().get(logger));
    }

    /** Broker id → why it could not be read. */
    public Map<Integer, String> unavailable() {
        return unavailable;
    }

    public boolean hasLogger(String logger) {
        return loggers.contains(logger);
    }

    /** Whether every broker that has the logger reports the same level for it. */
    public boolean isUniform(String logger) {
        return brokers.values().stream().map(b -> b.levels().get(logger)).filter(java.util.Objects::nonNull)
                .distinct().count() <= 1;
    }

    /**
     * The rows whose logger name holds every word of {@code text}, ignoring case (blank: every row). The root logger
     * matches "root" like any other name.
     */
    public LoggerTable search(String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        List<String> words = List.of(text.strip().toLowerCase(Locale.ROOT).split("\\s+"));
        List<String> kept = loggers.stream()
                .filter(name -> words.stream().allMatch(name.toLowerCase(Locale.ROOT)::contains)).toList();
        return new LoggerTable(brokers, unavailable, kept);
    }

    /**
     * The loggers of this table logging more than INFO (DEBUG, TRACE, ALL), logger by logger (root first), then by
     * broker: what the cluster-wide summary shows.
     */
    public List<VerboseLogger> aboveInfo() {
        List<VerboseLogger> verbose = new ArrayList<>();
        for (String logger : loggers) {
            for (BrokerLoggers broker : brokers.values()) {
                broker.level(logger).filter(LogLevel::isAboveInfo)
                        .ifPresent(level -> verbose.add(new VerboseLogger(logger, broker.brokerId(), level)));
            }
        }
        return List.copyOf(verbose);
    }

    /** "kafka.request.logger at DEBUG on brokers 1, 2; state.change.logger at TRACE on broker 3", or "". */
    public String aboveInfoSummary() {
        Map<String, List<VerboseLogger>> byLogger = aboveInfo().stream().collect(Collectors.groupingBy(
                v -> v.logger() + " at " + v.level(), java.util.LinkedHashMap::new,
                Collectors.toList()));
        return byLogger.entrySet().stream().map(e -> e.getKey() + " on " + brokers(e.getValue().stream()
                        .map(VerboseLogger::brokerId).toList()))
                .collect(Collectors.joining("; "));
    }

    /** "broker 2" or "brokers 1, 2, 3". */
    public static String brokers(List<Integer> ids) {
        return (ids.size() == 1 ? "broker " : "brokers ")
                + ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
