package io.mskconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** An unexpected error: a short message a person can read, the causes and the log's place behind Details. */
class ErrorReporterTest {
    private final RuntimeException error = new IllegalStateException("Table refresh failed",
            new UncheckedIOException("reading cache", new java.io.IOException("No space left on device")));

    @Test
    void theMessageNamesTheRootCauseAndThatNothingIsLost() {
        assertThat(ErrorReporter.message(error))
                .isEqualTo("MSK Console hit an unexpected problem: No space left on device. What you were doing was "
                        + "not finished; your open windows and unsaved edits are kept.")
                .doesNotContain("at io.", "Exception");
    }

    @Test
    void theDetailsListTheCausesAndWhereTheLogIsNotAStackTrace() {
        String details = ErrorReporter.details(error, Path.of("/home/ana/.local/state/msk-console/logs"));
        assertThat(details).startsWith("java.lang.IllegalStateException: Table refresh failed")
                .contains("caused by java.io.UncheckedIOException: reading cache",
                        "caused by java.io.IOException: No space left on device",
                        "The full report is in the log, in /home/ana/.local/state/msk-console/logs")
                .doesNotContain("\tat ");
    }

    @Test
    void anErrorWithoutAMessageStillReadsWell() {
        assertThat(ErrorReporter.message(new NullPointerException()))
                .startsWith("MSK Console hit an unexpected problem. What you were doing");
    }
}
