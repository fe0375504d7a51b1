package io.mskconsole.core.levels;

import java.util.List;
import java.util.Objects;

/** A change and what each broker it went to made of it, by broker id. */
public record ChangeReport(LevelChange change, List<BrokerChange> brokers) {
    public ChangeReport {
        Objects.requireNonNull(change, "change");
        brokers = List.copyOf(brokers);
    }

    public boolean allSucceeded() {
        return brokers.stream().allMatch(BrokerChange::succeeded);
    }

    public List<BrokerChange> failed() {
        return brokers.stream().filter(b -> !b.succeeded()).toList();
    }

    public List<BrokerChange> applied() {
        return brokers.stream().filter(BrokerChange::succeeded).toList();
    }
}
