package io.mskconsole.app.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The windows' log file: the app's messages, no library chatter, nothing that looks like a credential. */
class AppLoggingTest {
    @TempDir
    Path folder;

    @AfterEach
    void restoreDefaultLogging() throws Exception {
        LogManager.getLogManager().reset();
        LogManager.getLogManager().readConfiguration();
    }

    private String flushAndRead() throws Exception {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.flush();
        }
        return Files.readString(folder.resolve("msk-console-0.log"));
    }

    @Test
    void theAppsMessagesGoToARotatingFileInTheLogFolder() throws Exception {
        assertThat(AppLogging.forWindows(folder)).contains(folder.resolve("msk-console-0.log"));
        System.getLogger("io.mskconsole.ui.shell.ShellViewModel").log(System.Logger.Level.INFO, "Opened profile prod");
        assertThat(flushAndRead()).containsPattern(
                "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z INFO io.mskconsole.ui.shell.ShellViewModel: "
                        + "Opened profile prod");
    }

    @Test
    void librariesOnlyReachTheFileWithWarnings() throws Exception {
        AppLogging.forWindows(folder);
        Logger.getLogger("software.amazon.awssdk.request").info("Sending Request: headers Authorization=...");
        Logger.getLogger("org.apache.http.wire").info(">> \"X-Amz-Security-Token: IQoJb3JpZ2lu\"");
        Logger.getLogger("software.amazon.awssdk.core").warning("Retrying after a throttle");
        String log = flushAndRead();
        assertThat(log).contains("WARNING software.amazon.awssdk.core: Retrying after a throttle")
                .doesNotContain("Sending Request", "X-Amz-Security-Token");
    }

    @Test
    void whatLooksLikeACredentialIsMasked() throws Exception {
        AppLogging.forWindows(folder);
        Logger app = Logger.getLogger("io.mskconsole.test");
        app.info("profile keys AKIAIOSFODNN7EXAMPLE and aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        app.info("{\"SessionToken\": \"IQoJb3JpZ2luX2VjEJr\", \"password\": \"hunter2\"}");
        String log = flushAndRead();
        assertThat(log).contains("AKIA****************", "aws_secret_access_key = ****", "\"password\": \"****")
                .doesNotContain("IOSFODNN7EXAMPLE", "wJalrXUtnFEMI", "IQoJb3JpZ2luX2VjEJr", "hunter2");
    }

    @Test
    void iamIdentityCenterTokensAndSecretsAreMaskedToo() throws Exception {
        AppLogging.forWindows(folder);
        Logger app = Logger.getLogger("io.mskconsole.test");
        app.info("{\"accessToken\": \"aoaTokenValue1\", \"refreshToken\":\"aorTokenValue2\", \"clientSecret\": "
                + "\"eyJraWQiOiJzZWNyZXQ3\", \"deviceCode\": \"devCodeValue4\", \"idToken\": \"eyJidTokenValue6\"}");
        app.info(">> \"x-amz-sso_bearer_token: aoaTokenValue5[\\r][\\n]\"");
        String log = flushAndRead();
        assertThat(log).doesNotContain("aoaTokenValue1", "aorTokenValue2", "eyJraWQiOiJzZWNyZXQ3", "devCodeValue4",
                "aoaTokenValue5", "eyJidTokenValue6").contains("\"accessToken\": \"****");
    }

    @Test
    void anUnwritableFolderFallsBackToStandardError() throws Exception {
        Path file = Files.writeString(folder.resolve("not-a-folder"), "x");
        assertThat(AppLogging.forWindows(file.resolve("logs"))).isEmpty();
        assertThat(Logger.getLogger("").getHandlers()).singleElement()
                .isInstanceOf(java.util.logging.ConsoleHandler.class);
    }

    @Test
    void theCommandsPrintOnlyWarnings() {
        AppLogging.forCommands();
        Logger root = Logger.getLogger("");
        assertThat(root.getLevel()).isEqualTo(java.util.logging.Level.WARNING);
        assertThat(root.getHandlers()).singleElement().satisfies(handler ->
                assertThat(handler.getLevel()).isEqualTo(java.util.logging.Level.WARNING));
    }
}
