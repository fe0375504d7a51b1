package io.mskconsole.core.account;

import io.mskconsole.core.levels.IamProfile;
import java.util.Objects;

/**
 * Where the app's data comes from: an AWS profile, or the built-in offline Sandbox; and, through the IAM Identity
 * Center sign-in of an SSO profile (or the Sandbox's sample one), any account and role that sign-in grants.
 *
 * @param role null for the profile's (or the Sandbox's) own credentials; else the account and role taken through
 *             the profile's sign-in
 */
public record Account(String profile, boolean isSandbox, AccountRole role) {
    public static final String SANDBOX_NAME = "Sandbox";
    /** The profile that means "the SDK's default chain", as the app treats it everywhere. */
    public static final String DEFAULT_PROFILE = "default";
    /** The built-in offline account with sample data. */
    public static final Account SANDBOX = new Account(null, true);
    private static final String ROLE_KEY = "role:";

    public Account {
        if (!isSandbox) {
            Objects.requireNonNull(profile, "profile");
        }
    }

    public Account(String profile, boolean isSandbox) {
        this(profile, isSandbox, null);
    }

    public static Account profile(String name) {
        return new Account(name, false);
    }

    /** The account and role granted through this account's sign-in (an SSO profile's, or the Sandbox's). */
    public Account withRole(AccountRole granted) {
        return new Account(profile, isSandbox, Objects.requireNonNull(granted, "granted"));
    }

    /** The account whose sign-in this one was granted through: itself when it has no role. */
    public Account signInAccount() {
        return role == null ? this : new Account(profile, isSandbox, null);
    }

    /**
     * The profile an IAM-signed connection (to the brokers) names: the account's own, or null for the SDK's default
     * chain (the profile "default", and the Sandbox, which signs nothing real). A granted role has no profile of its
     * own: see {@link #hasOwnProfile()}.
     */
    public String iamProfile() {
        return isSandbox || DEFAULT_PROFILE.equals(profile) ? null : profile;
    }

    /**
     * What an IAM-signed connection to the brokers signs with: {@link #iamProfile()}; for a granted account and role,
     * which no profile names, a refusal saying how to make one.
     */
    public IamProfile brokerIam() {
        if (role == null) {
            return IamProfile.of(iamProfile());
        }
        if (isSandbox) {
            return IamProfile.refused("IAM sign-in to the brokers is not offered for the accounts of the Sandbox's "
                    + "sample sign-in: connect with SASL/SCRAM or TLS, or use the Sandbox itself.");
        }
        return IamProfile.refused("IAM sign-in to the brokers takes its credentials from a profile (aws-msk-iam-auth "
                + "reads profiles only), and " + role.displayName() + " has none of its own. Add one naming the same "
                + "sign-in with sso_account_id = " + role.accountId() + " and sso_role_name = " + role.roleName()
                + ", then open that profile; or connect with SASL/SCRAM or TLS.");
    }

    /** Whether a profile of the shared files (or the Sandbox) names exactly these credentials. */
    public boolean hasOwnProfile() {
        return role == null;
    }

    /** "Sandbox", the profile's name, or for a granted role "Payments prod · MskAdmin". */
    public String displayName() {
        if (role != null) {
            return role.displayName();
        }
        return isSandbox ? SANDBOX_NAME : profile;
    }

    /** How the account is written in settings: "sandbox", "profile:NAME" or "role:ACCOUNT:ROLE:&lt;the other key&gt;". */
    public String key() {
        String own = isSandbox ? "sandbox" : "profile:" + profile;
        return role == null ? own : ROLE_KEY + role.accountId() + ":" + role.roleName() + ":" + own;
    }

    public static Account fromKey(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        if (key.startsWith(ROLE_KEY)) {
            String[] parts = key.substring(ROLE_KEY.length()).split(":", 3);
            Account base = parts.length == 3 ? fromKey(parts[2]) : null;
            try {
                return base == null || base.role != null ? null : base.withRole(new AccountRole(parts[0], parts[1], ""));
            } catch (IllegalArgumentException notARole) {
                return null;
            }
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
