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

./mvnw -q -B -pl app -am package -DskipTests
jar=$(ls app/target/spendwise-app-*.jar | grep -v original | head -n 1)

work=$(mktemp -d)
chmod 755 "$work"
app_port=${BENCH_APP_PORT:-18080}
db_port=${BENCH_DB_PORT:-15432}

SPENDWISE_PORT=$app_port \
SPENDWISE_EMBEDDED_DB_DIR="$work/postgres" \
SPENDWISE_EMBEDDED_DB_PORT=$db_port \
  java ${SERVICE_OPTS:-} -jar "$jar" >"$work/service.log" 2>&1 &
service=$!
cleanup() {
  kill "$service" 2>/dev/null || true
  wait "$service" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$app_port/actuator/health/readiness" >/dev/null; then
    break
  fi
  kill -0 "$service" 2>/dev/null || { cat "$work/service.log" >&2; exit 1; }
  sleep 1
done

# shellcheck disable=SC2086
java ${BENCH_OPTS:-} bench/LedgerBench.java "http://127.0.0.1:$app_port" "$db_port" \
  "$work/postgres/spendwise-superuser.password"
