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

    /**
     * Who this is, in a few words for a title: "123456789012 · MskAdmin" for an assumed role (its name), "123456789012
     * · alice" for an IAM user, the account alone otherwise.
     */
    public String who() {
        String resource = arn.substring(arn.lastIndexOf(':') + 1);
        String[] parts = resource.split("/");
        if (resource.startsWith("assumed-role/") && parts.length > 1) {
            return account + " · " + permissionSet(parts[1]);
        }
        if (resource.startsWith("user/")) {
            return account + " · " + parts[parts.length - 1];
        }
        return account;
    }

    /** IAM Identity Center's role for a permission set, AWSReservedSSO_MskAdmin_0123456789abcdef, is MskAdmin. */
    private static String permissionSet(String role) {
        java.util.regex.Matcher sso = java.util.regex.Pattern.compile("AWSReservedSSO_(.+)_[0-9a-f]{16}").matcher(role);
        return sso.matches() ? sso.group(1) : role;
    }
}
