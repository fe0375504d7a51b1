package io.mskconsole.app.logs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Sets up logging, once per process, through java.util.logging (the AWS SDK and the Kafka client log through
 * slf4j, which is bound to it). The windows write a rotating file; the headless commands only print warnings on
 * standard error, so their output stays readable. Libraries are held at WARNING whatever the app's own level, so no
 * request, header or credential of theirs is ever written, and {@link LogLineFormat} masks what looks like a key.
 */
public final class AppLogging {
    /** The log file's base name: msk-console-0.log is the newest, up to msk-console-4.log. */
    public static final String FILE_PATTERN = "msk-console-%g.log";
    static final int FILE_LIMIT_BYTES = 2 * 1024 * 1024;
    static final int FILE_COUNT = 5;
    /** Held here: java.util.logging keeps loggers weakly, and a collected logger forgets its level. */
    private static final java.util.List<Logger> CONFIGURED = new java.util.ArrayList<>();
    private static final String[] LIBRARIES = {"software.amazon", "org.apache", "com.fasterxml", "javafx",
            "org.controlsfx", "com.github.difflib"};

    private AppLogging() {
    }

    /** The headless commands: warnings and errors on standard error, one line each. */
    public static void forCommands() {
        Logger root = reset(Level.WARNING);
        ConsoleHandler console = new ConsoleHandler();
        console.setLevel(Level.WARNING);
        console.setFormatter(new LogLineFormat());
        root.addHandler(console);
    }

    /**
     * The windows: the app's own messages from INFO up, in a file of {@code folder} that rotates at 2 MB (five
     * kept). Empty, and logging to standard error instead, when the folder cannot be written (the app still runs).
     */
    public static Optional<Path> forWindows(Path folder) {
        Logger root = reset(Level.INFO);
        Handler handler;
        Optional<Path> file;
        try {
            Files.createDirectories(folder);
            handler = new FileHandler(folder.resolve(FILE_PATTERN).toString(), FILE_LIMIT_BYTES, FILE_COUNT, true);
            handler.setEncoding("UTF-8");
            file = Optional.of(folder.resolve(FILE_PATTERN.replace("%g", "0")));
        } catch (IOException | SecurityException e) {
            handler = new ConsoleHandler();
            file = Optional.empty();
            System.err.println("MSK Console cannot write its log in " + folder + " (" + e.getMessage()
                    + "); logging to standard error instead.");
        }
        handler.setLevel(Level.INFO);
        handler.setFormatter(new LogLineFormat());
        root.addHandler(handler);
        return file;
    }

    private static synchronized void configure(String name, Level level) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(level);
        CONFIGURED.add(logger);
    }

    private static Logger reset(Level appLevel) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(appLevel);
        for (String library : LIBRARIES) {
            configure(library, Level.WARNING);
        }
        // the Kafka client warns on every failed connection attempt and logs refused sign-ins as errors; the broker
        // log level screens and commands turn each failure into one message of their own
        configure("org.apache.kafka", Level.OFF);
        configure("software.amazon.msk", Level.SEVERE);
        return root;
    }
}
