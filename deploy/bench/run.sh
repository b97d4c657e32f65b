#!/usr/bin/env bash
# The API's load test (docs/benchmarks.md, "The API benchmark"): the production jar on a private MariaDB,
# driven by wrk at 8, 32 and 128 connections. Loopback only; stops everything it started.
#
#   ./mvnw -Pproduction -DskipTests package     # the jar
#   ./mvnw -o -q verify -Dtest=ApiTest          # once, so that target/test-mariadb/base holds MariaDB
#   deploy/bench/run.sh [seconds per run, 60 by default] [connections…, 8 32 128 by default]
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-60}
shift || true
CONNECTIONS=${*:-8 32 128}
BASE=$(realpath "${MARIADB_BASE:-target/test-mariadb/base}")
HOME_DIR=$(pwd)/target/bench-api
DB_PORT=${DB_PORT:-33171}
APP_PORT=${APP_PORT:-18089}
JAR=$(ls target/comptoir-*.jar | head -1)
SECRET="cpt_bench$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)"

rm -rf "$HOME_DIR" && mkdir -p "$HOME_DIR/data" "$HOME_DIR/tmp"
user_arg=(); [ "$(id -u)" = 0 ] && user_arg=(--user=root)
"$BASE/scripts/mariadb-install-db" --no-defaults --force --skip-name-resolve --basedir="$BASE" --datadir="$HOME_DIR/data" \
  "${user_arg[@]}" --auth-root-authentication-method=normal > "$HOME_DIR/install.log" 2>&1
# production settings (docker-compose's MariaDB): every commit flushed to disk
"$BASE/bin/mariadbd" --no-defaults --basedir="$BASE" --datadir="$HOME_DIR/data" --tmpdir="$HOME_DIR/tmp" \
  --port="$DB_PORT" --bind-address=127.0.0.1 --socket="$HOME_DIR/mysql.sock" --skip-ssl "${user_arg[@]}" \
  --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --innodb-buffer-pool-size=512M \
  --innodb-flush-log-at-trx-commit=1 --max-connections=300 > "$HOME_DIR/mariadb.log" 2>&1 &
DB_PID=$!
APP_PID=
cleanup() {
  set +e
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null
  kill "$DB_PID" 2>/dev/null
  wait 2>/dev/null
}
trap cleanup EXIT
sql() { "$BASE/bin/mariadb" --no-defaults --skip-ssl -uroot --socket="$HOME_DIR/mysql.sock" "$@"; }
for _ in $(seq 60); do sql -e "select 1" > /dev/null 2>&1 && break; sleep 0.5; done
sql -e "create database comptoir; create user comptoir@'127.0.0.1' identified by 'bench';
        grant all on comptoir.* to comptoir@'127.0.0.1';"

SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/comptoir" SPRING_DATASOURCE_USERNAME=comptoir \
SPRING_DATASOURCE_PASSWORD=bench COMPTOIR_ADMIN_PASSWORD="Bench-pass-$(date +%s)" SERVER_PORT=$APP_PORT \
COMPTOIR_MANAGEMENT_PORT=0 COMPTOIR_SECRET_KEY="$(head -c 32 /dev/urandom | base64)" \
  java ${BENCH_JAVA_OPTS:--Xmx1g} -jar "$JAR" > "$HOME_DIR/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 240); do curl -fs "http://127.0.0.1:$APP_PORT/readyz" > /dev/null 2>&1 && break; sleep 0.5; done
curl -fs "http://127.0.0.1:$APP_PORT/readyz" > /dev/null || { echo "the application did not start"; tail -50 "$HOME_DIR/app.log"; exit 1; }

# a token as Admin › API would create it (its SHA-256 only), for the main desk, with no practical rate limit
HASH=$(printf '%s' "$SECRET" | sha256sum | cut -d' ' -f1)
sql comptoir -e "insert into api_token (name, secret_hash, scopes, desk_id, per_minute, created_at, created_by)
                 values ('bench', '$HASH', 'interactions:write', 1, 1000000, utc_timestamp(6), 'bench')"
export COMPTOIR_TOKEN=$SECRET
# warm-up: the JIT, the pools
wrk -t2 -c8 -d15s -s deploy/bench/post-interaction.lua "http://127.0.0.1:$APP_PORT/api/v1/interactions" > "$HOME_DIR/warmup.txt"
for c in $CONNECTIONS; do
  echo "== $c connections, ${DURATION}s, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  wrk -t2 -c"$c" -d"${DURATION}s" --timeout 10s -s deploy/bench/post-interaction.lua \
    "http://127.0.0.1:$APP_PORT/api/v1/interactions" | tee "$HOME_DIR/wrk-$c.txt"
done
echo "== saved: $(sql -N comptoir -e 'select count(*) from interaction') interactions"
# what each save costs the database: statements and commits over the whole run (warm-up included)
sql -N -e "show global status where variable_name in ('Com_select', 'Com_insert', 'Com_update', 'Com_commit',
           'Com_insert_select', 'Innodb_data_fsyncs', 'Innodb_os_log_fsyncs', 'Questions')"
