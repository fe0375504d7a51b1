package io.mskconsole.ui.common;

/** A message across the top of the editor. */
public record Notice(Kind kind, String text) {
    public enum Kind { INFO, SUCCESS, WARNING, ERROR }

    public static final Notice NONE = new Notice(Kind.INFO, "");

    public static Notice info(String text) {
        return new Notice(Kind.INFO, text);
    }

    public static Notice success(String text) {
        return new Notice(Kind.SUCCESS, text);
    }

    public static Notice warning(String text) {
        return new Notice(Kind.WARNING, text);
    }

    public static Notice error(String text) {
        return new Notice(Kind.ERROR, text);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
