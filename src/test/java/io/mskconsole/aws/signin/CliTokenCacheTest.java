package io.mskconsole.aws.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.signin.NewToken;
import io.mskconsole.core.signin.SsoLogin;
import io.mskconsole.core.signin.SsoToken;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The AWS CLI's token cache files: read as the AWS CLI v2 writes them, written as it writes them, safely. */
class CliTokenCacheTest {
    static final String START_URL = "https://d-1234567890.awsapps.com/start";
    static final SsoLogin LOGIN = SsoLogin.session("my-sso", START_URL, "us-east-1", List.of());
    /** {@code printf %s 'my-sso' | sha1sum} */
    static final String FILE_NAME = "0ad374308c5a4e22f723adf10145eafad7c4031c.json";
    static final String ACCESS_TOKEN = "aoaAAAAAGdummyAccessTokenForTests0001";
    static final String CLIENT_SECRET = "eyJraWQiOiJkdW1teSIsImFsZyI6IkhTMzg0In0.dummySecretForTests";
    static final String REFRESH_TOKEN = "aorAAAAAGdummyRefreshTokenForTests0001";
    /** A file exactly as the AWS CLI v2 writes it after `aws sso login --sso-session my-sso`. */
    static final String CLI_FILE = "{\"startUrl\": \"" + START_URL + "\", \"region\": \"us-east-1\", \"accessToken\": \""
            + ACCESS_TOKEN + "\", \"expiresAt\": \"2026-12-07T16:00:00Z\", \"clientId\": \"dummyClientId-0001\","
            + " \"clientSecret\": \"" + CLIENT_SECRET + "\", \"registrationExpiresAt\": \"2027-03-07T15:00:00Z\","
            + " \"refreshToken\": \"" + REFRESH_TOKEN + "\"}";
    static final SsoToken TOKEN = new SsoToken(START_URL, "us-east-1", ACCESS_TOKEN,
            Instant.parse("2026-12-07T16:00:00Z"), "dummyClientId-0001", CLIENT_SECRET,
            Instant.parse("2027-03-07T15:00:00Z"), REFRESH_TOKEN);
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    /** What happens while a file that did not parse is given time to be written whole: nothing, by default. */
    Runnable settle = () -> { };

    CliTokenCache cache() {
        return new CliTokenCache(home.resolve(".aws/sso/cache"), CliTokenCache::moveOver, () -> settle.run());
    }

    Path file() {
        return home.resolve(".aws/sso/cache").resolve(FILE_NAME);
    }

    void writeFile(String text) throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), text);
    }

    static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    @Test
    void readsAFileAsTheAwsCliWritesIt() throws IOException {
        writeFile(CLI_FILE);

        assertThat(cache().read(LOGIN)).contains(TOKEN);
        assertThat(cache().file(LOGIN)).isEqualTo(file());
    }

    @Test
    void noFileIsNoToken() {
        assertThat(cache().read(LOGIN)).isEmpty();
        assertThat(cache().delete(LOGIN)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"2026-12-07T16:00:00Z", "2026-12-07T16:00:00.123Z", "2026-12-07T17:00:00+01:00",
            "2026-12-07T16:00:00UTC", "2026-12-07T16:00:00"})
    void readsTheTimesEveryWriterHasWritten(String expiresAt) throws IOException {
        writeFile("{\"accessToken\": \"" + ACCESS_TOKEN + "\", \"expiresAt\": \"" + expiresAt + "\"}");

        SsoToken token = cache().read(LOGIN).orElseThrow();

        assertThat(token.expiresAt()).isBetween(Instant.parse("2026-12-07T16:00:00Z"),
                Instant.parse("2026-12-07T16:00:00.123Z"));
        assertThat(token.refreshToken()).isNull();
        assertThat(token.clientId()).isNull();
    }

    @Test
    void writesWhatTheAwsCliWritesAndReadsItBack() throws IOException {
        cache().write(LOGIN, TOKEN);

        assertThat(Files.readString(file())).isEqualTo(CLI_FILE);
        assertThat(cache().read(LOGIN)).contains(TOKEN);
    }

    @Test
    void writesTimesInUtcToTheSecondAndLeavesAbsentFieldsOut() throws IOException {
        SsoToken legacy = new SsoToken(START_URL, "eu-west-1", ACCESS_TOKEN,
                Instant.parse("2026-12-07T16:00:00.987654321Z"), null, null, null, null);

        cache().write(LOGIN, legacy);

        JsonNode written = JSON.readTree(file().toFile());
        List<String> names = new ArrayList<>();
        written.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("startUrl", "region", "accessToken", "expiresAt");
        assertThat(written.get("expiresAt").asText()).isEqualTo("2026-12-07T16:00:00Z");
    }

    @Test
    void keepsTheFieldsOtherToolsAdded() throws IOException {
        writeFile(CLI_FILE.replace("}", ", \"scopes\": [\"sso:account:access\"], \"x-tool\": {\"n\": 1.50}}"));

        cache().write(LOGIN, TOKEN.renewed(new NewToken("newAccessTokenForTests",
                Duration.ofHours(1), null), Instant.parse("2026-12-07T15:30:00Z")));

        String text = Files.readString(file());
        assertThat(text).endsWith(", \"scopes\": [\"sso:account:access\"], \"x-tool\": {\"n\": 1.50}}");
        assertThat(text).contains("\"accessToken\": \"newAccessTokenForTests\"",
                "\"expiresAt\": \"2026-12-07T16:30:00Z\"", "\"refreshToken\": \"" + REFRESH_TOKEN + "\"");
    }

    @Test
    void theFileIsTheOwnersAloneAndSoAreTheFoldersItMade() throws IOException {
        assumeTrue(posix(), "POSIX file permissions");

        cache().write(LOGIN, TOKEN);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
        for (Path folder : List.of(home.resolve(".aws"), home.resolve(".aws/sso"), home.resolve(".aws/sso/cache"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                    .as(folder.toString()).isEqualTo("rwx------");
        }
    }

    @Test
    void aFolderThatExistsIsLeftAsItIs() throws IOException {
        assumeTrue(posix(), "POSIX file permissions");
        Path folder = Files.createDirectories(home.resolve(".aws/sso/cache"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));

        cache().write(LOGIN, TOKEN);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwxr-xr-x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
    }

    @Test
    void leavesNoTemporaryFileBehind() throws IOException {
        cache().write(LOGIN, TOKEN);
        cache().write(LOGIN, TOKEN);

        try (Stream<Path> files = Files.list(file().getParent())) {
            assertThat(files).containsExactly(file());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "not json at all " + ACCESS_TOKEN + "|is not JSON",
            "'  '|is empty",
            "[\"" + ACCESS_TOKEN + "\"]|is not a JSON object",
            "{\"expiresAt\": \"2026-12-07T16:00:00Z\", \"refreshToken\": \"" + REFRESH_TOKEN + "\"}|has no accessToken",
            "{\"accessToken\": \"" + ACCESS_TOKEN + "\"}|has no expiresAt",
            "{\"accessToken\": \"" + ACCESS_TOKEN + "\", \"expiresAt\": \"soon " + ACCESS_TOKEN + "\"}|not a time"})
    void aBrokenFileIsAConfigurationProblemNamingTheFileNotItsContent(String content, String what)
            throws IOException {
        writeFile(content);

        GatewayException e = catchThrowableOfType(GatewayException.class, () -> cache().read(LOGIN));

        assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION);
        assertThat(e.getMessage()).contains(file().toString(), what)
                .doesNotContain(ACCESS_TOKEN, REFRESH_TOKEN, "not json at all", "soon");
        assertThat(String.valueOf(e.getCause())).doesNotContain(ACCESS_TOKEN, REFRESH_TOKEN);
    }

    @Test
    void aFileCaughtHalfWrittenByTheAwsCliIsReadAgainOnceItIsWhole() throws IOException {
        writeFile("{\"startUrl\": \"https://d-1234567890.awsapps.com/st");
        settle = () -> {
            try {
                writeFile(CLI_FILE);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };

        assertThat(cache().read(LOGIN)).contains(TOKEN);
    }

    @Test
    void aFolderThatIsAFileFailsTheWriteNamingThePath() throws IOException {
        Files.createDirectories(home.resolve(".aws/sso"));
        Files.writeString(home.resolve(".aws/sso/cache"), "not a folder");

        GatewayException e = catchThrowableOfType(GatewayException.class, () -> cache().write(LOGIN, TOKEN));

        assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION);
        assertThat(e.getMessage()).contains(file().toString()).doesNotContain(ACCESS_TOKEN, CLIENT_SECRET);
        assertThat(Files.readString(home.resolve(".aws/sso/cache"))).isEqualTo("not a folder");
    }

    @Test
    void aWriteThatFailsLeavesTheOldFileIntactAndNoTemporaryFile() throws IOException {
        writeFile(CLI_FILE);
        CliTokenCache failing = new CliTokenCache(home.resolve(".aws/sso/cache"), (written, target) -> {
            assertThat(written.getParent()).isEqualTo(target.getParent());
            throw new FileSystemException(target.toString(), null, "Input/output error");
        });

        GatewayException e = catchThrowableOfType(GatewayException.class, () -> failing.write(LOGIN,
                new SsoToken(START_URL, "us-east-1", "otherToken", Instant.parse("2027-01-01T00:00:00Z"), null, null,
                        null, null)));

        assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION);
        assertThat(e.getMessage()).contains(file().toString(), "Input/output error");
        assertThat(Files.readString(file())).isEqualTo(CLI_FILE);
        try (Stream<Path> files = Files.list(file().getParent())) {
            assertThat(files).containsExactly(file());
        }
    }

    @Test
    void deleteRemovesTheFile() throws IOException {
        writeFile(CLI_FILE);

        assertThat(cache().delete(LOGIN)).isTrue();

        assertThat(file()).doesNotExist();
        assertThat(cache().read(LOGIN)).isEmpty();
    }

    @Test
    void theProductionCacheIsTheAwsClisInTheHomeFolder() {
        // HOME first, as the AWS CLI and the SDK find the home folder (the build points it at target/test-home)
        String home = System.getenv("HOME") != null ? System.getenv("HOME") : System.getProperty("user.home");
        assertThat(CliTokenCache.inHome().folder())
                .isEqualTo(Path.of(home, ".aws", "sso", "cache").toAbsolutePath());
    }

    @Test
    void nothingSecretIsPrinted() {
        assertThat(TOKEN.toString()).doesNotContain(ACCESS_TOKEN, CLIENT_SECRET, REFRESH_TOKEN);
        assertThat(cache().toString()).doesNotContain(ACCESS_TOKEN);
    }
}
