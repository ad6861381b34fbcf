#!/usr/bin/env bash
# Start-up benchmark: median time from JVM start to an interactive home screen ("ready in N ms"),
# with the launcher's class-data-sharing snapshot and, as the baseline in the same run, without it.
#   bench/startup.sh [RUNS]        (default 7; needs a display, or runs under xvfb-run when there is none)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-7}"
"$here/kiosk" --version >/dev/null            # builds the jar and the snapshot if needed
jar="$here/kiosk-app/target/kiosk-app.jar"
jsa="$here/kiosk-app/target/kiosk.jsa"
display=()
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then display=(xvfb-run -a -s "-screen 0 1920x1080x24"); fi
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT

measure() { # label, java options...
  local label="$1"; shift
  local times=()
  for _ in $(seq "$runs"); do
    t="$(HALLKIOSK_HOME="$home" HALLKIOSK_CONFIG="" timeout 120 "${display[@]}" java "$@" -jar "$jar" run --exit-when-ready 2>/dev/null \
         | sed -n 's/^ready in \([0-9]*\) ms$/\1/p')"
    [ -n "$t" ] && times+=("$t")
  done
  [ ${#times[@]} -gt 0 ] || { echo "$label: no run became ready" >&2; return 1; }
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  printf '%-28s median %5d ms   (runs: %s)\n' "$label" "${sorted[$(( ${#sorted[@]} / 2 ))]}" "${times[*]}"
}

echo "start-up to interactive home, $runs runs each, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
measure "baseline (no CDS snapshot)" -Xshare:auto
measure "with the CDS snapshot" -XX:SharedArchiveFile="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off
