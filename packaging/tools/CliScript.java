import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * On Linux, puts a shell script in place of jpackage's native launcher for the headless commands
 * ({@code bin/msk-console-cli}): jpackage's Linux launcher asks {@code rpm -qf} and {@code dpkg -S} which package
 * owns it before it starts Java, on every start (68 ms here, more on a machine with many packages), which a
 * command run many times by a pipeline pays each time. The script runs the image's own java with exactly what the
 * launcher's .cfg says (its Java options, its class path in order, its main class), $APPDIR being the image's
 * lib/app found from where the script really is (through the /usr/bin link), so the class-data-sharing archive
 * holds as it does for the native launcher. Elsewhere (Windows, macOS: no such lookup) it does nothing.
 *
 * <p>Run by the build with the JDK's single-file launcher: {@code java packaging/tools/CliScript.java IMAGE}
 */
public final class CliScript {
    static final String LAUNCHER = "msk-console-cli";

    public static void main(String[] args) throws IOException {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) {
            System.out.println("CliScript: not Linux, the native launcher stays");
            return;
        }
        Path image = Path.of(args[0]);
        Path config = image.resolve("lib/app/" + LAUNCHER + ".cfg");
        List<String> options = new ArrayList<>();
        List<String> classPath = new ArrayList<>();
        String mainClass = null;
        for (String line : Files.readAllLines(config, StandardCharsets.UTF_8)) {
            String value = line.substring(line.indexOf('=') + 1);
            if (line.startsWith("java-options=")) {
                options.add(quoted(value));
            } else if (line.startsWith("app.classpath=")) {
                classPath.add(value);
            } else if (line.startsWith("app.mainclass=")) {
                mainClass = value;
            }
        }
        if (mainClass == null || classPath.isEmpty()) {
            throw new IllegalStateException("CliScript: no main class or class path in " + config);
        }
        String script = """
                #!/bin/sh
                # The headless commands (msk-console-cli clusters, logging check, trail, ...). A script in place of
                # jpackage's launcher, which asks rpm and dpkg which package owns it on every start; made from
                # lib/app/msk-console-cli.cfg by packaging/tools/CliScript.java: the same Java options, class path and
                # main class.
                self=$(readlink -f "$0") && root=$(cd "$(dirname "$self")/.." && pwd -P) || {
                  echo "msk-console-cli: cannot find where it is installed ($0)" >&2
                  exit 126
                }
                APPDIR="$root/lib/app"
                # A command of a few calls starts quicker on the quick compiler alone; one that reads much (trail's
                # files, S3 or Athena, logs, fleet) keeps the JVM's own, which is twice as quick at length.
                quick=
                skip=
                for arg in "$@"; do
                  if [ -n "$skip" ]; then skip=; continue; fi
                  case "$arg" in
                    --profile|--region|--account|--role) skip=1 ;;
                    -*) ;;
                    clusters|logging|cluster|loggers|login|logout|accounts) quick=1; break ;;
                    trail)
                      quick=1
                      for option in "$@"; do
                        case "$option" in --files|--files=*|--s3|--athena) quick= ;; esac
                      done
                      break ;;
                    *) break ;;
                  esac
                done
                exec "$root/lib/runtime/bin/java" ${quick:+-XX:TieredStopAtLevel=1} %s \\
                  -cp "%s" \\
                  %s "$@"
                """.formatted(String.join(" ", options), String.join(":", classPath), mainClass);
        Path launcher = image.resolve("bin/" + LAUNCHER);
        Files.writeString(launcher, script, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        System.out.println("CliScript: " + launcher + " runs " + mainClass + " with " + options.size() + " options");
    }

    /** A Java option for sh, $APPDIR left to expand: in double quotes, with what sh would take as its own escaped. */
    private static String quoted(String option) {
        return "\"" + option.replace("\\", "\\\\").replace("\"", "\\\"").replace("`", "\\`") + "\"";
    }

    private CliScript() {
    }
}
