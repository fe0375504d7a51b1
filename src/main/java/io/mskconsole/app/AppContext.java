package io.mskconsole.app;

import io.mskconsole.app.settings.AppDirectories;
import io.mskconsole.app.settings.FileLastUsedStore;
import io.mskconsole.aws.account.AwsProfileDirectory;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.account.LastUsedStore;
import io.mskconsole.sandbox.SandboxSession;

/**
 * Wires the app by hand: the AWS profiles and the Sandbox behind {@link Accounts}, and where settings live. The
 * windows and the headless commands get the same accounts from here.
 */
public record AppContext(Accounts accounts, LastUsedStore lastUsed) {
    public static AppContext production() {
        return new AppContext(new Accounts(new AwsProfileDirectory(), SandboxSession::open),
                new FileLastUsedStore(AppDirectories.settings()));
    }
}
