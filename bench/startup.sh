#!/usr/bin/env bash
# Start-up benchmark: time from `java -jar` to readiness UP and to the first served API request,
# with a warm embedded data directory (a first start creates and migrates it and is not counted),
# RUNS times (default 3), then the median. The JVM options are SERVICE_OPTS (default none), so
# the same script measures e.g. a class-data-sharing archive:
#   SERVICE_OPTS="-XX:TieredStopAtLevel=1" bench/startup.sh
# CDS=1 starts it the way the container image does: the jar extracted, with a class-data-sharing
# archive recorded by a training run (the Dockerfile's commands, repeated here).
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/lib.sh
jar=$(build_jar)
runs=${RUNS:-3}
port=${BENCH_APP_PORT:-18080}
work=$(mktemp -d)
chmod 755 "$work"
pid=
cleanup() {
  [ -n "$pid" ] && stop_service "$pid"
  rm -rf "$work"
}
trap cleanup EXIT

run_opts=()
if [ "${CDS:-0}" = 1 ]; then
  java -Djarmode=tools -jar "$jar" extract --destination "$work/app"
  jar="$work/app/$(basename "$jar")"
  run_opts=(-XX:SharedArchiveFile="$work/app/app.jsa")
fi

# start [JVM options...]: starts the service in the background on the warm data directory.
start() {
  SPENDWISE_EMBEDDED_DB_DIR="$work/postgres" SPENDWISE_PORT="$port" SPENDWISE_SCHEDULER_ENABLED=false \
    java ${SERVICE_OPTS:-} "$@" -jar "$jar" >"$work/service.log" 2>&1 &
  pid=$!
}

# The first start creates the data directory and runs the migrations.
start
until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; do sleep 0.2; done
stop_service "$pid"
if [ "${CDS:-0}" = 1 ]; then
  # The training run: starts, refreshes the context, exits, and leaves the archive behind.
  start -XX:ArchiveClassesAtExit="$work/app/app.jsa" -Dspring.context.exit=onRefresh
  wait "$pid"
  pid=
fi

ready=() first=()
for ((run = 1; run <= runs; run++)); do
  begin=$(date +%s%N)
  start "${run_opts[@]}"
  until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; do sleep 0.05; done
  up=$(date +%s%N)
  curl -fs -o /dev/null "http://127.0.0.1:$port/signin"
  served=$(date +%s%N)
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  ready+=("$(((up - begin) / 1000000))")
  first+=("$(((served - begin) / 1000000))")
  printf 'run %d: ready after %d ms, first page served after %d ms, RSS %d MB\n' \
    "$run" "${ready[-1]}" "${first[-1]}" "$((rss / 1024))"
  stop_service "$pid"
  pid=
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
echo "median: ready after $(median "${ready[@]}") ms, first page after $(median "${first[@]}") ms (target: ready <= 5000 ms; SERVICE_OPTS: ${SERVICE_OPTS:-none}, CDS: ${CDS:-0})"
