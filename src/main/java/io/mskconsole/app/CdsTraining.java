package io.mskconsole.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not for people: the training run that makes the app's class-data-sharing archive. Loads, without initialising
 * them, the classes named in a class list (the classes the first window and a headless command load, recorded by
 * packaging/cds/record-classlist.sh), so that {@code -XX:ArchiveClassesAtExit} archives them parsed and verified.
 * The build runs it for the app image, and the Linux package's install script again where the app is installed
 * (the archive holds only for the class path it was made with). Prints how many classes it loaded.
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        ClassLoader loader = CdsTraining.class.getClassLoader();
        int loaded = 0;
        int missing = 0;
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#") || name.startsWith("@")) {
                continue;
            }
            try {
                Class.forName(name.replace('/', '.'), false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError gone) {
                missing++;
            }
        }
        System.out.println("CdsTraining: " + loaded + " classes loaded, " + missing + " not found");
    }
}
