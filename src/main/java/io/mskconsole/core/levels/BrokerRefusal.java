package io.mskconsole.core.levels;

/** How a broker's refusal of a logger change or read is worded, with the broker's own words kept. */
public final class BrokerRefusal {
    private BrokerRefusal() {
    }

    /** "Broker 2 refused: Logger kafka.x does not exist!" */
    public static String message(int brokerId, String brokerMessage) {
        String text = brokerMessage == null || brokerMessage.isBlank() ? "no reason given" : brokerMessage.strip();
        return "Broker " + brokerId + " refused: " + text;
    }
}
