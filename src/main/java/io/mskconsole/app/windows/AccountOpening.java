package io.mskconsole.app.windows;

import io.mskconsole.app.accounts.AccountContext;
import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.AccountSignIn;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.account.Session;
import io.mskconsole.ui.shell.AccountOpener;
import io.mskconsole.ui.shell.OpenAccount;
import java.util.Optional;

/** Opens an account for the desktop: its session, then its context with a navigator for its windows. */
final class AccountOpening implements AccountOpener {
    private final Accounts accounts;
    private final DesktopServices desktop;

    AccountOpening(Accounts accounts, DesktopServices desktop) {
        this.accounts = accounts;
        this.desktop = desktop;
    }

    @Override
    public OpenAccount open(Account account) {
        Session session = accounts.open(account);
        try {
            return new AccountContext(session, signInOf(account), desktop.executor(), desktop.records(),
                    desktop.revertTimers().get(), context -> new WindowNavigator(context, desktop));
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** The account's sign-in; none when its profile's sign-in settings are broken (its calls say what is wrong). */
    private Optional<AccountSignIn> signInOf(Account account) {
        try {
            return accounts.signInOf(account);
        } catch (RuntimeException brokenSettings) {
            return Optional.empty();
        }
    }
}
