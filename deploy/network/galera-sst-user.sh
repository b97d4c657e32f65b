#!/bin/bash
# Sourced by the official image's entrypoint while it creates a node's database (docker-compose.yml): the user
# that mariadb-backup's state transfer signs in as. On the first node it replicates to the others with the data.
docker_process_sql --database=mysql <<SQL
CREATE USER IF NOT EXISTS 'mariabackup'@'localhost' IDENTIFIED BY '${MARIADB_SST_PASSWORD}';
GRANT RELOAD, PROCESS, LOCK TABLES, BINLOG MONITOR, SLAVE MONITOR ON *.* TO 'mariabackup'@'localhost';
SQL
