package io.mskconsole.app;

import io.mskconsole.app.settings.AppDirectories;
import io.mskconsole.aws.account.SdkVersion;
import io.mskconsole.ui.shell.AboutInfo;

/** The facts for Help → About: the versions of the app and of what it runs on, and where its files are. */
final class AboutFacts {
    private AboutFacts() {
    }

    static String appVersion() {
        String version = AboutFacts.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    /** After JavaFX has started (its version is known from then). */
    static AboutInfo gather() {
        String java = System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ")"
                + (Boolean.getBoolean("mskconsole.installed") ? ", bundled runtime" : "");
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ")";
        return new AboutInfo(appVersion(), java, System.getProperty("javafx.runtime.version", "unknown"),
                SdkVersion.version(), os, AppDirectories.settings(), AppDirectories.logs());
    }
}
