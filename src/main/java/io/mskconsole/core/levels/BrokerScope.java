package io.mskconsole.core.levels;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Which brokers a change goes to: one broker by id, or every broker of the cluster. */
public record BrokerScope(Integer brokerId) {
    public static final BrokerScope ALL = new BrokerScope(null);

    public static BrokerScope broker(int id) {
        return new BrokerScope(id);
    }

    /**
     * "all" (any case) or a broker id.
     *
     * @throws IllegalArgumentException for anything else, with a message naming what was given
     */
    public static BrokerScope parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.toLowerCase(Locale.ROOT).equals("all")) {
            return ALL;
        }
        try {
            int id = Integer.parseInt(value);
            if (id >= 0) {
                return broker(id);
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new IllegalArgumentException("'" + text + "' is not a broker id or 'all'.");
    }

    public boolean isAll() {
        return brokerId == null;
    }

    public Optional<Integer> single() {
        return Optional.ofNullable(brokerId);
    }

    /**
     * The brokers this scope names among the cluster's.
     *
     * @throws IllegalArgumentException when the one broker named is not one of the cluster's
     */
    public List<Integer> select(Collection<Integer> clusterBrokers) {
        if (isAll()) {
            return clusterBrokers.stream().sorted().toList();
        }
        if (!clusterBrokers.contains(brokerId)) {
            throw new IllegalArgumentException("The cluster has no broker " + brokerId + "; its brokers are "
                    + clusterBrokers.stream().sorted().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("none")
                    + ".");
        }
        return List.of(brokerId);
    }

    @Override
    public String toString() {
        return isAll() ? "all brokers" : "broker " + brokerId;
    }
}
