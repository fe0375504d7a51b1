package io.mskconsole.core.clusters;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which of a cluster's bootstrap broker strings to use: inside the VPC, through public access, or the best one. */
public enum BrokerAccess {
    /** Public access when the cluster has it for the authentication (a desktop is rarely inside the VPC), else private. */
    AUTO,
    PRIVATE,
    PUBLIC;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<BrokerAccess> parse(String text) {
        String word = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(access -> access.word().equals(word)).findFirst();
    }
}
