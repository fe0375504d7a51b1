package io.mskconsole.app;

import io.mskconsole.app.settings.AppDirectories;
import io.mskconsole.app.settings.FileLastUsedStore;
import io.mskconsole.cli.CliEnvironment;
import io.mskconsole.core.levels.JsonRaisedLevelStore;
import io.mskconsole.core.lookupcache.DiskLookupCache;
import io.mskconsole.core.trail.TrailKeeping;
import io.mskconsole.core.trailcache.DiskTrailFileCache;
import io.mskconsole.core.trailstore.RecordStore;
import io.mskconsole.aws.account.AwsProfileDirectory;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.account.LastUsedStore;
import io.mskconsole.sandbox.SandboxSession;
import io.mskconsole.sandbox.signin.SandboxSignIn;

/**
 * Wires the app by hand: the AWS profiles and the Sandbox behind {@link Accounts}, and where settings live. The
 * windows and the headless commands get the same accounts from here.
 */
public record AppContext(Accounts accounts, LastUsedStore lastUsed) {
    /**
     * What a headless command runs against: these accounts, the process's streams, the broker log levels raised
     * earlier, in the settings folder, and the trail files read before, in the cache folder (both shared with the
     * window).
     */
    public CliEnvironment commandEnvironment() {
        return CliEnvironment.system(accounts).withRaisedLevels(JsonRaisedLevelStore.in(AppDirectories.settings()))
                .withTrailCache(DiskTrailFileCache.in(AppDirectories.trailFiles())).withKeeping(keeping());
    }

    /**
     * Where the window and the commands keep what they load: records' texts in a file of the cache folder per load,
     * LookupEvents' answers in the data folder.
     */
    public static TrailKeeping keeping() {
        return new TrailKeeping(() -> RecordStore.in(AppDirectories.trailRecords()),
                DiskLookupCache.in(AppDirectories.lookupEvents()));
    }

    public static AppContext production() {
        return new AppContext(new Accounts(new AwsProfileDirectory(), SandboxSession::open, SandboxSignIn.standard(AppDirectories.settings())),
                new FileLastUsedStore(AppDirectories.settings()));
    }
}
