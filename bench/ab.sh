#!/usr/bin/env bash
# A/B of the creation benchmark between two commits, alternated so that the machine's drift hits
# both alike: bench/ab.sh <rev-a> <rev-b> [rounds, default 3]. Each commit is checked out in a
# temporary worktree and measured with its own bench/ scripts (its own create.pgbench mirror).
# Short list figures keep a round near two minutes; BENCH_OPTS overrides them.
set -euo pipefail
cd "$(dirname "$0")/.."
a=$1 b=$2 rounds=${3:-3}
opts=${BENCH_OPTS:--Dbench.sizes=10000 -Dbench.createSeconds=30 -Dbench.warmupSeconds=15 -Dbench.listRequests=200}
work=$(mktemp -d)
trap 'git worktree remove --force "$work/a" 2>/dev/null; git worktree remove --force "$work/b" 2>/dev/null; rm -rf "$work"' EXIT
git worktree add -q --detach "$work/a" "$a"
git worktree add -q --detach "$work/b" "$b"
for round in $(seq 1 "$rounds"); do
  for side in a b; do
    rev=$([ "$side" = a ] && echo "$a" || echo "$b")
    echo "== round $round, $side ($rev)"
    (cd "$work/$side" && BENCH_OPTS="$opts" bash bench/run.sh 2>&1) |
      grep -E "HTTP POST|pgbench, same SQL|ratio|differs" || echo "run failed"
  done
done
