package io.mskconsole.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A display for starting the app's window from a test or the benchmark: the session's own when DISPLAY is set (and
 * on Windows and macOS), else a private Xvfb server started here and stopped on close. On a Linux machine without a
 * desktop and without the xvfb package there is none: {@link #available()} says so (and {@link #require()} throws).
 */
public final class Display implements AutoCloseable {
    static final String NO_DISPLAY = "Starting the app's window needs a display: no DISPLAY is set and Xvfb is not "
            + "installed (apt-get install xvfb)";
    private final Process server;
    private final Map<String, String> environment;
    private final boolean available;

    private Display(Process server, Map<String, String> environment, boolean available) {
        this.server = server;
        this.environment = environment;
        this.available = available;
    }

    public static Display open() throws IOException, InterruptedException {
        String display = System.getenv("DISPLAY");
        boolean linux = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("linux");
        if (!linux || (display != null && !display.isBlank())) {
            return new Display(null, Map.of(), true);
        }
        Optional<Path> installed = Optional.of(Path.of("/usr/bin/Xvfb")).filter(Files::isExecutable);
        if (installed.isEmpty()) {
            return new Display(null, Map.of(), false);
        }
        Path xvfb = installed.get();
        for (int number = 90; number < 130; number++) {
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + number)) || Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
                continue;
            }
            Process server = new ProcessBuilder(xvfb.toString(), ":" + number, "-screen", "0", "1600x1000x24",
                    "-nolisten", "tcp").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            for (int wait = 0; wait < 50 && server.isAlive(); wait++) {
                if (Files.exists(Path.of("/tmp/.X11-unix/X" + number))) {
                    return new Display(server, Map.of("DISPLAY", ":" + number), true);
                }
                Thread.sleep(100);
            }
            server.destroy();
        }
        throw new IllegalStateException("Could not start Xvfb on any display from :90 to :129");
    }

    /** Whether a window can be shown: the session's display, or an Xvfb started here. */
    public boolean available() {
        return available;
    }

    /** This display, or a refusal saying what is missing. */
    public Display require() {
        if (!available) {
            throw new IllegalStateException(NO_DISPLAY);
        }
        return this;
    }

    /** What to add to a child process's environment. */
    public Map<String, String> environment() {
        return environment;
    }

    @Override
    public void close() {
        if (server != null) {
            server.destroy();
        }
    }
}
