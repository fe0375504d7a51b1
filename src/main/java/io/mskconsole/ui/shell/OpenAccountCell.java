package io.mskconsole.ui.shell;

import io.mskconsole.core.account.Account;
import javafx.scene.control.ListCell;

/**
 * An entry of the account picker: the account's name, and "open" for the accounts open now (their windows stay,
 * and switching to them is instant). An account granted by an IAM Identity Center sign-in names the profile (or the
 * Sandbox) it was granted through.
 */
final class OpenAccountCell extends ListCell<Account> {
    private final ShellViewModel shell;

    OpenAccountCell(ShellViewModel shell) {
        this.shell = shell;
    }

    @Override
    protected void updateItem(Account account, boolean empty) {
        super.updateItem(account, empty);
        if (empty || account == null) {
            setText(null);
            return;
        }
        String name = account.role() == null ? account.displayName()
                : account.displayName() + "  ← " + (account.isSandbox() ? "Sandbox sign-in" : account.profile());
        setText(shell.isOpen(account) ? name + "  · open" : name);
    }
}
