#!/usr/bin/env bash
# The rules benchmark (issue 22): accent-free search over many users' notes, the cost of 200
# active rules on a single create, and a rule's preview and apply over a million transactions
# while the ledger keeps taking writes. Starts the service on a fresh embedded PostgreSQL in a
# temporary directory. Needs psql on the PATH. Options in BENCH_OPTS, e.g.
#   BENCH_OPTS="-Dbench.users=2000 -Dbench.rowsPerUser=500 -Dbench.applyRows=1000000" bench/rules.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v psql >/dev/null || { echo "bench needs psql (apt-get install postgresql-client)" >&2; exit 1; }
source bench/lib.sh
jar=$(build_jar)
work=$(mktemp -d)
chmod 755 "$work"
app_port=${BENCH_APP_PORT:-18081}
db_port=${BENCH_DB_PORT:-15433}
service=
cleanup() {
  [ -n "$service" ] && stop_service "$service"
  rm -rf "$work"
}
trap cleanup EXIT
service=$(start_service "$jar" "$app_port" "$work/service.log" \
  SPENDWISE_EMBEDDED_DB_DIR="$work/postgres" SPENDWISE_EMBEDDED_DB_PORT="$db_port" \
  SPENDWISE_SCHEDULER_ENABLED=false SPENDWISE_IMPORT_WORKER_ENABLED=true)
# shellcheck disable=SC2086
java ${BENCH_OPTS:-} -Dbench.servicePid="$service" bench/RuleBench.java "http://127.0.0.1:$app_port" "$db_port" \
  "$work/postgres/spendwise-superuser.password"
