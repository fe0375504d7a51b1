package io.mskconsole.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The files the fleet commands read and write, relative to the working directory, each failure worded. */
final class FleetFiles {
    private FleetFiles() {
    }

    /** The text of a file an option names; a missing or unreadable one is bad input (exit 2). */
    static String read(CliEnvironment env, Path file, String option) {
        try {
            return Files.readString(env.workingDirectory().resolve(file));
        } catch (NoSuchFileException missing) {
            throw CliFailure.usage(option + ": " + file + " was not found.");
        } catch (IOException e) {
            throw CliFailure.usage(option + ": " + file + " could not be read: " + e.getMessage());
        }
    }

    /** Writes to the file, or to standard output when none is named; says where it wrote. */
    static void write(CliEnvironment env, Path output, String option, String text) {
        if (output == null) {
            env.out().print(text);
            return;
        }
        Path file = env.workingDirectory().resolve(output);
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw CliFailure.failed(option + ": " + output + " could not be written: " + e.getMessage());
        }
        env.err().println("Wrote " + file + ".");
    }
}
