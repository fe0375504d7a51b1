package io.mskconsole.aws.account;

import software.amazon.awssdk.core.util.VersionInfo;

/** The AWS SDK for Java version the app is built with, for the About dialog. */
public final class SdkVersion {
    private SdkVersion() {
    }

    public static String version() {
        return VersionInfo.SDK_VERSION;
    }
}
