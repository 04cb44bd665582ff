#!/usr/bin/env bash
# A service killed in the middle of an import job, then started again: the job must go on from
# its last committed chunk and finish with every row recorded once. Starts the service on a fresh
# embedded PostgreSQL, uploads a statement of ROWS rows (default 100,000), kills the service with
# SIGKILL once the job has done KILL_AFTER rows (default 20,000), starts it again on the same data,
# waits for the job, and checks in the database: one transaction per row, no note twice, and the
# wallet's balance equal to its opening balance plus its transactions.
# Needs psql, curl and jq on the PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in psql curl jq; do
  command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }
done

source bench/lib.sh
jar=$(build_jar)
rows=${ROWS:-100000}
kill_after=${KILL_AFTER:-20000}

work=$(mktemp -d)
chmod 755 "$work"
app_port=${BENCH_APP_PORT:-18080}
db_port=${BENCH_DB_PORT:-15432}
app="http://127.0.0.1:$app_port"
service=
cleanup() {
  [ -n "$service" ] && stop_service "$service"
  rm -rf "$work"
}
trap cleanup EXIT
env_vars=(SPENDWISE_EMBEDDED_DB_DIR="$work/postgres" SPENDWISE_EMBEDDED_DB_PORT="$db_port"
  SPENDWISE_IMPORT_POLL_INTERVAL=PT2S)

service=$(start_service "$jar" "$app_port" "$work/service-1.log" "${env_vars[@]}")
token=$(curl -fsS -H 'Content-Type: application/json' \
  -d "{\"email\":\"restart-$RANDOM@example.com\",\"password\":\"bench password 1234\"}" \
  "$app/api/v1/auth/register" | jq -r .accessToken)
wallet=$(curl -fsS -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"name":"Bank","currency":"VND","openingBalance":"1000000000"}' "$app/api/v1/wallets" | jq -r .id)
{
  echo "date,amount,note"
  for ((i = 0; i < rows; i++)); do
    echo "2026-$(printf %02d $((i % 12 + 1)))-$(printf %02d $((i % 28 + 1))),-$((1000 + i)),row $i"
  done
} >"$work/statement.csv"

job=$(curl -fsS -H "Authorization: Bearer $token" -F "file=@$work/statement.csv" -F "walletId=$wallet" \
  -F 'mapping={"date":"date","amount":"amount","note":"note","dateFormat":"yyyy-MM-dd"}' \
  "$app/api/v1/imports" | jq -r .id)
echo "Job $job: $rows rows"

state() {
  curl -fsS -H "Authorization: Bearer $token" "$app/api/v1/imports/$job"
}
while [ "$(state | jq .rowsDone)" -lt "$kill_after" ]; do sleep 0.1; done
kill -9 "$service"
while kill -0 "$service" 2>/dev/null; do sleep 0.1; done
service=
echo "Killed the service (SIGKILL) at $(date +%T)"

service=$(start_service "$jar" "$app_port" "$work/service-2.log" "${env_vars[@]}")
echo "Started again; the job shows $(state | jq -c '{state, rowsDone, rowsTotal}')"
started=$(date +%s)
until [ "$(state | jq -r .state)" = DONE ] || [ "$(state | jq -r .state)" = FAILED ]; do
  sleep 1
  if [ $(($(date +%s) - started)) -gt 600 ]; then echo "job did not finish" >&2; exit 1; fi
done
echo "After the restart: $(state | jq -c '{state, rowsDone, rowsTotal, summary: .result.summary}')"

query() {
  PGPASSWORD=$(cat "$work/postgres/spendwise-superuser.password") psql -X -At -h 127.0.0.1 \
    -p "$db_port" -U postgres -d spendwise -c "$1"
}
count=$(query "SELECT count(*) FROM transactions WHERE source_wallet_id = '$wallet'")
notes=$(query "SELECT count(DISTINCT note) FROM transactions WHERE source_wallet_id = '$wallet'")
balance=$(query "SELECT w.balance = w.opening_balance - coalesce(sum(t.amount), 0)
  FROM wallets w LEFT JOIN transactions t ON t.source_wallet_id = w.id
  WHERE w.id = '$wallet' GROUP BY w.id")
echo "Transactions: $count, distinct notes: $notes, balance equals its transactions: $balance"
[ "$count" = "$rows" ] && [ "$notes" = "$rows" ] && [ "$balance" = t ] || { echo "FAILED" >&2; exit 1; }
echo "OK: every row recorded once across the crash"
