package io.mskconsole.core.signin;

import java.util.Objects;

/** An account the access portal lists (ListAccounts): its id, name and e-mail address (either may be empty). */
public record PortalAccount(String accountId, String accountName, String emailAddress) {
    public PortalAccount {
        Objects.requireNonNull(accountId, "accountId");
        accountName = accountName == null ? "" : accountName;
        emailAddress = emailAddress == null ? "" : emailAddress;
    }
}
