#!/usr/bin/env bash
# Runs the ledger benchmark on this machine: builds the service, starts it on a fresh embedded
# PostgreSQL in a temporary directory, and runs bench/LedgerBench.java against it.
# Needs psql and pgbench on the PATH (Debian/Ubuntu: apt-get install postgresql-client).
# Options are Java system properties in BENCH_OPTS (SERVICE_OPTS go to the service's JVM), e.g.
#   BENCH_OPTS="-Dbench.sizes=10000,100000 -Dbench.createSeconds=10" bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in psql pgbench; do
  command -v "$tool" >/dev/null || { echo "bench needs $tool (apt-get install postgresql-client)" >&2; exit 1; }
done

source bench/lib.sh
jar=$(build_jar)

work=$(mktemp -d)
chmod 755 "$work"
app_port=${BENCH_APP_PORT:-18080}
db_port=${BENCH_DB_PORT:-15432}
service=
cleanup() {
  [ -n "$service" ] && stop_service "$service"
  rm -rf "$work"
}
trap cleanup EXIT

service=$(start_service "$jar" "$app_port" "$work/service.log" \
  SPENDWISE_EMBEDDED_DB_DIR="$work/postgres" SPENDWISE_EMBEDDED_DB_PORT="$db_port" \
  SPENDWISE_SCHEDULER_ENABLED=false)

# shellcheck disable=SC2086
java ${BENCH_OPTS:-} -Dbench.servicePid="$service" bench/LedgerBench.java "http://127.0.0.1:$app_port" "$db_port" \
  "$work/postgres/spendwise-superuser.password"
echo "Service RSS after the benchmark: $(awk '/VmRSS/ {printf "%d MB", $2 / 1024}' "/proc/$service/status") (target <= 300 MB; SERVICE_OPTS: ${SERVICE_OPTS:-none})"
