package io.mskconsole.ui.shell;

import io.mskconsole.core.account.Account;

/** Opens an account with everything it owns. May read files and the network: never on the UI thread. */
@FunctionalInterface
public interface AccountOpener {
    OpenAccount open(Account account);
}
