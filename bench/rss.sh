#!/usr/bin/env bash
# Peak resident memory (VmHWM) of one command, sampled from /proc every 200 ms until it exits.
#   bench/rss.sh COMMAND [ARGS...]      prints "peak-rss-kb N exit E seconds S" on the last line
# The kiosk's target is 300 MB resident on a Pi-class board (docs/performance.md, memory).
set -uo pipefail
start=$(date +%s.%N)
"$@" &
pid=$!
peak=0
while kill -0 "$pid" 2>/dev/null; do
    hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null)
    [ -n "$hwm" ] && [ "$hwm" -gt "$peak" ] && peak=$hwm
    sleep 0.2
done
wait "$pid"
rc=$?
end=$(date +%s.%N)
printf "peak-rss-kb %s exit %s seconds %s\n" "$peak" "$rc" "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')"
