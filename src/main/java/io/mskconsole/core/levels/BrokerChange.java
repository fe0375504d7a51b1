package io.mskconsole.core.levels;

/**
 * What one broker made of a change: its level before and after (read back), or why it refused or could not be
 * reached.
 *
 * @param before the level read before the change, or null when unknown
 * @param after  the level read back after the change, or null when it failed or could not be read back
 * @param error  why the change failed on this broker, or null when it was applied
 */
public record BrokerChange(int brokerId, String before, String after, String error) {
    public boolean succeeded() {
        return error == null;
    }
}
