#!/usr/bin/env bash
# Builds Leadbench with the Maven wrapper and packages it with jpackage (JDK 25).
#
#   installer/build.sh [app-image|deb] [extra jpackage options...]     (Linux; default app-image)
#   installer/build.sh [app-image|dmg] [extra jpackage options...]     (macOS; untested)
#
# app-image: target/installer/Leadbench/ (run bin/Leadbench), no installation needed.
# deb:       target/installer/leadbench_0.1.0_amd64.deb (needs dpkg-deb and fakeroot).
# The runtime's modules come from jdeps; installer/smoke.sh then runs the result (needs Xvfb
# or a display for the window; SKIP_SMOKE=1 skips it).
# Extra options go to jpackage last, e.g. `installer/build.sh deb --verbose`.
# The jpackage options live in installer/jpackage-*.args (see installer/README.md).
set -euo pipefail

JDK25_DEFAULT=/usr/lib/jvm/temurin-25-jdk-amd64
TYPE="${1:-app-image}"
[[ $# -gt 0 ]] && shift

usage() {
    sed -n '2,12s/^# \{0,1\}//p' "$0"
}

case "$(uname -s)" in
    Darwin) OS=macos; TYPES="app-image dmg"; ICON=installer/leadbench.icns ;;
    Linux) OS=linux; TYPES="app-image deb"; ICON=installer/leadbench.png ;;
    *) echo "build.sh: unsupported system $(uname -s); on Windows follow installer/README.md" >&2; exit 2 ;;
esac
case " $TYPES -h --help " in
    *" $TYPE "*) ;;
    *) echo "build.sh: unknown package type '$TYPE' (on this system: $TYPES)" >&2; usage >&2; exit 2 ;;
esac
if [[ $TYPE == -h || $TYPE == --help ]]; then
    usage
    exit 0
fi

# A JDK 25 with jpackage: $JAVA_HOME when it is one, otherwise the known install location.
is_jdk25() {
    [[ -n ${1:-} && -x $1/bin/jpackage && -f $1/release ]] && grep -q '^JAVA_VERSION="25[."]' "$1/release"
}
if ! is_jdk25 "${JAVA_HOME:-}"; then
    candidate=$JDK25_DEFAULT
    if [[ $OS == macos ]]; then
        candidate=$(/usr/libexec/java_home -v 25 2>/dev/null || true)
    fi
    if ! is_jdk25 "$candidate"; then
        echo "build.sh: needs a JDK 25 with jpackage; JAVA_HOME='${JAVA_HOME:-}' is not one and neither is '$candidate'." >&2
        echo "          Install Temurin 25 or export JAVA_HOME=/path/to/jdk-25." >&2
        exit 1
    fi
    export JAVA_HOME=$candidate
fi
JPACKAGE=$JAVA_HOME/bin/jpackage

# Everything below runs from the repository root: the .args files use paths relative to it.
cd "$(dirname "$0")/.."

if [[ $TYPE == deb ]]; then
    for tool in dpkg-deb fakeroot; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "build.sh: a .deb needs $tool (apt-get install -y dpkg fakeroot)" >&2
            exit 1
        fi
    done
fi

SECONDS=0
echo "==> Maven package (JAVA_HOME=$JAVA_HOME)"
./mvnw -q -B package -DskipTests
if [[ ! -f target/leadbench.jar ]] || ! compgen -G 'target/lib/*.jar' >/dev/null; then
    echo "build.sh: the Maven build did not leave target/leadbench.jar and target/lib/*.jar" >&2
    exit 1
fi
maven_seconds=$SECONDS

# jpackage copies all of --input into the app: stage only the jar and its libraries.
STAGE=target/jpackage-input
rm -rf "$STAGE"
mkdir -p "$STAGE/lib" target/installer
cp target/leadbench.jar "$STAGE/"
cp target/lib/*.jar "$STAGE/lib/"

# The runtime's modules: what jdeps finds in leadbench.jar and in every class of every library,
# plus the extra modules jpackage-common.args names (looked up by name, invisible to jdeps).
# A library jar given to jdeps whole is read as a named module when it has a module-info (JavaFX,
# jOOQ, ControlsFX), and jdeps then stops at the modules it requires; reached through
# --class-path only the classes the app calls are read, which misses what JavaFX loads by name.
# So the libraries' classes are unpacked without module-info and given to jdeps as folders.
echo "==> jdeps: the modules the runtime needs"
SECONDS=0
CLASSES=target/jdeps-classes
rm -rf "$CLASSES"
roots=(target/leadbench.jar)
for jar in target/lib/*.jar; do
    dir=$CLASSES/$(basename "$jar" .jar)
    mkdir -p "$dir"
    if command -v unzip >/dev/null 2>&1; then
        # Status 11: nothing matched (JavaFX's empty platform-neutral jars).
        unzip -q -o "$jar" '*.class' -x '*module-info.class' -d "$dir" >/dev/null 2>&1 || [[ $? == 11 ]] \
            || { echo "build.sh: cannot unpack $jar" >&2; exit 1; }
    else
        (cd "$dir" && "$JAVA_HOME/bin/jar" xf "$OLDPWD/$jar")
        find "$dir" -type f \( -name module-info.class -o ! -name '*.class' \) -delete
    fi
    if [[ -n $(find "$dir" -name '*.class' -print -quit) ]]; then
        roots+=("$dir")
    fi
done
if ! MODULES=$("$JAVA_HOME/bin/jdeps" --multi-release 25 --ignore-missing-deps --print-module-deps "${roots[@]}" 2>"$CLASSES.err"); then
    echo "build.sh: jdeps failed:" >&2
    cat "$CLASSES.err" >&2
    exit 1
fi
if [[ ! $MODULES =~ ^java\.base(,[a-z][a-z0-9.]*)*$ ]]; then
    echo "build.sh: jdeps printed no module list but: $MODULES" >&2
    cat "$CLASSES.err" >&2
    exit 1
fi
jdeps_seconds=$SECONDS
echo "    $MODULES (+ the extra modules in installer/jpackage-common.args)"

# jpackage will not overwrite an earlier result.
args=(@installer/jpackage-common.args --add-modules "$MODULES")
case "$TYPE" in
    app-image)
        rm -rf target/installer/Leadbench target/installer/Leadbench.app
        # The --linux-*/--mac-* installer options are refused with app-image: name the icon here.
        args+=(--type app-image --icon "$ICON")
        ;;
    deb)
        rm -f target/installer/leadbench_*.deb
        args+=(@installer/jpackage-linux.args)
        ;;
    dmg)
        rm -f target/installer/Leadbench-*.dmg
        args+=(@installer/jpackage-macos.args)
        ;;
esac
if [[ ! -f $ICON ]]; then
    echo "build.sh: $ICON is missing (see installer/README.md)" >&2
    exit 1
fi

echo "==> jpackage --type $TYPE"
SECONDS=0
# ${1+"$@"}: macOS bash 3.2 calls an empty "$@" unbound under set -u.
"$JPACKAGE" "${args[@]}" ${1+"$@"}
jpackage_seconds=$SECONDS

# Check the result: the runtime holds every module jdeps found, and the launcher passes the smoke
# check (installer/smoke.sh: --version, a demo database, a score, the window on Xvfb).
# SKIP_SMOKE=1 skips the smoke check; it does not run on macOS (untested there).
case "$OS-$TYPE" in
    linux-app-image) APPDIR=target/installer/Leadbench ;;
    linux-deb)
        # The .deb's own files, unpacked: the launcher finds its runtime next to itself.
        APPDIR=target/installer/deb-contents/opt/leadbench
        rm -rf target/installer/deb-contents
        dpkg-deb -x target/installer/leadbench_*.deb target/installer/deb-contents
        ;;
    *) APPDIR= ;;
esac
smoke_seconds=0
if [[ -n $APPDIR ]]; then
    runtime_modules=" $(sed -n 's/^MODULES="\(.*\)"$/\1/p' "$APPDIR/lib/runtime/release") "
    for module in ${MODULES//,/ }; do
        if [[ $runtime_modules != *" $module "* ]]; then
            echo "build.sh: the runtime in $APPDIR lacks $module, which jdeps found" >&2
            exit 1
        fi
    done
    if [[ ${SKIP_SMOKE:-} == 1 ]]; then
        echo "==> Smoke check skipped (SKIP_SMOKE=1)"
    else
        echo "==> Smoke check: installer/smoke.sh $APPDIR/bin/Leadbench"
        SECONDS=0
        installer/smoke.sh "$APPDIR/bin/Leadbench"
        smoke_seconds=$SECONDS
    fi
fi

echo "==> Done: Maven ${maven_seconds}s, jdeps ${jdeps_seconds}s, jpackage ${jpackage_seconds}s, smoke ${smoke_seconds}s"
case "$TYPE" in
    app-image) du -sh target/installer/Leadbench* | sed 's/^/    /' ;;
    *) du -h target/installer/*."$TYPE" | sed "s/^/    /" ;;
esac
