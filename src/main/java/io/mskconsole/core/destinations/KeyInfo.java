package io.mskconsole.core.destinations;

import java.util.Objects;

/** A KMS key as DescribeKey gives it: its ARN and who manages it (KeyManager AWS or CUSTOMER). */
public record KeyInfo(String arn, boolean managedByAws) {
    public KeyInfo {
        Objects.requireNonNull(arn, "arn");
    }
}
