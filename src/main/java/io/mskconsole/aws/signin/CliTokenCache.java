package io.mskconsole.aws.signin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.signin.SsoLogin;
import io.mskconsole.core.signin.SsoToken;
import io.mskconsole.core.signin.TokenCache;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import software.amazon.awssdk.utils.UserHomeDirectoryUtils;
import java.util.Optional;
import java.util.Set;

/**
 * The AWS CLI's SSO token cache ({@code ~/.aws/sso/cache}), shared with the AWS CLI and the AWS SDKs: one file
 * {@code <cache key>.json} per login, in the format of {@link CliTokenFile}. A file is replaced whole or not at all:
 * written to a temporary file in the same folder, then moved over the old one. On POSIX file systems the file is
 * readable by its owner only (0600) from the moment it exists, and the folders this class creates are 0700; folders
 * that exist are left as they are.
 */
public final class CliTokenCache implements TokenCache {
    static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> FOLDER_MODE = PosixFilePermissions.fromString("rwx------");

    /** Puts the written temporary file in the cache file's place. */
    @FunctionalInterface
    interface Replace {
        void replace(Path written, Path file) throws IOException;
    }

    /** How long a file that did not parse is given to be written whole by the AWS CLI before it is read again. */
    static final java.time.Duration SETTLE = java.time.Duration.ofMillis(100);

    private final Path folder;
    private final Replace replace;
    private final Runnable settle;

    /** @param folder the cache folder (the AWS CLI's: {@link #inHome()}) */
    public CliTokenCache(Path folder) {
        this(folder, CliTokenCache::moveOver, CliTokenCache::pauseToSettle);
    }

    CliTokenCache(Path folder, Replace replace) {
        this(folder, replace, CliTokenCache::pauseToSettle);
    }

    /** @param settle waits before a file that did not parse is read again (tests do something else) */
    CliTokenCache(Path folder, Replace replace, Runnable settle) {
        this.folder = Objects.requireNonNull(folder, "folder").toAbsolutePath();
        this.replace = Objects.requireNonNull(replace, "replace");
        this.settle = Objects.requireNonNull(settle, "settle");
    }

    private static void pauseToSettle() {
        try {
            Thread.sleep(SETTLE.toMillis());
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The AWS CLI's cache: {@code .aws/sso/cache} in the home folder as the SDK and the AWS CLI find it (HOME, then
     * on Windows USERPROFILE, then {@code user.home}).
     */
    public static CliTokenCache inHome() {
        return new CliTokenCache(Path.of(UserHomeDirectoryUtils.userHomeDirectory(), ".aws", "sso", "cache"));
    }

    public Path folder() {
        return folder;
    }

    /** The file of the login's token, whether or not it exists. */
    public Path file(SsoLogin login) {
        return folder.resolve(login.cacheKey() + ".json");
    }

    /**
     * The login's token. The AWS CLI writes this file in place (truncated, then written), so a file that does not
     * parse is read once more a moment later before it is called unusable: it may have been caught half-written.
     */
    @Override
    public Optional<SsoToken> read(SsoLogin login) {
        Path file = file(login);
        Optional<byte[]> content = bytes(file);
        if (content.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(CliTokenFile.parse(content.get(), file));
        } catch (GatewayException halfWritten) {
            settle.run();
            Optional<byte[]> again = bytes(file);
            return again.map(bytes -> CliTokenFile.parse(bytes, file));
        }
    }

    private Optional<byte[]> bytes(Path file) {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException none) {
            return Optional.empty();
        } catch (IOException e) {
            throw failed(file, "could not be read", e);
        }
    }

    /** Replaces the login's file whole, keeping the fields of the old one this class does not know. */
    @Override
    public void write(SsoLogin login, SsoToken token) {
        Path file = file(login);
        byte[] content = CliTokenFile.render(token, extras(file));
        boolean posix = isPosix();
        Path written = null;
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder, posix ? mode(FOLDER_MODE) : new FileAttribute<?>[0]);
            }
            written = Files.createTempFile(folder, "." + login.cacheKey() + "-", ".tmp",
                    posix ? mode(FILE_MODE) : new FileAttribute<?>[0]);
            try (FileChannel channel = FileChannel.open(written, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            replace.replace(written, file);
            written = null;
        } catch (IOException e) {
            throw failed(file, "could not be written", e);
        } finally {
            if (written != null) {
                deleteQuietly(written);
            }
        }
    }

    @Override
    public boolean delete(SsoLogin login) {
        Path file = file(login);
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw failed(file, "could not be deleted", e);
        }
    }

    @Override
    public String toString() {
        return "CliTokenCache[" + folder + "]";
    }

    private boolean isPosix() {
        return folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** The unknown fields of the file there is, to keep; none when there is no file or it is unreadable. */
    private static ObjectNode extras(Path file) {
        byte[] old;
        try {
            old = Files.readAllBytes(file);
        } catch (IOException | RuntimeException none) {
            old = new byte[0];
        }
        return CliTokenFile.extras(old);
    }

    static void moveOver(Path written, Path file) throws IOException {
        try {
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static FileAttribute<?>[] mode(Set<PosixFilePermission> permissions) {
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)};
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the write already failed and says so; a stray temporary file is harmless to the AWS CLI
        }
    }

    private GatewayException failed(Path file, String what, IOException e) {
        return new GatewayException(Failure.CONFIGURATION, null, "The SSO token cache file " + file + " " + what
                + " (" + reason(e) + "). Check that " + folder + " is a folder you may write to.", null, e);
    }

    /** Why, in words, naming paths but never content. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return "permission denied on " + denied.getFile();
        }
        if (e instanceof FileAlreadyExistsException inTheWay) {
            return "a file is in the way: " + inTheWay.getFile();
        }
        if (e instanceof NotDirectoryException || (e instanceof FileSystemException fs
                && "Not a directory".equalsIgnoreCase(fs.getReason()))) {
            return "not a folder: " + ((FileSystemException) e).getFile();
        }
        if (e instanceof NoSuchFileException missing) {
            return "missing: " + missing.getFile();
        }
        if (e instanceof FileSystemException fs) {
            return (fs.getReason() == null ? e.getClass().getSimpleName() : fs.getReason())
                    + (fs.getFile() == null ? "" : ": " + fs.getFile());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
