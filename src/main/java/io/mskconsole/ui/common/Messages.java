package io.mskconsole.ui.common;

import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.logging.UpdateRefusedException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;

/** Turns a failure into the one line shown to a person: worded failures pass through, others get context. */
public final class Messages {
    private Messages() {
    }

    public static String of(Throwable failure) {
        if (failure instanceof GatewayException || failure instanceof UpdateRefusedException) {
            return failure.getMessage();
        }
        if (failure instanceof NoSuchFileException missing) {
            return "File not found: " + missing.getFile();
        }
        if (failure instanceof IOException io) {
            return "Could not read or write the file: " + io.getMessage();
        }
        String text = failure.getMessage();
        return failure.getClass().getSimpleName() + (text == null ? "" : ": " + text);
    }
}
