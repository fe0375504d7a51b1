#!/usr/bin/env bash
# Records packaging/cds/classlist: the JDK and JavaFX classes the app loads from launch until its main window has
# listed the Sandbox's clusters. The build turns it into the runtime's class-data-sharing archive. Only classes of
# the runtime image are kept: they are found wherever the app is installed, while an archive of class-path classes
# (the app's own jars) would be refused after installation on Java 17 ("shared class paths mismatch").
# Run after `mvn -B package -DskipTests` and after changing dependencies; needs a display or xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/../.."
image=target/image/msk-console
raw=$(mktemp)
run=("$image/bin/msk-console" --smoke-test)
if [ -z "${DISPLAY:-}" ]; then run=(xvfb-run -a -s "-screen 0 1600x1000x24" "${run[@]}"); fi
JAVA_TOOL_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$raw" "${run[@]}" >/dev/null
# keep the runtime's own packages; drop lambda-proxy and other @ lines, which name class-path classes too
grep -E '^(java|javax|jdk|sun|com/sun|javafx)/' "$raw" | grep -v 'Proxy' | sed 's/ .*//' | sort -u > packaging/cds/classlist
rm -f "$raw"
wc -l packaging/cds/classlist
