#!/bin/sh
# The first supervisor of an installed server (docs/operations.md, Install, step 6), or a new
# initial password for a supervisor locked out: the launcher's SupervisorBootstrap, from this
# archive's tools/, with the database and Argon2id settings of the server's environment file read
# as systemd reads it (KEY=VALUE, # and ; comments, one pair of quotes removed). No checkout, no
# Maven. The password is printed once, on this terminal, and stored only as an Argon2id hash.
#   /opt/cns-enrollment/cns-supervisor.sh [--env-file <file>] <username> "<display name>"
#   /opt/cns-enrollment/cns-supervisor.sh [--env-file <file>] --reset <username>
# The file is /etc/cns-enrollment/cns.env unless --env-file names another.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
env_file=/etc/cns-enrollment/cns.env
if [ "${1:-}" = "--env-file" ] && [ $# -ge 2 ]; then
  env_file=$2
  shift 2
fi
if [ ! -r "$env_file" ]; then
  echo "cannot read $env_file (run as root, or name the file with --env-file)" >&2
  exit 2
fi
while IFS= read -r line || [ -n "$line" ]; do
  line=$(printf '%s' "$line" | sed 's/^[[:space:]]*//; s/[[:space:]]*$//')
  case "$line" in '' | '#'* | ';'*) continue ;; esac
  name=${line%%=*}
  value=${line#*=}
  case "$value" in
    \"*\") value=${value#\"}; value=${value%\"} ;;
    \'*\') value=${value#\'}; value=${value%\'} ;;
  esac
  # Only the product's settings: nothing else in the file reaches the tool.
  case "$name" in CNS_*) export "$name=$value" ;; esac
done <"$env_file"
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" \
  -cp "$here/tools/*:$here/wildfly/modules/org/postgresql/main/postgresql.jar" \
  it.cns.enrollment.infrastructure.tools.SupervisorBootstrap "$@"
