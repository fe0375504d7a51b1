package io.mskconsole.core.signin;

import java.util.List;
import java.util.Objects;

/** An account a sign-in grants, with the roles the user may take in it (ListAccounts, ListAccountRoles). */
public record GrantedAccount(PortalAccount account, List<String> roles) {
    public GrantedAccount {
        Objects.requireNonNull(account, "account");
        roles = List.copyOf(roles);
    }

    public String accountId() {
        return account.accountId();
    }

    public String accountName() {
        return account.accountName();
    }
}
