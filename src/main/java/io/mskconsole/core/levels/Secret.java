package io.mskconsole.core.levels;

import java.util.Arrays;
import java.util.Objects;

/**
 * A password held in memory only, as characters that can be wiped. Never printed: {@link #toString()} is a mask,
 * so a record holding one can be logged or shown in a debugger without giving it away. Two secrets are equal only
 * when they are the same object.
 */
public final class Secret {
    public static final String MASK = "****";

    private final char[] value;
    private volatile boolean wiped;

    private Secret(char[] value) {
        this.value = value;
    }

    /** Takes a copy of the characters; the caller may wipe its own array. */
    public static Secret of(char[] value) {
        return new Secret(Objects.requireNonNull(value, "value").clone());
    }

    public static Secret of(String value) {
        return new Secret(Objects.requireNonNull(value, "value").toCharArray());
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    /**
     * The characters, as a String, for the one place that must hand them to a library (e.g. a JAAS line). Keep the
     * result out of logs and messages.
     *
     * @throws IllegalStateException once wiped
     */
    public String reveal() {
        if (wiped) {
            throw new IllegalStateException("The password was wiped after use: ask for it again.");
        }
        return new String(value);
    }

    /** Overwrites the characters; {@link #reveal()} fails afterwards. */
    public void wipe() {
        Arrays.fill(value, '\0');
        wiped = true;
    }

    @Override
    public String toString() {
        return MASK;
    }
}
