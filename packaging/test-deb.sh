#!/usr/bin/env bash
# The kiosk package, installed for real: builds hallkiosk_VERSION_ARCH.deb (unless one is given), installs it into a
# throwaway Debian 12 root (debootstrap, then dpkg --root, which runs the maintainer scripts chrooted there) and
# checks the files, the account, the unit, the udev rules, the installed kioskctl, a rollback to an older version
# that keeps the edited conffile and the data, and removal and purge.
#   sudo packaging/test-deb.sh [DEB]
#   sudo packaging/test-deb.sh --prepare-root    only make the cached Debian root (CI starts this beside the build)
# Needs root (chroot, mounts). Installs what it lacks with apt-get: debootstrap, fakeroot, unzip.
# The root is cached as a tar in $HALLKIOSK_TEST_CACHE (default /var/cache/hallkiosk-build) for the next run.
set -euo pipefail
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
[ "$(id -u)" = 0 ] || { echo "test-deb: run as root (it chroots into the test root)" >&2; exit 1; }

need=()
for pkg in debootstrap fakeroot unzip; do dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg"); done
if [ ${#need[@]} -gt 0 ]; then
    echo "test-deb: installing ${need[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

arch="$(dpkg --print-architecture)"
cache="${HALLKIOSK_TEST_CACHE:-/var/cache/hallkiosk-build}/bookworm-$arch.tar"

# Deletes a directory only when nothing is mounted below it any more (a root may have /proc and /sys bound in).
remove_tree() {
    local dir="$1" m
    for m in $(findmnt -rn -o TARGET | grep "^$dir/" | sort -r); do umount -l "$m" || true; done
    if findmnt -rn -o TARGET | grep -q "^$dir/"; then
        echo "test-deb: $dir still has mounts; left in place" >&2
    else
        rm -rf "$dir"
    fi
}

# The root, made once with debootstrap and kept as a tar; it takes minutes, mostly downloading.
prepare_root() {
    [ -f "$cache" ] && return 0
    local tmp
    tmp="$(mktemp -d /tmp/hallkiosk-debootstrap.XXXXXX)"
    echo "test-deb: debootstrap of a minimal Debian 12 with systemd and udev (once; cached in $cache)"
    if ! debootstrap --variant=minbase --include=systemd,udev bookworm "$tmp/root" http://deb.debian.org/debian >"$tmp/log" 2>&1; then
        tail -20 "$tmp/log" >&2
        remove_tree "$tmp"
        return 1
    fi
    mkdir -p "$(dirname "$cache")"
    tar -C "$tmp/root" -cf "$cache.part.$$" . && mv "$cache.part.$$" "$cache"
    remove_tree "$tmp"
}
if [ "${1:-}" = "--prepare-root" ]; then
    prepare_root
    exit
fi

deb="${1:-}"
if [ -z "$deb" ]; then
    echo "test-deb: building the package (./mvnw -Ppackage package, tests skipped: they ran before)"
    rm -f kiosk-app/target/hallkiosk_*.deb
    HALLKIOSK_DEB_COMPRESSION=gzip ./mvnw -B -q -Ppackage package -DskipTests
    deb="$(ls kiosk-app/target/hallkiosk_*_"$arch".deb)"
fi
deb="$(readlink -f "$deb")"

prepare_root
work="$(mktemp -d /tmp/hallkiosk-test-deb.XXXXXX)"
root="$work/root"
mkdir -p "$root"
cleanup() {
    remove_tree "$work"
}
trap cleanup EXIT
tar -C "$root" -xf "$cache"
mount -t proc proc "$root/proc"
mount --bind /sys "$root/sys"

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "  ok    $1"; }
fail() { failed=$((failed + 1)); echo "  FAIL  $1"; [ -n "${2:-}" ] && printf '%s\n' "$2" | sed 's/^/        | /' | head -25; }
# check NAME COMMAND...: passes when the command exits 0
check() { local name="$1"; shift; local out; if out="$("$@" 2>&1)"; then pass "$name"; else fail "$name" "$out"; fi; }
# contains NAME TEXT NEEDLE...: passes when TEXT holds every NEEDLE
contains() {
    local name="$1" text="$2" missing=""; shift 2
    for needle in "$@"; do grep -qF -- "$needle" <<<"$text" || missing="$missing '$needle'"; done
    if [ -z "$missing" ]; then pass "$name"; else fail "$name" "missing:$missing"$'\n'"$text"; fi
}
in_root() { chroot "$root" "$@"; }

version="$(dpkg-deb -f "$deb" Version)"
maven_version="${version//\~/-}"
echo "test-deb: $(basename "$deb")"

echo "package"
contains "named hallkiosk_VERSION_ARCH.deb" "$(basename "$deb")" "hallkiosk_${version}_${arch}.deb"
contains "architecture is this machine's" "$(dpkg-deb -f "$deb" Architecture)" "$arch"
contains "depends on the kiosk session and the libraries JavaFX links to" "$(dpkg-deb -f "$deb" Depends)" \
    "cage" "xwayland" "fonts-wqy-microhei" "libgtk-3-0" "libfreetype6" "libpam-systemd"
contains "conffiles" "$(dpkg-deb -I "$deb" conffiles)" /etc/hallkiosk/kiosk.yaml /etc/hallkiosk/usb-devices.conf /etc/pam.d/hallkiosk

echo "install"
check "dpkg --root installs it (the kiosk session's packages are not in this root: --force-depends)" \
    dpkg --root="$root" --force-depends -i "$deb"
contains "installed version" "$(dpkg-query --admindir="$root/var/lib/dpkg" -W -f='${Version} ${Status}' hallkiosk)" "$version install ok installed"
missing=""
for f in /opt/hallkiosk/bin/hallkiosk /opt/hallkiosk/lib/app/kiosk-app.jar /opt/hallkiosk/lib/app/hallkiosk.cfg \
         /opt/hallkiosk/lib/runtime/lib/modules /opt/hallkiosk/lib/app/lib/libprism_es2.so /opt/hallkiosk/lib/app/lib/libglassgtk3.so \
         /usr/bin/kioskctl /usr/sbin/hallkiosk-udev-rules /usr/lib/hallkiosk/hallkiosk-session \
         /usr/lib/systemd/system/hallkiosk.service /usr/lib/udev/rules.d/70-hallkiosk.rules /etc/udev/rules.d/71-hallkiosk-devices.rules \
         /usr/lib/systemd/logind.conf.d/hallkiosk.conf /etc/pam.d/hallkiosk /etc/hallkiosk/kiosk.yaml /etc/hallkiosk/usb-devices.conf \
         /usr/share/doc/hallkiosk/deploy.md; do
    [ -e "$root$f" ] || missing="$missing $f"
done
if [ -z "$missing" ]; then pass "files in place (app, runtime, JavaFX natives beside their jar, unit, rules, conffiles)"; else fail "files in place" "missing:$missing"; fi
contains "launcher caps the heap and JIT" "$(cat "$root/opt/hallkiosk/lib/app/hallkiosk.cfg")" "-Xmx160m" "-XX:TieredStopAtLevel=1" "-XX:ReservedCodeCacheSize=64m" "-XX:+UseSerialGC"
modules="$(in_root /opt/hallkiosk/lib/runtime/bin/java --list-modules | sed 's/@.*//')"
contains "trimmed runtime has the modules loaded by name" "$modules" jdk.charsets jdk.localedata jdk.zipfs java.sql java.net.http
if grep -qx jdk.compiler <<<"$modules"; then fail "trimmed runtime leaves out what the app does not use" "jdk.compiler is in it"; else pass "trimmed runtime leaves out what the app does not use (no jdk.compiler)"; fi

echo "account"
contains "system user hallkiosk, home = data directory, no login shell" "$(in_root getent passwd hallkiosk)" ":/var/lib/hallkiosk:/usr/sbin/nologin"
contains "in dialout, lp and gpio (gpio created where missing)" " $(in_root id -nG hallkiosk) " " dialout " " lp " " gpio "
contains "data directory owner-only" "$(in_root stat -c '%U %a' /var/lib/hallkiosk)" "hallkiosk 700"
contains "kiosk.yaml readable by the kiosk's group only" "$(in_root stat -c '%U:%G %a' /etc/hallkiosk/kiosk.yaml)" "root:hallkiosk 640"

echo "unit"
check "enabled for the next boot" test -L "$root/etc/systemd/system/multi-user.target.wants/hallkiosk.service"
verify="$(in_root systemd-analyze verify hallkiosk.service 2>&1)" && rc=0 || rc=$?
if [ "$rc" = 0 ] && ! grep -q "hallkiosk" <<<"$verify"; then pass "systemd-analyze verify"; else fail "systemd-analyze verify" "$verify"; fi
security="$(in_root systemd-analyze security --offline=true hallkiosk.service 2>&1 | tail -1)"
exposure="$(sed -n 's/.*Overall exposure level for hallkiosk.service: \([0-9.]*\).*/\1/p' <<<"$security")"
if [ -n "$exposure" ] && awk -v e="$exposure" 'BEGIN { exit !(e <= 5.0) }'; then
    pass "systemd-analyze security: exposure $exposure (at most 5.0)"
else
    fail "systemd-analyze security: exposure at most 5.0" "$security"
fi
contains "watchdog, restart, notify from the JVM, journald" "$(cat "$root/usr/lib/systemd/system/hallkiosk.service")" \
    "Type=notify" "NotifyAccess=all" "WatchdogSec=" "Restart=always" "StandardOutput=journal" "Conflicts=getty@tty1.service" "PAMName=hallkiosk"
contains "cage session without VT switching" "$(cat "$root/usr/lib/hallkiosk/hallkiosk-session")" "exec cage -d -- /opt/hallkiosk/bin/hallkiosk run"
contains "no login prompts on other consoles" "$(cat "$root/usr/lib/systemd/logind.conf.d/hallkiosk.conf")" "NAutoVTs=0"

echo "udev"
printf 'printer   0fe6:811e\nidcard    1A86:7523  A50285BI   # the reader\n' > "$root/etc/hallkiosk/usb-devices.conf"
out="$(in_root hallkiosk-udev-rules 2>&1)" || fail "hallkiosk-udev-rules" "$out"
rules="$(cat "$root/etc/udev/rules.d/71-hallkiosk-devices.rules")"
contains "device list -> stable names" "$rules" \
    'SUBSYSTEM=="tty", ATTRS{idVendor}=="0fe6", ATTRS{idProduct}=="811e", SYMLINK+="hallkiosk/printer"' \
    'SUBSYSTEM=="usbmisc", KERNEL=="lp[0-9]*", ATTRS{idVendor}=="0fe6"' \
    'ATTRS{idVendor}=="1a86", ATTRS{idProduct}=="7523", ATTRS{serial}=="A50285BI", SYMLINK+="hallkiosk/idcard"'
printf 'printer 0fe6-811e\n' > "$root/tmp/bad.conf"
bad="$(in_root hallkiosk-udev-rules --no-reload /tmp/bad.conf /tmp/bad.rules 2>&1)" && rc=0 || rc=$?
if [ "$rc" != 0 ] && grep -qF "/tmp/bad.conf:1:" <<<"$bad" && [ ! -e "$root/tmp/bad.rules" ]; then
    pass "a bad line is refused with file:line and writes nothing"
else
    fail "a bad line is refused with file:line and writes nothing" "$bad"
fi
device="$(ls -d /sys/class/tty/* 2>/dev/null | head -1)"
if [ -n "$device" ] && in_root udevadm --version >/dev/null 2>&1; then
    printf 'SUBSYSTEM=="tty", ATTRS{idVendor}="x"\n' > "$root/etc/udev/rules.d/72-broken.rules"
    probe="$(in_root udevadm test --action=add "$device" 2>&1 || true)"
    rm -f "$root/etc/udev/rules.d/72-broken.rules"
    if grep -q "72-broken.rules:1" <<<"$probe"; then
        test_out="$(in_root udevadm test --action=add "$device" 2>&1 || true)"
        ours="$(grep -E '^(/usr/lib|/etc)/udev/rules.d/7[01]-hallkiosk' <<<"$test_out" || true)"
        if grep -q "Reading rules file: /etc/udev/rules.d/71-hallkiosk-devices.rules" <<<"$test_out" && [ -z "$ours" ]; then
            pass "udevadm test reads the rules without a complaint (and does complain about a broken one)"
        else
            fail "udevadm test reads the rules without a complaint" "$ours"
        fi
    else
        fail "udevadm test reports rule errors here (negative control)" "$probe"
    fi
else
    echo "  skip  udevadm test (no /sys/class/tty device or no udevadm in the root)"
fi

echo "kioskctl"
contains "kioskctl --version" "$(in_root kioskctl --version 2>&1)" "HallKiosk $maven_version"
show="$(in_root kioskctl config show 2>&1)"
contains "kioskctl config show" "$show" "source: /etc/hallkiosk/kiosk.yaml" "data directory: /var/lib/hallkiosk" "timeZone: Asia/Shanghai  # default"
if grep -q "WARNING" <<<"$show"; then fail "config show has no warning about who may read kiosk.yaml" "$show"; else pass "config show has no warning about who may read kiosk.yaml"; fi
printf '246810\n' | in_root kioskctl config set-pin --pin-stdin >/dev/null 2>&1 || true
contains "sudo kioskctl config set-pin writes the hash into /etc/hallkiosk/kiosk.yaml" "$(in_root kioskctl config show 2>&1)" "adminPinHash: <set>"
contains "after set-pin the kiosk can still read kiosk.yaml, others cannot" "$(in_root stat -c '%U:%G %a' /etc/hallkiosk/kiosk.yaml)" "root:hallkiosk 640"
doctor="$(in_root kioskctl doctor 2>&1)" && rc=0 || rc=$?
if [ "$rc" = 1 ] && grep -Eq '^config +OK +read /etc/hallkiosk/kiosk.yaml' <<<"$doctor" \
        && grep -Eq '^group dialout +OK' <<<"$doctor" && grep -Eq '^display +FAIL' <<<"$doctor"; then
    pass "kioskctl doctor: config and groups OK, no display here, exit 1"
else
    fail "kioskctl doctor: config and groups OK, no display here, exit 1" "exit $rc"$'\n'"$doctor"
fi

echo "rollback and upgrade"
echo "kioskId: hall-test-01" >> "$root/etc/hallkiosk/kiosk.yaml"
ticket="$(in_root env HALLKIOSK_NOW=2026-11-27T09:30:00+08:00 kioskctl ticket issue --line A --printer none 2>&1 || true)"
contains "a ticket in the data directory" "$ticket" "A001"
contains "root's kioskctl works as the kiosk's account: no root-owned data" "$(in_root stat -c '%U' /var/lib/hallkiosk/queue.db)" "hallkiosk"
dpkg-deb -R "$deb" "$work/older"
sed -i 's/^Version: .*/Version: 0.0.1/' "$work/older/DEBIAN/control"
dpkg-deb -Znone --build "$work/older" "$work/hallkiosk_0.0.1_$arch.deb" >/dev/null
rm -rf "$work/older"
check "an older version installs over it (apt install ./older.deb does the same)" \
    dpkg --root="$root" --force-depends --force-confold -i "$work/hallkiosk_0.0.1_$arch.deb"
contains "the older version is installed" "$(dpkg-query --admindir="$root/var/lib/dpkg" -W -f='${Version}' hallkiosk)" "0.0.1"
contains "the edited conffile is kept" "$(in_root kioskctl config show 2>&1)" "kioskId: hall-test-01"
contains "the data directory is kept" "$(in_root env HALLKIOSK_NOW=2026-11-27T09:31:00+08:00 kioskctl queue status 2>&1)" "A001"
check "the current version installs again" dpkg --root="$root" --force-depends --force-confold -i "$deb"
contains "upgraded back" "$(dpkg-query --admindir="$root/var/lib/dpkg" -W -f='${Version}' hallkiosk)" "$version"

echo "remove and purge"
check "dpkg -r" dpkg --root="$root" -r hallkiosk
if [ ! -e "$root/etc/systemd/system/multi-user.target.wants/hallkiosk.service" ] && [ ! -e "$root/opt/hallkiosk/bin/hallkiosk" ] \
        && [ -e "$root/etc/hallkiosk/kiosk.yaml" ] && [ -d "$root/var/lib/hallkiosk" ]; then
    pass "removed: program and boot link gone, configuration and data kept"
else
    fail "removed: program and boot link gone, configuration and data kept" "$(ls -la "$root/etc/hallkiosk" "$root/var/lib" 2>&1)"
fi
check "dpkg --purge" dpkg --root="$root" --purge hallkiosk
if [ ! -e "$root/etc/hallkiosk" ] && [ ! -e "$root/var/lib/hallkiosk" ] && [ ! -e "$root/etc/udev/rules.d/71-hallkiosk-devices.rules" ]; then
    pass "purged: configuration, generated rules and data gone"
else
    fail "purged: configuration, generated rules and data gone" "$(ls -la "$root/etc/hallkiosk" "$root/var/lib/hallkiosk" 2>&1)"
fi

echo "test-deb: $passed passed, $failed failed"
[ "$failed" = 0 ]
