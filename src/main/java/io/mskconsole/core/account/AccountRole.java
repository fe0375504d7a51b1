package io.mskconsole.core.account;

import java.util.Objects;

/**
 * An account and role an IAM Identity Center sign-in grants (the access portal's ListAccounts and ListAccountRoles),
 * taken with GetRoleCredentials through an SSO profile's sign-in, whether or not a profile names them.
 *
 * @param accountName the portal's name of the account, for people; empty when not known. Not part of equality: the
 *                    same account and role is the same whatever name was known when it was written down
 */
public record AccountRole(String accountId, String roleName, String accountName) {
    public AccountRole {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(roleName, "roleName");
        if (!accountId.matches("\\d{12}")) {
            throw new IllegalArgumentException("An AWS account ID has 12 digits: " + accountId);
        }
        if (roleName.isBlank() || roleName.contains(":")) {
            throw new IllegalArgumentException("Not a role name: " + roleName);
        }
        accountName = accountName == null ? "" : accountName;
    }

    /** "Payments prod · MskAdmin", or "123456789012 · MskAdmin" when the account's name is not known. */
    public String displayName() {
        return (accountName.isBlank() ? accountId : accountName) + " · " + roleName;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountRole that && accountId.equals(that.accountId)
                && roleName.equals(that.roleName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, roleName);
    }
}
