package io.mskconsole.ui.common;

import io.mskconsole.core.errors.Worded;
import java.io.IOException;
import java.nio.file.NoSuchFileException;

/** Turns a failure into the one line shown to a person: worded failures pass through, others get context. */
public final class Messages {
    private Messages() {
    }

    public static String of(Throwable failure) {
        var worded = Worded.of(failure);
        if (worded.isPresent()) {
            return worded.get();
        }
        if (failure instanceof IllegalArgumentException bad && bad.getMessage() != null) {
            return bad.getMessage(); // bad input, worded for the person where it was found
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
