package io.mskconsole.core.clusters;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a client authenticates to an MSK cluster's brokers, each with the port MSK gives it inside the VPC and with
 * public access: IAM access control (9098, public 9198), SASL/SCRAM (9096, 9196), TLS (9094, 9194; mutual TLS when
 * the cluster asks for a client certificate), or none over plaintext (9092, never public).
 */
public enum ClientAuth {
    IAM("iam", "IAM access control", 9098, 9198),
    SCRAM("scram", "SASL/SCRAM", 9096, 9196),
    TLS("tls", "TLS", 9094, 9194),
    PLAINTEXT("plaintext", "plaintext (no authentication)", 9092, -1);

    private final String word;
    private final String displayName;
    private final int privatePort;
    private final int publicPort;

    ClientAuth(String word, String displayName, int privatePort, int publicPort) {
        this.word = word;
        this.displayName = displayName;
        this.privatePort = privatePort;
        this.publicPort = publicPort;
    }

    /** The word on the command line: iam, scram, tls, plaintext. */
    public String word() {
        return word;
    }

    public String displayName() {
        return displayName;
    }

    public int privatePort() {
        return privatePort;
    }

    /** The port with public access, or -1 (plaintext is never public). */
    public int publicPort() {
        return publicPort;
    }

    public static Optional<ClientAuth> parse(String text) {
        String word = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(auth -> auth.word.equals(word)).findFirst();
    }
}
