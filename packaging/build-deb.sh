#!/usr/bin/env bash
# Builds hallkiosk_VERSION_ARCH.deb for the machine it runs on (amd64 on a PC, arm64 on a Raspberry Pi 4/5):
#   1. a trimmed Java runtime with jlink (the JDK modules jdeps finds the app using, plus the ones it loads by name),
#   2. the app and that runtime made into an app image by jpackage (launcher /opt/hallkiosk/bin/hallkiosk with
#      its JVM options),
#   3. the package around it: the systemd unit and cage session, udev rules, PAM, logind, /etc/hallkiosk
#      conffiles, /usr/bin/kioskctl, maintainer scripts, and Depends computed from the native libraries.
# Usage: packaging/build-deb.sh KIOSK_APP_TARGET MAVEN_VERSION     (normally run by ./mvnw -Ppackage package)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target="$(cd "${1:?kiosk-app target directory}" && pwd)"
maven_version="${2:?version}"

fail() { printf 'build-deb: %s\n' "$1" >&2; [ -n "${2:-}" ] && printf '  fix: %s\n' "$2" >&2; exit 1; }

jdk="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac || command -v java)")")")}"
for tool in jlink jpackage jdeps java; do
    [ -x "$jdk/bin/$tool" ] || fail "$jdk/bin/$tool not found (a full JDK 17+ is needed)" "sudo apt-get install openjdk-17-jdk, or set JAVA_HOME"
done
[ -d "$jdk/jmods" ] || "$jdk/bin/jlink" --help 2>&1 | grep -q -- '--generate-linkable' \
    || fail "$jdk has no jmods/ for jlink" "sudo apt-get install openjdk-17-jdk (the Debian JDK ships jmods)"
for tool in dpkg dpkg-deb fakeroot; do
    command -v "$tool" >/dev/null || fail "$tool is missing (jpackage builds .deb files with it)" "sudo apt-get install dpkg-dev fakeroot"
done

arch="$(dpkg --print-architecture)"
# 0.1.0-SNAPSHOT -> 0.1.0~SNAPSHOT: '~' sorts before the release, so 0.1.0 later upgrades it.
deb_version="${maven_version//-/\~}"
app_version="$(printf '%s' "$maven_version" | sed -E 's/^([0-9]+(\.[0-9]+){0,2}).*/\1/')"
work="$target/deb"
rm -rf "$work"
mkdir -p "$work/input"

# --- the app: kiosk-app.jar and its libraries; JavaFX's natives beside them ---------------------------------
cp "$target/kiosk-app.jar" "$work/input/"
cp -r "$target/lib" "$work/input/lib"
# Maven picked JavaFX's classifier from os.arch (linux = x86-64, linux-aarch64 = arm64); it must be this machine's.
case "$arch" in
    amd64) fx_suffix="-linux.jar" ;;
    arm64) fx_suffix="-linux-aarch64.jar" ;;
    *) fail "no JavaFX build for $arch (OpenJFX ships linux x86-64 and aarch64)" ;;
esac
fx_graphics="$(ls "$work/input/lib"/javafx-graphics-*"$fx_suffix" 2>/dev/null | head -1)"
[ -n "$fx_graphics" ] || fail "no javafx-graphics *$fx_suffix in $target/lib: the build ran on another architecture" \
    "build on a $arch machine: ./mvnw -B -Ppackage package"
# JavaFX loads its natives from the folder of its jar when they are there, and only otherwise unpacks them into
# ~/.openjfx/cache: with them beside the jar the kiosk needs no writable cache for them.
(cd "$work/input/lib" && unzip -qo "$fx_graphics" '*.so')

# --- the runtime: jdeps over every class, plus modules loaded by name --------------------------------------
echo "build-deb: finding the JDK modules the app uses (jdeps)..." >&2
mkdir -p "$work/classes"
for jar in "$work/input/kiosk-app.jar" "$work/input/lib"/*.jar; do
    # Modular jars would make jdeps resolve their module graph; their classes alone say what they use.
    unzip -qo "$jar" '*.class' -x 'module-info.class' 'META-INF/*' -d "$work/classes" 2>/dev/null || true
done
found="$("$jdk/bin/jdeps" --ignore-missing-deps -q --print-module-deps "$work/classes")"
rm -rf "$work/classes"
# Loaded by name, so jdeps cannot see them: GB18030 for the printers, Chinese locale data, the zip file system
# for the bundled catalogue, elliptic-curve TLS for HTTPS case sources and the hall server.
wanted="$found,jdk.charsets,jdk.localedata,jdk.zipfs,jdk.crypto.ec"
available="$("$jdk/bin/java" --list-modules | sed 's/@.*//')"
modules="$(printf '%s' "$wanted" | tr ',' '\n' | sort -u | while read -r m; do
    if printf '%s\n' "$available" | grep -qx "$m"; then printf '%s,' "$m"; fi; done)"
modules="${modules%,}"
echo "build-deb: modules: $modules" >&2
jdk_major="$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
compress="--compress=2"
[ "${jdk_major%%.*}" -ge 21 ] && compress="--compress=zip-6"
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages "$compress" \
    --include-locales=en,zh --generate-cds-archive --output "$work/runtime"
# The archive for uncompressed object pointers serves heaps over 32 GB only; the kiosk's is 160 MB.
rm -f "$work/runtime/lib/server/classes_nocoops.jsa"
echo "build-deb: runtime $(du -sh "$work/runtime" | cut -f1) after ${SECONDS}s" >&2

# --- jpackage: the app image and its .deb ------------------------------------------------------------------
# Heap and JIT caps keep the kiosk within 300 MB resident on a Pi-class board (docs/performance.md, memory of the
# packaged kiosk): C1 alone spares C2's compiler arenas (376 -> 319 MB at the walkthrough's peak), the serial
# collector has the smallest footprint, and 160 MB of heap leaves room over the kiosk's 50-60 MB live set.
java_options=(
    -Xms48m -Xmx160m -Xss512k
    -XX:+UseSerialGC -XX:TieredStopAtLevel=1
    -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m
    -XX:+ExitOnOutOfMemoryError
    -Dfile.encoding=UTF-8
    "-Djavafx.cachedir=/var/cache/hallkiosk/openjfx"
)
echo "build-deb: jpackage..." >&2
# jpackage makes the app image (launcher, app, runtime); the .deb is assembled here rather than by
# 'jpackage --type deb', which packs the same files with no way to add the /etc, /usr/lib and udev parts
# or conffiles: unpacking and repacking its archive cost more time than building the package directly.
"$jdk/bin/jpackage" --type app-image --dest "$work/image" \
    --name hallkiosk --app-version "$app_version" \
    --description "HallKiosk government service hall self-service kiosk" --vendor "HallKiosk" --copyright "HallKiosk" \
    --input "$work/input" --main-jar kiosk-app.jar --main-class org.hallkiosk.kiosk.cli.KioskCtl \
    --runtime-image "$work/runtime" \
    $(printf -- '--java-options %s ' "${java_options[@]}")
echo "build-deb: app image done after ${SECONDS}s" >&2

# --- the package tree --------------------------------------------------------------------------------------
root="$work/root"
mkdir -p "$root/DEBIAN" "$root/opt"
mv "$work/image/hallkiosk" "$root/opt/hallkiosk"
d="$here/deb"
install -D -m 0644 "$d/hallkiosk.service"      "$root/usr/lib/systemd/system/hallkiosk.service"
install -D -m 0755 "$d/hallkiosk-session"      "$root/usr/lib/hallkiosk/hallkiosk-session"
install -D -m 0755 "$d/kioskctl"               "$root/usr/bin/kioskctl"
install -D -m 0755 "$d/hallkiosk-udev-rules"   "$root/usr/sbin/hallkiosk-udev-rules"
install -D -m 0644 "$d/70-hallkiosk.rules"     "$root/usr/lib/udev/rules.d/70-hallkiosk.rules"
install -D -m 0644 "$d/hallkiosk.pam"          "$root/etc/pam.d/hallkiosk"
install -D -m 0644 "$d/logind-hallkiosk.conf"  "$root/usr/lib/systemd/logind.conf.d/hallkiosk.conf"
install -D -m 0644 "$d/kiosk.yaml"             "$root/etc/hallkiosk/kiosk.yaml"
install -D -m 0644 "$d/usb-devices.conf"       "$root/etc/hallkiosk/usb-devices.conf"
install -D -m 0644 "$here/../docs/deploy.md"   "$root/usr/share/doc/hallkiosk/deploy.md"
for script in postinst prerm postrm; do
    install -m 0755 "$d/$script" "$root/DEBIAN/$script"
done
printf '%s\n' /etc/hallkiosk/kiosk.yaml /etc/hallkiosk/usb-devices.conf /etc/pam.d/hallkiosk > "$root/DEBIAN/conffiles"

# The packages whose libraries the runtime and JavaFX's natives link to, found as jpackage does: ldd, then dpkg -S
# (once, for all of them); libraries the image carries itself are not dependencies.
own_libs="$(find "$root/opt/hallkiosk" -name '*.so' -type f -printf '%f\n' | sort -u)"
linked="$(find "$root/opt/hallkiosk" -name '*.so' -type f -print0 | xargs -0 -r ldd 2>/dev/null \
    | awk '$2 == "=>" && $3 ~ /^\// {print $3}' | sort -u | while read -r lib; do
        name="$(basename "$lib")"
        printf '%s\n' "$own_libs" | grep -qxF "$name" || printf '*/%s\n' "$name"
    done)"
lib_depends=""
if [ -n "$linked" ]; then
    # shellcheck disable=SC2086
    lib_depends="$(printf '%s\n' "$linked" | xargs -d '\n' dpkg -S 2>/dev/null | sed 's/:.*//; s/, /\n/g' \
        | sort -u | paste -sd, - | sed 's/,/, /g')"
fi
echo "build-deb: dependencies found after ${SECONDS}s" >&2

control="$root/DEBIAN/control"
system_depends="cage, xwayland, fontconfig, fonts-wqy-microhei, libgtk-3-0, libgl1, libegl1, passwd, util-linux, libpam-systemd"
depends="$(printf '%s, %s' "$lib_depends" "$system_depends" | tr ',' '\n' | sed 's/^ *//; /^$/d' | awk '!seen[$0]++' \
    | paste -sd, - | sed 's/,/, /g')"
installed_kb="$(du -sk --exclude=DEBIAN "$root" | cut -f1)"
{
    echo "Package: hallkiosk"
    echo "Version: $deb_version"
    echo "Section: misc"
    echo "Priority: optional"
    echo "Architecture: $arch"
    echo "Maintainer: HallKiosk <kiosk@example.org>"
    echo "Installed-Size: $installed_kb"
    echo "Depends: $depends"
    echo "Recommends: systemd-timesyncd, udev, usbutils"
    echo "Description: HallKiosk government service hall self-service kiosk"
    echo " 政务大厅自助服务终端: service guides, queue tickets and case progress, with the hall's ID card"
    echo " reader, thermal printer, code scanner and GPIO. Turns a PC or Raspberry Pi into a locked-down"
    echo " kiosk: a cage session on tty1 under systemd (watchdog, restart), udev names for the devices."
} > "$control"
out="$target/hallkiosk_${deb_version}_${arch}.deb"
# xz by default (the smallest download); HALLKIOSK_DEB_COMPRESSION=gzip packs in a fraction of the time (CI).
fakeroot dpkg-deb -Z"${HALLKIOSK_DEB_COMPRESSION:-xz}" --build "$root" "$out" >/dev/null
echo "build-deb: packed after ${SECONDS}s" >&2
rm -rf "$root"
echo "build-deb: $out ($(du -h "$out" | cut -f1), installed $((installed_kb / 1024)) MB)"
