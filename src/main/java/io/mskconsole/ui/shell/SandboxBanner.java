package io.mskconsole.ui.shell;

import io.mskconsole.core.account.Account;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The banner across the main window while it shows the Sandbox, or an account of its sample sign-in. */
final class SandboxBanner {
    private SandboxBanner() {
    }

    /** The banner, shown while the account shown is the Sandbox's. */
    static Label over(ShellViewModel shell) {
        Label banner = new Label();
        banner.textProperty().bind(Bindings.createStringBinding(() -> text(shell.accountProperty().get()),
                shell.accountProperty()));
        banner.setId("sandboxBanner");
        banner.setWrapText(true);
        banner.setMinHeight(Region.USE_PREF_SIZE);
        banner.getStyleClass().add("sandbox-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.visibleProperty().bind(shell.sandboxBinding());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /** Which sample account, and for a granted one, that it shows its own sample fleet. */
    static String text(Account account) {
        if (account == null || account.role() == null) {
            return "SANDBOX · offline sample account 111122223333 · nothing here reaches AWS";
        }
        return "SANDBOX · sample account " + account.role().accountId() + " as " + account.role().roleName()
                + " · its own sample fleet, in a dozen regions · nothing reaches AWS";
    }
}
