package io.mskconsole.core.levels;

/** A logger that logs more than INFO on one broker, e.g. {@code kafka.request.logger} at DEBUG on broker 2. */
public record VerboseLogger(String logger, int brokerId, LogLevel level) {
    /** "kafka.request.logger at DEBUG on broker 2". */
    public String describe() {
        return logger + " at " + level + " on broker " + brokerId;
    }
}
