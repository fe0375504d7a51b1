package io.mskconsole.core.create;

import java.util.Locale;
import java.util.Optional;

/** Encryption of the traffic between clients and brokers, in the service's words. */
public enum ClientBrokerEncryption {
    /** TLS only (MSK's default). */
    TLS("TLS only"),
    /** Both TLS and plaintext listeners. */
    TLS_PLAINTEXT("TLS and plaintext"),
    /** Plaintext only: only for unauthenticated access. */
    PLAINTEXT("Plaintext only");

    private final String label;

    ClientBrokerEncryption(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The value for the service's word, or empty for a word it does not have. */
    public static Optional<ClientBrokerEncryption> parse(String word) {
        if (word == null) {
            return Optional.empty();
        }
        for (ClientBrokerEncryption value : values()) {
            if (value.name().equals(word.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
