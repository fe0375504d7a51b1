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
        String name = account.role() == null ? account.displayName() : granted(account);
        setText(shell.isOpen(account) ? name + "  · open" : name);
    }

    /** "Payments (222233334444) · MskAdmin  ← dev-sso": the account, its ID, the role and the sign-in. */
    static String granted(Account account) {
        var role = account.role();
        String who = role.accountName().isBlank() ? role.accountId() : role.accountName() + " (" + role.accountId() + ")";
        return who + " · " + role.roleName() + "  ← " + (account.isSandbox() ? "Sandbox sign-in" : account.profile());
    }
}
