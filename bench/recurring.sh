#!/usr/bin/env bash
# Recurring-transaction catch-up benchmark: USERS users (default 10,000) with five rules each,
# all due since a week ago, are caught up by one instance of the service and then, from the same
# starting point, by two instances sharing the database. Each case starts fresh JVMs, waits until
# they are ready, then ends the "downtime" by activating every rule in one statement and measures
# until every occurrence is recorded. Needs psql on the PATH.
#   USERS=2000 bench/recurring.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v psql >/dev/null || { echo "bench needs psql (apt-get install postgresql-client)" >&2; exit 1; }

source bench/lib.sh
users=${USERS:-10000}
db_port=${BENCH_DB_PORT:-15432}
ports=(${BENCH_APP_PORT:-18080} $(( ${BENCH_APP_PORT:-18080} + 1 )))
jar=$(build_jar)
work=$(mktemp -d)
chmod 755 "$work"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do stop_service "$pid"; done
  rm -rf "$work"
}
trap cleanup EXIT

sql() {
  PGPASSWORD=$(cat "$work/postgres/spendwise-superuser.password") \
    psql -X -q -t -A -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$db_port" -U postgres -d spendwise "$@"
}

scheduler_args=(--spendwise.recurring.poll-interval=PT0.2S --spendwise.recurring.initial-delay=PT0S)

# The first instance owns the embedded database; the second reaches it over TCP.
start_instances() {
  pids+=("$(start_service "$jar" "${ports[0]}" "$work/instance-1.log" \
    SPENDWISE_EMBEDDED_DB_DIR="$work/postgres" SPENDWISE_EMBEDDED_DB_PORT="$db_port" \
    -- "${scheduler_args[@]}")")
  if [ "$1" -eq 2 ]; then
    pids+=("$(start_service "$jar" "${ports[1]}" "$work/instance-2.log" \
      SPENDWISE_DB_URL="jdbc:postgresql://127.0.0.1:$db_port/spendwise" \
      SPENDWISE_DB_USERNAME=postgres \
      SPENDWISE_DB_PASSWORD="$(cat "$work/postgres/spendwise-superuser.password")" \
      -- "${scheduler_args[@]}")")
  fi
}

stop_instances() {
  for pid in "${pids[@]}"; do stop_service "$pid"; done
  pids=()
}

echo "SpendWise recurring catch-up benchmark: $(nproc) cores, $users users x 5 rules, a week of downtime"
start_instances 1
started=$(date +%s.%N)
sql -v users="$users" -f bench/recurring-load.sql
expected=$(( users * 16 ))
printf 'Loaded %d users and %d rules in %.1f s; %d occurrences are due\n\n' \
  "$users" "$(( users * 5 ))" "$(awk -v a="$(date +%s.%N)" -v b="$started" 'BEGIN { print a - b }')" "$expected"
stop_instances

printf '%-9s %10s %10s %9s %13s %9s %9s %9s %10s %11s\n' instances occurrences recorded seconds \
  occurrences/s "lag p50" "lag p99" "lag max" duplicates "bad balances"
for instances in 1 2; do
  start_instances 1
  sql -f bench/recurring-reset.sql
  stop_instances
  start_instances "$instances"
  t0=$(sql -c "UPDATE recurring_transactions SET is_active = TRUE; SELECT extract(epoch FROM clock_timestamp())")
  deadline=$(( $(date +%s) + 1800 ))
  while [ "$(sql -c "SELECT count(*) FROM recurring_occurrences")" -lt "$expected" ]; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "gave up after 30 minutes" >&2; exit 1; }
    sleep 0.1
  done
  t1=$(sql -c "SELECT extract(epoch FROM clock_timestamp())")
  # Lag: from the end of the downtime to the start of the database transaction that recorded the
  # occurrence, per occurrence.
  read -r recorded lag50 lag99 lagmax < <(sql -F ' ' -c "
    SELECT count(*),
           round(CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM created_at) - $t0) AS numeric), 2),
           round(CAST(percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM created_at) - $t0) AS numeric), 2),
           round(CAST(max(extract(epoch FROM created_at) - $t0) AS numeric), 2)
    FROM transactions WHERE recurring_transaction_id IS NOT NULL")
  duplicates=$(sql -c "SELECT count(*) FROM (SELECT 1 FROM transactions WHERE recurring_transaction_id IS NOT NULL
                       GROUP BY recurring_transaction_id, date HAVING count(*) > 1) d")
  bad=$(sql -c "SELECT count(*) FROM wallets w WHERE w.balance <> w.opening_balance
                  + COALESCE((SELECT sum(COALESCE(t.target_amount, t.amount)) FROM transactions t WHERE t.target_wallet_id = w.id), 0)
                  - COALESCE((SELECT sum(t.amount) FROM transactions t WHERE t.source_wallet_id = w.id), 0)")
  seconds=$(awk -v a="$t1" -v b="$t0" 'BEGIN { print a - b }')
  printf '%-9s %10d %10d %9.1f %13.0f %9s %9s %9s %10d %11d\n' "$instances" "$expected" "$recorded" \
    "$seconds" "$(awk -v n="$expected" -v s="$seconds" 'BEGIN { print n / s }')" "${lag50}s" "${lag99}s" "${lagmax}s" "$duplicates" "$bad"
  stop_instances
done
