#!/usr/bin/env bash
# Comptoir's database backups, with the MariaDB client tools (the backup service of docker-compose.yml runs this in
# the mariadb image; a plain server can run it from cron or a systemd timer).
#   backup.sh schedule          every day at COMPTOIR_BACKUP_TIME (02:30), then delete dumps older than
#                               COMPTOIR_BACKUP_KEEP_DAYS (14) days
#   backup.sh now               one dump now
#   backup.sh restore FILE [DB] replace database DB (default: the app's) by the dump FILE (a name in the backup
#                               folder, or a path); stop Comptoir first
# Connection: DB_HOST, DB_PORT, DB_USER, DB_PASSWORD, MARIADB_DATABASE; dumps go to BACKUP_DIR (/backups).
set -euo pipefail
# the dumps hold personal data: readable by their owner only
umask 077

dir=${BACKUP_DIR:-/backups}
database=${MARIADB_DATABASE:-comptoir}
keep_days=${COMPTOIR_BACKUP_KEEP_DAYS:-14}
at=${COMPTOIR_BACKUP_TIME:-02:30}

# The password goes through an option file, never the command line (ps would show it).
options=$(mktemp)
trap 'rm -f "$options"' EXIT
chmod 600 "$options"
printf '[client]\nhost=%s\nuser=%s\npassword="%s"\n' "${DB_HOST:-db}" "${DB_USER:-root}" "${DB_PASSWORD:-}" > "$options"
# DB_HOST=localhost: the server's socket (Debian's root signs in through it, without a password)
[ "${DB_HOST:-db}" = localhost ] || printf 'port=%s\nprotocol=tcp\n' "${DB_PORT:-3306}" >> "$options"

dump_tool() { command -v mariadb-dump || command -v mysqldump; }
client_tool() { command -v mariadb || command -v mysql; }

backup_now() {
  mkdir -p "$dir"
  local file="$dir/comptoir-$(date +%Y-%m-%d-%H%M%S).sql.gz"
  # one consistent snapshot of InnoDB tables without locking the desks out
  "$(dump_tool)" --defaults-extra-file="$options" --single-transaction --quick --triggers --hex-blob \
    --no-tablespaces --default-character-set=utf8mb4 "$database" | gzip > "$file.part"
  mv "$file.part" "$file"
  echo "backup: wrote $file ($(du -h "$file" | cut -f1))"
  # rotation by the date in the name, not the file's time: a copied or restored-from-tape backup keeps its name
  local cutoff old
  cutoff="comptoir-$(date -d "-$keep_days days" +%Y-%m-%d-%H%M%S).sql.gz"
  for old in "$dir"/comptoir-*.sql.gz; do
    [[ "$(basename "$old")" =~ ^comptoir-[0-9]{4}-[0-9]{2}-[0-9]{2}-[0-9]{6}\.sql\.gz$ ]] || continue
    if [[ "$(basename "$old")" < "$cutoff" ]]; then
      rm -f "$old" && echo "backup: rotated out $old"
    fi
  done
}

restore() {
  local file=$1 target=${2:-$database}
  [ -f "$file" ] || file="$dir/$file"
  [ -f "$file" ] || { echo "restore: no backup $1 (in $dir: $(ls "$dir" | tr '\n' ' '))" >&2; exit 1; }
  echo "restore: $file into database $target"
  "$(client_tool)" --defaults-extra-file="$options" -e "DROP DATABASE IF EXISTS \`$target\`;
    CREATE DATABASE \`$target\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
  gunzip -c "$file" | "$(client_tool)" --defaults-extra-file="$options" --default-character-set=utf8mb4 "$target"
  echo "restore: done; start Comptoir again"
}

schedule() {
  echo "backup: every day at $at, keeping $keep_days days in $dir"
  while true; do
    local now next
    now=$(date +%s)
    next=$(date -d "today $at" +%s)
    [ "$next" -gt "$now" ] || next=$(date -d "tomorrow $at" +%s)
    sleep $((next - now))
    backup_now || echo "backup: FAILED at $(date)" >&2
  done
}

case "${1:-schedule}" in
  schedule) schedule ;;
  now) backup_now ;;
  restore) [ $# -ge 2 ] || { echo "usage: backup.sh restore FILE [DATABASE]" >&2; exit 2; }; restore "$2" "${3:-}" ;;
  *) echo "usage: backup.sh schedule|now|restore FILE [DATABASE]" >&2; exit 2 ;;
esac
