#!/usr/bin/env bash
# The failure drill of a network (README, "A network on a Galera cluster"; docs/benchmarks.md, "Issue 16: the
# failure drill"), on one machine, without Docker: three Galera nodes from Debian's mariadb-server and galera-4
# on loopback ports, two instances of the production jar reaching them through Connector/J's sequential
# multi-host URL (decision 0028), HAProxy in front of the two with sticky sessions. wrk drives the API's
# POST /api/v1/interactions, each request with an Idempotency-Key of its own; two HTTP desk sessions sign in and
# reload the desk. In the middle the drill kills (-9) the database node the instances write to and one instance,
# then brings both back. At the end: every save answered 201 is in the database exactly once, the report
# aggregates equal the raw rows, the cluster has its three nodes Synced. One summary line.
#
#   apt-get install mariadb-server galera-4 rsync haproxy wrk     # once (the drill says what is missing)
#   ./mvnw -Pproduction -DskipTests package                       # the jar (or COMPTOIR_JAR=its path)
#   deploy/network/drill.sh [seconds of load, 60 by default]
#
# Needs root (the nodes run as the mysql user: rsync state transfer refuses root). Loopback only; stops and
# removes everything it started, whatever happens.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-60}
JAR=$(realpath "${COMPTOIR_JAR:-$(ls target/comptoir-*.jar | head -1)}")
BASE_PORT=${DRILL_BASE_PORT:-35000}
WORK=$(mktemp -d /tmp/comptoir-drill.XXXXXX)
chmod 755 "$WORK"
DB_PASSWORD="drill-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
ADMIN_PASSWORD="Drill-pass-$(head -c 9 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
SECRET_KEY=$(head -c 32 /dev/urandom | base64)
LB_PORT=$((BASE_PORT + 80))
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

missing=()
for package in mariadb-server galera-4 rsync haproxy wrk; do
  dpkg -s "$package" > /dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "missing Debian packages: ${missing[*]} (apt-get install ${missing[*]})" >&2
  exit 2
fi
[ "$(id -u)" = 0 ] || { echo "run as root: the nodes run as the mysql user" >&2; exit 2; }
"$JAVA" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])' \
  || { echo "Java 21 or later needed: set JAVA_HOME" >&2; exit 2; }

declare -A DB_PID APP_PID
LB_PID=
SESSION_PIDS=()
cleanup() {
  set +e
  for pid in "${SESSION_PIDS[@]}" "${APP_PID[@]}" $LB_PID; do kill "$pid" 2> /dev/null; done
  for pid in "${DB_PID[@]}"; do kill "$pid" 2> /dev/null; done
  wait 2> /dev/null
  # the logs of the last run stay in target/network-drill
  rm -rf target/network-drill && mkdir -p target/network-drill
  (cd "$WORK" && find . \( -name '*.log' -o -name '*.txt' -o -name haproxy.cfg \) -print0 \
    | tar --null -cf - -T - 2> /dev/null) | tar -xf - -C target/network-drill
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- three Galera nodes: node n listens on BASE+n*10 (SQL), +1 (group), +2 (IST), +3 (state transfer)
sql_port() { echo $((BASE_PORT + $1 * 10)); }
gcomm="gcomm://"
for n in 1 2 3; do gcomm+="127.0.0.1:$(($(sql_port $n) + 1)),"; done
gcomm=${gcomm%,}
for n in 1 2 3; do
  mkdir -p "$WORK/db$n/data" "$WORK/db$n/tmp"
  chown -R mysql:mysql "$WORK/db$n"
  mariadb-install-db --no-defaults --user=mysql --datadir="$WORK/db$n/data" --skip-name-resolve \
    --auth-root-authentication-method=socket > "$WORK/db$n/install.log" 2>&1
done
start_node() { # n [--wsrep-new-cluster]
  local n=$1 port
  port=$(sql_port "$n")
  shift
  # setpriv execs mariadbd itself (runuser would stay its parent): $! is the server, for kill -9
  setpriv --reuid=mysql --regid=mysql --init-groups -- /usr/sbin/mariadbd --no-defaults --datadir="$WORK/db$n/data" --tmpdir="$WORK/db$n/tmp" \
    --port="$port" --bind-address=127.0.0.1 --socket="$WORK/db$n/mysql.sock" --pid-file="$WORK/db$n/mysqld.pid" \
    --skip-ssl --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --innodb-buffer-pool-size=128M --innodb-flush-log-at-trx-commit=1 --max-connections=200 \
    --binlog-format=ROW --default-storage-engine=InnoDB --innodb-autoinc-lock-mode=2 \
    --wsrep-on=ON --wsrep-provider=/usr/lib/galera/libgalera_smm.so --wsrep-cluster-name=comptoir-drill \
    --wsrep-cluster-address="$gcomm" --wsrep-node-name="db$n" --wsrep-node-address="127.0.0.1:$((port + 1))" \
    --wsrep-provider-options="gmcast.listen_addr=tcp://127.0.0.1:$((port + 1));ist.recv_addr=127.0.0.1:$((port + 2))" \
    --wsrep-sst-receive-address="127.0.0.1:$((port + 3))" --wsrep-sst-method=rsync "$@" \
    >> "$WORK/db$n/mariadb.log" 2>&1 &
  DB_PID[$n]=$!
}
sql() { # n, then mariadb's arguments
  local n=$1
  shift
  mariadb --no-defaults -uroot --socket="$WORK/db$n/mysql.sock" "$@"
}
synced() { # n: the node is a Synced member of the primary component
  [ "$(sql "$1" -N -e "show status like 'wsrep_local_state_comment'" 2> /dev/null | cut -f2)" = Synced ]
}
wait_synced() { # n seconds
  for _ in $(seq $(($2 * 2))); do synced "$1" && return 0; sleep 0.5; done
  echo "node db$1 did not reach Synced; its log:" >&2
  tail -30 "$WORK/db$1/mariadb.log" >&2
  exit 1
}
start_node 1 --wsrep-new-cluster
wait_synced 1 60
start_node 2
wait_synced 2 120
start_node 3
wait_synced 3 120
sql 1 -e "create database comptoir; create user comptoir@'127.0.0.1' identified by '$DB_PASSWORD';
          grant all on comptoir.* to comptoir@'127.0.0.1';"
echo "cluster: $(sql 1 -N -e "show status like 'wsrep_cluster_size'" | cut -f2) nodes Synced"

# --- two Comptoir instances, db1 first (Connector/J's sequential URL), and HAProxy with sticky sessions
export SPRING_DATASOURCE_URL="jdbc:mariadb:sequential://127.0.0.1:$(sql_port 1),127.0.0.1:$(sql_port 2),127.0.0.1:$(sql_port 3)/comptoir"
export SPRING_DATASOURCE_USERNAME=comptoir SPRING_DATASOURCE_PASSWORD=$DB_PASSWORD
export COMPTOIR_ADMIN_PASSWORD=$ADMIN_PASSWORD COMPTOIR_SECRET_KEY=$SECRET_KEY COMPTOIR_MANAGEMENT_PORT=0
app_port() { echo $((BASE_PORT + 80 + $1)); }
start_app() { # i
  SERVER_PORT=$(app_port "$1") "$JAVA" ${DRILL_JAVA_OPTS:--Xmx512m -XX:+UseSerialGC} -jar "$JAR" \
    >> "$WORK/app$1.log" 2>&1 &
  APP_PID[$1]=$!
}
wait_ready() { # i seconds
  for _ in $(seq $(($2 * 2))); do
    curl -fs "http://127.0.0.1:$(app_port "$1")/readyz" > /dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "instance app$1 did not start; its log:" >&2
  tail -40 "$WORK/app$1.log" >&2
  exit 1
}
start_app 1
wait_ready 1 240 # the first one migrates the schema
start_app 2
wait_ready 2 240
cat > "$WORK/haproxy.cfg" <<HAPROXY
global
    maxconn 512
defaults
    mode http
    timeout connect 2s
    timeout client 30s
    timeout server 30s
    retries 2
    option redispatch
frontend comptoir
    bind 127.0.0.1:$LB_PORT
    default_backend instances
backend instances
    balance roundrobin
    # Vaadin's session lives on one instance: the browser comes back to it while it is up
    cookie COMPTOIR_NODE insert indirect nocache httponly
    option httpchk GET /readyz
    default-server inter 1s fall 2 rise 2
    server app1 127.0.0.1:$(app_port 1) cookie app1 check
    server app2 127.0.0.1:$(app_port 2) cookie app2 check
HAPROXY
haproxy -f "$WORK/haproxy.cfg" -db > "$WORK/haproxy.log" 2>&1 &
LB_PID=$!
for _ in $(seq 40); do curl -fs "http://127.0.0.1:$LB_PORT/readyz" > /dev/null 2>&1 && break; sleep 0.25; done

TOKEN=$("$JAVA" -jar "$JAR" --comptoir.api-token.create=drill --comptoir.api-token.scopes=interactions:write \
  --comptoir.api-token.desk=1 --comptoir.api-token.per-minute=1000000 2> "$WORK/token.log" | tail -1)
case "$TOKEN" in cpt_*) ;; *) echo "no API token; the command said:" >&2; tail -20 "$WORK/token.log" >&2; exit 1 ;; esac

# --- two desk sessions through HAProxy: sign in, then reload the desk every 2 s. A session whose instance died is
# sent to the sign-in page: it signs in again (on the other instance), as a desk would.
sign_in() { # cookie jar
  curl -s -c "$1" -b "$1" -o /dev/null "http://127.0.0.1:$LB_PORT/login"
  curl -s -c "$1" -b "$1" -o /dev/null -w '%{http_code} %{redirect_url}' --max-time 10 \
    --data-urlencode "username=admin" --data-urlencode "password=$ADMIN_PASSWORD" "http://127.0.0.1:$LB_PORT/login"
}
desk_session() { # name
  local jar="$WORK/session-$1.cookies" log="$WORK/session-$1.log" status
  echo "signin $(sign_in "$jar")" >> "$log"
  while true; do
    status=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' --max-time 10 \
      "http://127.0.0.1:$LB_PORT/" || echo "000 failed")
    case "$status" in
      200*) echo "page" >> "$log" ;;
      *"/login") rm -f "$jar" && echo "again $(sign_in "$jar")" >> "$log" ;;
      *) echo "failed $status" >> "$log" ;;
    esac
    sleep 2
  done
}
desk_session anna & SESSION_PIDS+=($!)
desk_session bruno & SESSION_PIDS+=($!)

# --- the load, and the failures in its middle
mkdir -p "$WORK/wrk"
COMPTOIR_TOKEN=$TOKEN DRILL_OUT="$WORK/wrk" wrk -t2 -c8 -d"${DURATION}s" --timeout 10s -s deploy/network/drill.lua \
  "http://127.0.0.1:$LB_PORT/api/v1/interactions" > "$WORK/wrk.txt" 2>&1 &
WRK_PID=$!
third=$((DURATION / 3))
sleep "$third"
echo "$(date -u +%T) kill -9 db1 (the node both instances write to) and app2"
kill -9 "${DB_PID[1]}" "${APP_PID[2]}"
sleep "$((third / 2))"
echo "$(date -u +%T) cluster without db1: $(sql 2 -N -e "show status like 'wsrep_cluster_size'" | cut -f2) nodes"
start_node 1
start_app 2
wait_synced 1 120
echo "$(date -u +%T) db1 back: $(sql 1 -N -e "show status like 'wsrep_cluster_size'" | cut -f2) nodes"
wait_ready 2 240
echo "$(date -u +%T) app2 back"
wait "$WRK_PID" || true
for pid in "${SESSION_PIDS[@]}"; do kill "$pid" 2> /dev/null; done
SESSION_PIDS=()
cat "$WORK/wrk.txt"

# --- the checks: the outbox folded, then each node is asked
for _ in $(seq 60); do
  [ "$(sql 2 -N comptoir -e 'select count(*) from report_outbox')" = 0 ] && break
  sleep 1
done
cat "$WORK"/wrk/ok-*.txt | sort > "$WORK/answered.txt"
sql 2 -N comptoir -e "select note from interaction where note like 'drill-%' and not deleted" | sort > "$WORK/saved.txt"
answered=$(wc -l < "$WORK/answered.txt")
found=$(sort -u "$WORK/saved.txt" | comm -12 - <(sort -u "$WORK/answered.txt") | wc -l)
lost=$(comm -23 <(sort -u "$WORK/answered.txt") <(sort -u "$WORK/saved.txt") | wc -l)
duplicated=$(uniq -d "$WORK/saved.txt" | wc -l)
# requests cut off after their commit (their instance killed, or the answer lost): saved once, answered never
unanswered=$(comm -13 <(sort -u "$WORK/answered.txt") <(sort -u "$WORK/saved.txt") | wc -l)
client_errors=$(sed -n 's/^client_errors //p' "$WORK/wrk.txt")
# every grain of the origin aggregate counts each interaction once, the desks' rows and the network's (desk 0,
# months and years: decision 0033) each; the finest, by day and desk, row for row
mismatched=$(sql 2 -N comptoir -e "
  select count(*) from (select grain, desk_id = 0, sum(interactions) n, sum(persons) p from report_origin
                        group by grain, desk_id = 0) a
  cross join (select count(*) n, sum(adults + children) p from interaction where not deleted) r
  where a.n <> r.n or a.p <> r.p;")
mismatched_days=$(sql 2 -N comptoir -e "
  select count(*) from (select period, desk_id, sum(interactions) n, sum(persons) p from report_origin
                        where grain = (select min(grain) from report_origin) group by period, desk_id) a
  left join (select date(occurred_at) period, desk_id, count(*) n, sum(adults + children) p from interaction
             where not deleted group by date(occurred_at), desk_id) r using (period, desk_id)
  where r.n is null or a.n <> r.n or a.p <> r.p;")
aggregates=$([ "$mismatched" = 0 ] && [ "$mismatched_days" = 0 ] && echo equal || echo "DIFFERENT ($mismatched grains, $mismatched_days days)")
whole=0
for n in 1 2 3; do
  size=$(sql "$n" -N -e "show status like 'wsrep_cluster_size'" | cut -f2)
  synced "$n" && [ "$size" = 3 ] && whole=$((whole + 1))
done
sessions_pages=$(cat "$WORK"/session-*.log | grep -c '^page' || true)
sessions_again=$(cat "$WORK"/session-*.log | grep -c '^again 302 .*/$' || true)
sessions_failed=$(cat "$WORK"/session-*.log | grep -vcE '^(page|signin 302 .*/$|again 302 .*/$)' || true)
echo "saves answered OK $answered, saves found $found, lost $lost, duplicated $duplicated," \
  "errors seen by clients $client_errors (saved without an answer $unanswered); aggregates $aggregates; cluster $whole/3 Synced of 3;" \
  "desk sessions: $sessions_pages pages, $sessions_again signed in again after losing their instance," \
  "$sessions_failed failed loads"
[ "$lost" = 0 ] && [ "$duplicated" = 0 ] && [ "$aggregates" = equal ] && [ "$whole" = 3 ]
