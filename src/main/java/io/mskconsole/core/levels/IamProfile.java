package io.mskconsole.core.levels;

/**
 * The AWS profile an IAM-signed connection to the brokers names (aws-msk-iam-auth reads credentials from profiles
 * only), or why an account has none.
 *
 * @param profile the profile's name, or null for the SDK's default chain
 * @param refusal why IAM cannot be used for the account (what to do instead), or null
 */
public record IamProfile(String profile, String refusal) {
    /** A profile's name, or null for the default chain. */
    public static IamProfile of(String profile) {
        return new IamProfile(profile, null);
    }

    public static IamProfile refused(String why) {
        return new IamProfile(null, java.util.Objects.requireNonNull(why, "why"));
    }
}
