package io.mskconsole.core.destinations;

import java.util.Objects;

/**
 * Who the credentials are: GetCallerIdentity's account and ARN, and the IAM principal to simulate (for an
 * assumed role, the role's ARN with its path).
 */
public record Caller(String account, String arn, String principalArn) {
    public Caller {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(principalArn, "principalArn");
    }

    /** The partition in the caller's ARN: aws, aws-cn or aws-us-gov. */
    public String partition() {
        String[] parts = arn.split(":", 3);
        return parts.length > 1 && !parts[1].isEmpty() ? parts[1] : "aws";
    }
}
