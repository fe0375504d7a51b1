import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites every jar of a folder with its entries stored, not deflated: the installers then compress all the
 * app's classes together, which makes the .deb about 22 MB smaller than packing jars that are already compressed
 * one entry at a time, and classes load without being inflated. The entries, their order and their times are
 * kept. Run by the build with the JDK's single-file launcher: java packaging/tools/StoreJars.java FOLDER
 */
public final class StoreJars {
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        long before = 0;
        long after = 0;
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, "*.jar")) {
            for (Path jar : jars) {
                before += Files.size(jar);
                store(jar);
                after += Files.size(jar);
            }
        }
        System.out.printf("StoreJars: %s: %.1f MB of jars stored as %.1f MB%n", folder, before / 1e6, after / 1e6);
    }

    private static void store(Path jar) throws IOException {
        Path temporary = Files.createTempFile(jar.getParent(), jar.getFileName().toString(), ".tmp");
        try (ZipFile in = new ZipFile(jar.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(temporary))) {
            out.setMethod(ZipOutputStream.STORED);
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] content;
                try (InputStream data = in.getInputStream(entry)) {
                    content = data.readAllBytes();
                }
                ZipEntry stored = new ZipEntry(entry.getName());
                stored.setMethod(ZipEntry.STORED);
                stored.setTime(entry.getTime());
                stored.setSize(content.length);
                stored.setCompressedSize(content.length);
                CRC32 crc = new CRC32();
                crc.update(content);
                stored.setCrc(crc.getValue());
                if (entry.getExtra() != null) {
                    stored.setExtra(entry.getExtra());
                }
                out.putNextEntry(stored);
                out.write(content);
                out.closeEntry();
            }
        }
        // a temporary file is readable by its owner alone: keep the jar's own permissions, or an app installed for
        // all users by root could not read its jars
        if (Files.getFileStore(jar).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(jar));
        }
        Files.move(temporary, jar, StandardCopyOption.REPLACE_EXISTING);
    }

    private StoreJars() {
    }
}
