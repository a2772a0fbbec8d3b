#!/usr/bin/env bash
# A throwaway PostgreSQL cluster the project owns, from the machine's installed server binaries.
# Works as root too (PostgreSQL refuses to run as root: the cluster then runs as `postgres`).
#
#   pg.sh start  <data-dir> <port> <password> [<owner-password>]
#                 init if needed, start on 127.0.0.1:<port>, ensure the two roles and database `cns`:
#                 `cns_owner` (owner-password) owns the database and its schema, the migrations run
#                 as it; `cns` (password) is the application's runtime role, granted by the
#                 migrations only what it needs (docs/security.md, "Two database roles"). Without
#                 owner-password an existing `cns_owner` keeps its password.
#   pg.sh fresh  <data-dir> <port> <password> <owner-password>   as start, on a new empty cluster
#   pg.sh stop   <data-dir>
#   pg.sh status <data-dir>
#   pg.sh psql   <data-dir> <port> <password> [psql args...]   run psql as `cns` on the cluster
set -euo pipefail
cmd=${1:?start|stop|status|psql}
data=${2:?data dir}
data=$(mkdir -p "$data" && cd "$data" && pwd)

pg_bin() {
  if [ -n "${CNS_PG_BIN:-}" ]; then echo "$CNS_PG_BIN"; return; fi
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$d" ] || { echo "pg.sh: no PostgreSQL server binaries under /usr/lib/postgresql (apt-get install postgresql)" >&2; exit 1; }
  echo "$d"
}
BIN=$(pg_bin)

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# When running as root the cluster directory must belong to `postgres`, and every parent must be
# traversable by it; if the checkout's path is not (e.g. under /root), the cluster lives in /tmp.
cluster_dir() {
  if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$data"; then
    echo "/tmp/cns-pg-$(echo -n "$data" | md5sum | cut -c1-12)"
  else
    echo "$data/cluster"
  fi
}
CLUSTER=$(cluster_dir)

stop_cluster() {
  if [ -f "$CLUSTER/PG_VERSION" ] && as_owner "$BIN/pg_ctl" -D "$CLUSTER" status >/dev/null 2>&1; then
    as_owner "$BIN/pg_ctl" -D "$CLUSTER" -m fast -w stop >/dev/null
    echo "pg.sh: PostgreSQL stopped"
  else
    echo "pg.sh: not running"
  fi
}

# A cluster outside the data dir (the /tmp fallback) outlives a deleted data dir: without the
# data dir's record of it, it is a stale leftover and is discarded rather than reused.
if [ "$cmd" = start ] && [ "$CLUSTER" != "$data/cluster" ] && [ -f "$CLUSTER/PG_VERSION" ] \
  && [ "$(cat "$data/cluster.path" 2>/dev/null)" != "$CLUSTER" ]; then
  echo "pg.sh: discarding the stale cluster $CLUSTER (its data dir $data was recreated)"
  cmd=fresh
fi

if [ "$cmd" = fresh ]; then
  stop_cluster
  rm -rf "$CLUSTER"
  cmd=start
fi

case "$cmd" in
  start)
    port=${3:?port}
    password=${4:?password}
    if [ ! -f "$CLUSTER/PG_VERSION" ]; then
      rm -rf "$CLUSTER"
      mkdir -p "$CLUSTER"
      chmod 700 "$CLUSTER"
      [ "$(id -u)" = 0 ] && chown postgres:postgres "$CLUSTER"
      # Superuser `cnsadmin` reachable only through the cluster's own Unix socket (peer/trust on a
      # private socket directory); TCP needs scram passwords.
      as_owner "$BIN/initdb" -D "$CLUSTER" -U cnsadmin --auth-local=trust --auth-host=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >"$data/initdb.log" 2>&1 || { cat "$data/initdb.log" >&2; exit 1; }
      echo "$CLUSTER" >"$data/cluster.path"
    fi
    if as_owner "$BIN/pg_ctl" -D "$CLUSTER" status >/dev/null 2>&1; then
      echo "pg.sh: already running ($CLUSTER)"
    else
      as_owner "$BIN/pg_ctl" -D "$CLUSTER" -w -t 60 -l "$CLUSTER/server.log" \
        -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$CLUSTER -c max_connections=100 -c fsync=${CNS_PG_FSYNC:-on}" \
        start >/dev/null || { tail -n 30 "$CLUSTER/server.log" >&2; exit 1; }
    fi
    sql_in() { local db=$1; shift; as_owner "$BIN/psql" -h "$CLUSTER" -p "$port" -U cnsadmin -d "$db" -v ON_ERROR_STOP=1 -qAt "$@"; }
    sql() { sql_in postgres "$@"; }
    # Passwords travel through psql's variable quoting, never through a command line of their own.
    ensure_role() { # <role> <password or empty: keep>
      if [ "$(sql -c "select 1 from pg_roles where rolname='$1'")" != 1 ]; then
        [ -n "$2" ] || { echo "pg.sh: role $1 does not exist and no password was given for it" >&2; exit 1; }
        sql -v pw="$2" <<<"create role $1 login password :'pw';"
      elif [ -n "$2" ]; then
        sql -v pw="$2" <<<"alter role $1 password :'pw';"
      fi
    }
    ensure_role cns "$password"
    ensure_role cns_owner "${5:-}"
    if [ "$(sql -c "select 1 from pg_database where datname='cns'")" != 1 ]; then
      sql -c "create database cns owner cns_owner encoding 'UTF8'"
    elif [ "$(sql -c "select pg_get_userbyid(datdba) from pg_database where datname='cns'")" != cns_owner ]; then
      # A database made before the two roles, owned by `cns`: everything it owns passes to the
      # owner role (the next deployment's migrations then grant `cns` its runtime rights).
      sql -c "alter database cns owner to cns_owner"
      sql_in cns -c "reassign owned by cns to cns_owner"
      echo "pg.sh: database cns and its objects now belong to cns_owner"
    fi
    echo "$port" >"$data/port"
    echo "pg.sh: PostgreSQL running on 127.0.0.1:$port (cluster $CLUSTER)"
    ;;
  stop) stop_cluster ;;
  status)
    if [ -f "$CLUSTER/PG_VERSION" ] && as_owner "$BIN/pg_ctl" -D "$CLUSTER" status >/dev/null 2>&1; then
      echo "running on 127.0.0.1:$(cat "$data/port" 2>/dev/null || echo '?') (cluster $CLUSTER)"
    else
      echo "stopped"; exit 3
    fi
    ;;
  psql)
    port=${3:?port}
    password=${4:?password}
    shift 4
    PGPASSWORD="$password" "$BIN/psql" -h 127.0.0.1 -p "$port" -U cns -d cns -v ON_ERROR_STOP=1 "$@"
    ;;
  *) echo "usage: pg.sh start|fresh|stop|status|psql <data-dir> ..." >&2; exit 2 ;;
esac
