package io.mskconsole.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Opens an https address in the system's browser: {@code open} on macOS, the URL handler on Windows, {@code xdg-open}
 * elsewhere, and says whether that worked (the opener started and did not fail within a few seconds). The window and
 * the commands both open the sign-in address through this; the address is shown whatever happens. Blocking for at
 * most {@link #PATIENCE}: off the UI thread.
 */
public final class SystemBrowser {
    static final Duration PATIENCE = Duration.ofSeconds(5);

    private SystemBrowser() {
    }

    /** Whether a browser was opened at the address (false for anything but an https address). */
    public static boolean open(String address) {
        if (address == null || !address.startsWith("https://")) {
            return false;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("mac") ? List.of("open", address)
                : os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", address)
                : List.of("xdg-open", address);
        try {
            Process opener = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            // xdg-open and open hand the address over and end; one still running after a while is the browser itself
            return !opener.waitFor(PATIENCE.toMillis(), TimeUnit.MILLISECONDS) || opener.exitValue() == 0;
        } catch (IOException | SecurityException notThere) {
            return false;
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
