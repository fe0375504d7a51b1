#!/usr/bin/env bash
# Records the class lists the build turns into class-data-sharing archives, from the app image's own launchers:
# the classes loaded from launch until the main window has listed the Sandbox's clusters, and those of a headless
# command (msk-console-cli --sandbox clusters).
#   packaging/cds/app-classlist  every class (JDK, JavaFX, libraries, the app) and the lambda forms and proxies
#                                they link: the window launcher's archive (the headless launcher has its own,
#                                made by a training run: packaging/tools/AppCds.java)
#   packaging/cds/classlist      the runtime's classes only: the runtime's default archive, for java run on its own
# Run after `mvn -B package -DskipTests` and after changing dependencies or what the first window shows; needs a
# display or xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/../.."
image=target/image/msk-console
window=$(mktemp)
command=$(mktemp)
run=("$image/bin/msk-console" --smoke-test)
if [ -z "${DISPLAY:-}" ]; then run=(xvfb-run -a -s "-screen 0 1600x1000x24" "${run[@]}"); fi
home=$(mktemp -d)
export XDG_CONFIG_HOME="$home/config" XDG_STATE_HOME="$home/state"
JAVA_TOOL_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$window" "${run[@]}" >/dev/null 2>&1
JAVA_TOOL_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$command" "$image/bin/msk-console-cli" --sandbox clusters \
  >/dev/null 2>&1
# drop comments and dynamic proxies (generated at run time, never found at dump time); keep the first of repeats,
# in the order loaded, so a lambda's caller is listed before its @lambda-proxy line
cat "$window" "$command" | grep -v '^#' | grep -vE '\$Proxy[0-9]|^(com/sun|jdk)/proxy' | awk '!seen[$0]++' \
  > packaging/cds/app-classlist
grep -E '^(java|javax|jdk|sun|com/sun|javafx)/' packaging/cds/app-classlist | sort -u > packaging/cds/classlist
rm -rf "$window" "$command" "$home"
wc -l packaging/cds/app-classlist packaging/cds/classlist
