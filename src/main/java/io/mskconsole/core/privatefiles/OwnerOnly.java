package io.mskconsole.core.privatefiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders and files only their owner may read, where the file system has POSIX permissions (0700 and 0600):
 * the caches hold an organization's audit records. Elsewhere (Windows) they inherit the folder's access, the user's
 * own local application data.
 */
public final class OwnerOnly {
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    public static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /**
     * Makes the folder and those above it that are missing, and makes it the owner's only: a folder the owner made
     * read-only stays read-only (writing into it then fails, and says so).
     */
    public static void folder(Path folder) throws IOException {
        if (!posix(folder)) {
            Files.createDirectories(folder);
            return;
        }
        Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
        Set<PosixFilePermission> now = Files.getPosixFilePermissions(folder);
        Set<PosixFilePermission> ownersOnly = java.util.EnumSet.noneOf(PosixFilePermission.class);
        now.stream().filter(FOLDER::contains).forEach(ownersOnly::add);
        if (!ownersOnly.equals(now)) { // others' access taken away; what the owner took from themselves stays so
            Files.setPosixFilePermissions(folder, ownersOnly);
        }
    }

    /** A new empty file in the folder, the owner's only, named {@code prefix…suffix}. */
    public static Path newFile(Path folder, String prefix, String suffix) throws IOException {
        FileAttribute<?>[] mode = posix(folder) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
        return Files.createTempFile(folder, prefix, suffix, mode);
    }

    /** SHA-256 of the text, in hex: a folder or file named after a key (an account's, an object's) without saying it. */
    public static String hashed(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
