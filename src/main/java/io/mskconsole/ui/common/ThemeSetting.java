package io.mskconsole.ui.common;

/** The theme a person chose: the system's (where it can be read), or always light, or always dark. */
public enum ThemeSetting {
    SYSTEM("Follow the system"),
    LIGHT("Light"),
    DARK("Dark");

    private final String label;

    ThemeSetting(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Dark or not, given what the system prefers (null when it could not be read: light then). */
    public boolean isDark(Boolean systemPrefersDark) {
        return switch (this) {
            case LIGHT -> false;
            case DARK -> true;
            case SYSTEM -> Boolean.TRUE.equals(systemPrefersDark);
        };
    }
}
