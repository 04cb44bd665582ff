#!/usr/bin/env bash
# Import and export benchmark: builds the service, starts it on a fresh embedded PostgreSQL with a
# bounded heap (SERVICE_OPTS, default -Xmx256m: an export that held its rows would run out), and
# runs bench/ExchangeBench.java: a 100,000-row CSV import (then again, all duplicates), then an
# export of everything after loading a million more transactions with bench/load.sql.
# Needs psql on the PATH. Options in BENCH_OPTS, e.g. BENCH_OPTS="-Dbench.importRows=10000".
set -euo pipefail
cd "$(dirname "$0")/.."

command -v psql >/dev/null || { echo "bench needs psql (apt-get install postgresql-client)" >&2; exit 1; }

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

SERVICE_OPTS=${SERVICE_OPTS:--Xmx256m}
export SERVICE_OPTS
service=$(start_service "$jar" "$app_port" "$work/service.log" \
  SPENDWISE_EMBEDDED_DB_DIR="$work/postgres" SPENDWISE_EMBEDDED_DB_PORT="$db_port" \
  SPENDWISE_SCHEDULER_ENABLED=false SPENDWISE_IMPORT_WORKER_ENABLED=true SPENDWISE_RESTORE_MAX_SIZE=2GB)

echo "Service JVM options: $SERVICE_OPTS"
# shellcheck disable=SC2086
java ${BENCH_OPTS:-} bench/ExchangeBench.java "http://127.0.0.1:$app_port" "$db_port" \
  "$work/postgres/spendwise-superuser.password"
