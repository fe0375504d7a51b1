package io.mskconsole.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A display for starting the app's window from a test or the benchmark: the session's own when DISPLAY is set (and
 * on Windows and macOS), else a private Xvfb server started here and stopped on close. Needs the xvfb package on a
 * Linux machine without a desktop; says so when it is missing.
 */
public final class Display implements AutoCloseable {
    private final Process server;
    private final Map<String, String> environment;

    private Display(Process server, Map<String, String> environment) {
        this.server = server;
        this.environment = environment;
    }

    public static Display open() throws IOException, InterruptedException {
        String display = System.getenv("DISPLAY");
        boolean linux = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("linux");
        if (!linux || (display != null && !display.isBlank())) {
            return new Display(null, Map.of());
        }
        Path xvfb = Optional.of(Path.of("/usr/bin/Xvfb")).filter(Files::isExecutable).orElseThrow(() ->
                new IllegalStateException("Starting the app's window needs a display: no DISPLAY is set and Xvfb is "
                        + "not installed (apt-get install xvfb)"));
        for (int number = 90; number < 130; number++) {
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + number)) || Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
                continue;
            }
            Process server = new ProcessBuilder(xvfb.toString(), ":" + number, "-screen", "0", "1600x1000x24",
                    "-nolisten", "tcp").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            for (int wait = 0; wait < 50 && server.isAlive(); wait++) {
                if (Files.exists(Path.of("/tmp/.X11-unix/X" + number))) {
                    return new Display(server, Map.of("DISPLAY", ":" + number));
                }
                Thread.sleep(100);
            }
            server.destroy();
        }
        throw new IllegalStateException("Could not start Xvfb on any display from :90 to :129");
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
