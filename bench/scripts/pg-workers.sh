#!/usr/bin/env bash
# Several `khabar ingest` workers on one PostgreSQL database: throughput with 1, 2 and 3 workers, and the fault test
# (three workers, one killed with SIGKILL again and again and restarted; afterwards every article stored once and the
# stories equal to a single process's).
# Usage: bash bench/scripts/pg-workers.sh CONNECTION-STRING CORPUS [KILLS]
#   CONNECTION-STRING: an Npgsql connection string to a server where schemas may be created (e.g. from .ci/start-postgres)
#   CORPUS: what the workers ingest (e.g. ../shared/data/saudinewsnet)
set -euo pipefail
server=$1
corpus=$2
kills=${3:-4}
cd "$(dirname "$0")/../.."
dotnet build -c Release src/Khabar.Cli -v q >/dev/null
khabar=(dotnet src/Khabar.Cli/bin/Release/net10.0/khabar.dll)
log=$(mktemp -d /tmp/khabar-workers.XXXXXX)

schema() {
  local name="b_$1_$$"
  PGOPTIONS='-c client_min_messages=warning' psql "$(pg_url)" -q -c "DROP SCHEMA IF EXISTS $name CASCADE; CREATE SCHEMA $name;" >/dev/null
  echo "$server;Search Path=$name"
}
# psql wants a URL or keywords: the connection string's host, port, user and database.
pg_url() {
  local host port user db
  host=$(sed -n 's/.*Host=\([^;]*\).*/\1/p' <<<"$server"); port=$(sed -n 's/.*Port=\([^;]*\).*/\1/p' <<<"$server")
  user=$(sed -n 's/.*Username=\([^;]*\).*/\1/p' <<<"$server"); db=$(sed -n 's/.*Database=\([^;]*\).*/\1/p' <<<"$server")
  echo "postgresql://${user}@${host}:${port:-5432}/${db:-postgres}"
}
sql() { PGOPTIONS="-c search_path=$1" psql "$(pg_url)" -At -c "$2"; }

# Throughput: N workers, each reading the whole corpus (they split it by claiming articles), timed to the last one done.
for n in 1 2 3; do
  db=$(schema "w$n")
  start=$(date +%s.%N)
  pids=()
  for w in $(seq 1 "$n"); do "${khabar[@]}" ingest "$corpus" --db "$db" >"$log/w$n-$w.out" 2>&1 & pids+=($!); done
  for p in "${pids[@]}"; do wait "$p" || true; done  # exit 1: some inputs rejected (named in the output)
  end=$(date +%s.%N)
  articles=$(sql "b_w${n}_$$" "SELECT count(*) FROM articles")
  awk -v n="$n" -v a="$articles" -v s="$start" -v e="$end" 'BEGIN { printf "%d worker(s): %d articles in %.1f s = %.0f articles/s\n", n, a, e - s, a / (e - s) }'
done

# Fault test: three workers, the first killed (SIGKILL) every few seconds and restarted, KILLS times.
db=$(schema fault)
pids=()
for w in 1 2 3; do "${khabar[@]}" ingest "$corpus" --db "$db" >"$log/f-$w.out" 2>&1 & pids+=($!); done
for k in $(seq 1 "$kills"); do
  sleep $((4 + RANDOM % 6))
  if kill -0 "${pids[0]}" 2>/dev/null; then
    kill -KILL "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true
    echo "killed worker 1 (kill $k): $(sql "b_fault_$$" "SELECT count(*) FROM articles") articles stored so far"
    "${khabar[@]}" ingest "$corpus" --db "$db" >"$log/f-1-$k.out" 2>&1 & pids[0]=$!
  fi
done
for p in "${pids[@]}"; do wait "$p" || true; done
# A last catch-up (what the killed worker left: its claims are free again).
"${khabar[@]}" ingest "$corpus" --db "$db" >"$log/f-final.out" 2>&1 || true

single="b_w1_$$"
ids_single=$(sql "$single" "SELECT md5(string_agg(id, ',' ORDER BY id COLLATE \"C\")) FROM articles")
ids_fault=$(sql "b_fault_$$" "SELECT md5(string_agg(id, ',' ORDER BY id COLLATE \"C\")) FROM articles")
count_fault=$(sql "b_fault_$$" "SELECT count(*) || ' articles, ' || count(DISTINCT id) || ' distinct ids, ' || count(*) FILTER (WHERE id ~ '-[0-9]+$' AND id NOT IN (SELECT id FROM $single.articles)) || ' renamed copies'  FROM articles")
echo "fault run: $count_fault; article ids $([ "$ids_single" = "$ids_fault" ] && echo same as || echo DIFFERENT FROM) the single-process run"
# Stories compared as the store holds them: each story's id and members, the links, the reuse pairs (either way round),
# and the facts' counts. (The report lists a story's articles in store order, which differs between workers.)
shape() {
  sql "$1" "SELECT md5(string_agg(x, '|' ORDER BY x COLLATE \"C\")) || ' ' || count(*) || ' stories' FROM (SELECT story_id || ':' || string_agg(article_id, ',' ORDER BY article_id COLLATE \"C\") x FROM story_members GROUP BY story_id) t"
  sql "$1" "SELECT md5(string_agg(a || '~' || b || kind, ',' ORDER BY a COLLATE \"C\", b COLLATE \"C\")) || ' ' || count(*) || ' links' FROM story_links"
  sql "$1" "SELECT md5(string_agg(x, ',' ORDER BY x COLLATE \"C\")) || ' ' || count(*) || ' reuse pairs' FROM (SELECT least(a, b) || '~' || greatest(a, b) x FROM reuse) t"
  sql "$1" "SELECT count(*) || ' consolidated, ' || sum(corroborated) || ' corroborated, ' || sum(single) || ' single, ' || sum(conflicts) || ' conflicts' FROM consolidations"
}
shape "$single" >"$log/shape-single.txt"
shape "b_fault_$$" >"$log/shape-fault.txt"
cat "$log/shape-fault.txt"
if cmp -s "$log/shape-single.txt" "$log/shape-fault.txt"; then
  echo "stories: the same as the single-process run"
else
  echo "stories: DIFFERENT from the single-process run:"; diff "$log/shape-single.txt" "$log/shape-fault.txt"; exit 1
fi
