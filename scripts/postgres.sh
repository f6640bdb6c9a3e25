#!/usr/bin/env bash
# Installs PostgreSQL 15 from apt, starts it on loopback only and creates Tailor's role and database with a password.
# Idempotent: run it again to start a stopped server; an existing role keeps its password.
# Usage: scripts/postgres.sh            (role/database "tailor"; TAILOR_PG_ROLE, TAILOR_PG_DATABASE, TAILOR_PG_PORT override)
# The password is TAILOR_PG_PASSWORD, else one generated once into data/postgres-password (0600). The connection string
# is written to data/postgres-connection (0600) for `Tailor__ConnectionString="$(cat data/postgres-connection)"`.
# The role may create databases: the PostgreSQL test run makes a scratch database per test server.
set -euo pipefail
cd "$(dirname "$0")/.."

role=${TAILOR_PG_ROLE:-tailor}
database=${TAILOR_PG_DATABASE:-tailor}
port=${TAILOR_PG_PORT:-5432}
version=15
sudo=$([ "$(id -u)" -eq 0 ] || echo sudo)
as_postgres() { $sudo runuser -u postgres -- "$@"; }

if [ ! -x /usr/lib/postgresql/$version/bin/postgres ]; then
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends postgresql-$version postgresql-client-$version
fi
if ! pg_lsclusters -h | awk '{print $1"/"$2}' | grep -qx "$version/main"; then
  $sudo pg_createcluster $version main --port "$port"
fi

config=/etc/postgresql/$version/main
# Loopback only, and no trust: peer for the local postgres superuser, passwords (SCRAM) for everyone else.
$sudo sed -i -E "s/^#?listen_addresses *=.*/listen_addresses = 'localhost'/" $config/postgresql.conf
$sudo sed -i -E "s/^#?port *=.*/port = $port/" $config/postgresql.conf
$sudo sed -i -E "s/^#?password_encryption *=.*/password_encryption = scram-sha-256/" $config/postgresql.conf
$sudo sed -i -E '/^(local|host)/ s/[[:space:]]trust[[:space:]]*$/ scram-sha-256/' $config/pg_hba.conf
$sudo sed -i -E '/^local[[:space:]]+all[[:space:]]+postgres/ s/[[:alnum:]-]+[[:space:]]*$/peer/' $config/pg_hba.conf

if pg_lsclusters -h | awk -v v=$version '$1==v && $2=="main" {print $4}' | grep -q online; then
  $sudo pg_ctlcluster $version main reload
else
  $sudo pg_ctlcluster $version main start
fi
for _ in $(seq 30); do pg_isready -q -h localhost -p "$port" && break; sleep 1; done
pg_isready -h localhost -p "$port"

mkdir -p data
if [ -n "${TAILOR_PG_PASSWORD:-}" ]; then
  password=$TAILOR_PG_PASSWORD
elif [ -s data/postgres-password ]; then
  password=$(cat data/postgres-password)
else
  password=$(head -c 24 /dev/urandom | base64 | tr -d '/+=' | head -c 32)
  (umask 077; printf '%s' "$password" > data/postgres-password)
fi

psql_admin() { as_postgres psql -p "$port" -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" != 1 ]; then
  psql_admin -v role="$role" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN CREATEDB PASSWORD :'password';
SQL
  echo "postgres.sh: created role $role"
elif [ -n "${TAILOR_PG_PASSWORD:-}" ] || [ -s data/postgres-password ]; then
  psql_admin -v role="$role" -v password="$password" <<'SQL'
ALTER ROLE :"role" LOGIN CREATEDB PASSWORD :'password';
SQL
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" != 1 ]; then
  as_postgres createdb -p "$port" -O "$role" "$database"
  echo "postgres.sh: created database $database"
fi

(umask 077; printf 'Host=localhost;Port=%s;Database=%s;Username=%s;Password=%s' "$port" "$database" "$role" "$password" > data/postgres-connection)
echo "postgres.sh: PostgreSQL $version on localhost:$port, database $database, role $role; connection string in data/postgres-connection"
