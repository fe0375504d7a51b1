package io.mskconsole.core.commandline;

/** Quoting for the words of a generated command line, for POSIX shells (bash, zsh). */
public final class ShellWords {
    private ShellWords() {
    }

    /** Single-quotes a word for a POSIX shell when it holds anything but safe characters. */
    public static String quote(String word) {
        if (word.matches("[A-Za-z0-9_@%+=:,./\\-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
