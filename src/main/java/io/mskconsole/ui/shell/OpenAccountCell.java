package io.mskconsole.ui.shell;

import io.mskconsole.core.account.Account;
import javafx.scene.control.ListCell;

/**
 * An entry of the account picker: the account's name, and "open" for the accounts open now (their windows stay,
 * and switching to them is instant).
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
        setText(shell.isOpen(account) ? account.displayName() + "  · open" : account.displayName());
    }
}
