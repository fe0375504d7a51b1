package io.mskconsole.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "development build" when run from classes. */
final class CliVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = MskConsoleCli.class.getPackage().getImplementationVersion();
        return new String[] {"msk-console " + (version == null ? "(development build)" : version)};
    }
}
