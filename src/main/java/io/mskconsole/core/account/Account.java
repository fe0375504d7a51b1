package io.mskconsole.core.account;

import java.util.Objects;

/** Where the app's data comes from: an AWS profile, or the built-in offline Sandbox. */
public record Account(String profile, boolean isSandbox) {
    public static final String SANDBOX_NAME = "Sandbox";
    /** The profile that means "the SDK's default chain", as the app treats it everywhere. */
    public static final String DEFAULT_PROFILE = "default";
    /** The built-in offline account with sample data. */
    public static final Account SANDBOX = new Account(null, true);

    public Account {
        if (!isSandbox) {
            Objects.requireNonNull(profile, "profile");
        }
    }

    public static Account profile(String name) {
        return new Account(name, false);
    }

    /**
     * The profile an IAM-signed connection (to the brokers) names: the account's own, or null for the SDK's default
     * chain (the profile "default", and the Sandbox, which signs nothing real).
     */
    public String iamProfile() {
        return isSandbox || DEFAULT_PROFILE.equals(profile) ? null : profile;
    }

    /** "Sandbox" or the profile's name. */
    public String displayName() {
        return isSandbox ? SANDBOX_NAME : profile;
    }

    /** How the account is written in settings: "sandbox" or "profile:NAME". */
    public String key() {
        return isSandbox ? "sandbox" : "profile:" + profile;
    }

    public static Account fromKey(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        if (key.equals("sandbox")) {
            return SANDBOX;
        }
        return key.startsWith("profile:") && key.length() > "profile:".length()
                ? profile(key.substring("profile:".length())) : null;
    }

    @Override
    public String toString() {
        return displayName();
    }
}
