package io.mskconsole.core.delivery;

/** One row of the review: a setting of one log kind's destination, its current and new value, and whether it changes. */
public record SettingChange(LogKind kind, DestinationType destination, String setting, String current,
                            String proposed) {
    public boolean changed() {
        return !current.equals(proposed);
    }
}
