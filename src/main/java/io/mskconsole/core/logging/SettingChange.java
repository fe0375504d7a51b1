package io.mskconsole.core.logging;

/** One row of the review: a setting's current and new value, and whether it changes. */
public record SettingChange(DestinationType destination, String setting, String current, String proposed) {
    public boolean changed() {
        return !current.equals(proposed);
    }
}
