package io.mskconsole.cli;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Opens an address in the system's browser from a headless command (no JavaFX here): {@code open} on macOS, the URL
 * handler on Windows, {@code xdg-open} elsewhere. Best effort: the address is printed whatever happens.
 */
final class SystemBrowser {
    private SystemBrowser() {
    }

    /** Whether a browser opener could be started. */
    static boolean open(String address) {
        if (!address.startsWith("https://")) {
            return false;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("mac") ? List.of("open", address)
                : os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", address)
                : List.of("xdg-open", address);
        try {
            new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return true;
        } catch (IOException | SecurityException notThere) {
            return false;
        }
    }
}
