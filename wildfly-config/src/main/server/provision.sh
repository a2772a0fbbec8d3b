#!/usr/bin/env bash
# Provisions a configured WildFly from the unpacked dist: copies it, installs the JDBC driver
# module, then applies every CLI script in ../cli in order, offline (embed-server), so nothing
# needs a running server. Values stay as ${env.X:default} expressions in standalone.xml and are
# resolved when the server boots: one provisioned server serves the launcher and the tests.
#
#   provision.sh <unpacked-dist-dir> <target-jboss-home> <postgresql.jar> <cns-tls.jar>
set -euo pipefail
dist=${1:?unpacked WildFly dist dir}
home=${2:?target JBOSS_HOME}
driver=${3:?postgresql JDBC driver jar}
tls_jar=${4:?jar of the it.cns.enrollment.tls module}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cli_dir="$here/../cli"
modules_dir="$here/../modules"

rm -rf "$home"
mkdir -p "$(dirname "$home")"
cp -a "$dist" "$home"

mkdir -p "$home/modules/org/postgresql/main"
cp "$modules_dir/org/postgresql/main/module.xml" "$home/modules/org/postgresql/main/"
cp "$driver" "$home/modules/org/postgresql/main/postgresql.jar"
mkdir -p "$home/modules/it/cns/enrollment/tls/main"
cp "$modules_dir/it/cns/enrollment/tls/main/module.xml" "$home/modules/it/cns/enrollment/tls/main/"
cp "$tls_jar" "$home/modules/it/cns/enrollment/tls/main/cns-tls.jar"

# Offline validation resolves expressions that have no default; the secrets are not known (nor
# wanted) here, so a placeholder satisfies the check. standalone.xml keeps the ${env.X} form.
export CNS_PKI_PASSWORD=not-used-at-provisioning CNS_DB_PASSWORD=not-used-at-provisioning \
  CNS_DB_MIGRATION_PASSWORD=not-used-at-provisioning
# Optional scripts, applied when their variable is set now (their values are still read at boot).
optional=()
if [ -n "${CNS_SMTP_USER:-}" ]; then
  optional+=("$cli_dir/optional/mail-login.cli")
  export CNS_SMTP_PASSWORD=not-used-at-provisioning
fi
# One CLI run for all scripts (each embedded boot costs seconds): every script stays runnable on
# its own, and here their bodies are applied in order inside a single embedded server.
combined="$home/standalone/provision.cli"
{
  echo "embed-server --server-config=standalone.xml --std-out=discard"
  for script in "$cli_dir"/[0-9][0-9]-*.cli ${optional[@]+"${optional[@]}"}; do
    echo "# --- $(basename "$script")"
    grep -v -e '^embed-server' -e '^stop-embedded-server' "$script"
  done
  echo "stop-embedded-server"
} >"$combined"
echo "provision: applying $(cd "$cli_dir" && ls [0-9][0-9]-*.cli | tr '\n' ' ')${optional[*]+${optional[*]##*/}}"
JAVA_OPTS="-Xmx256m" "$home/bin/jboss-cli.sh" --file="$combined" >"$home/standalone/provision.log" 2>&1 || {
  cat "$home/standalone/provision.log" >&2
  echo "provision: CLI scripts failed" >&2
  exit 1
}
# The cluster profile (issue #14): standalone-ha.xml from the dist gets the same scripts, then the
# HA ones in ../cli/cluster; `standalone.sh -c standalone-ha.xml` starts a node. A single node
# keeps standalone.xml, untouched by the cluster scripts.
combined_ha="$home/standalone/provision-ha.cli"
{
  echo "embed-server --server-config=standalone-ha.xml --std-out=discard"
  for script in "$cli_dir"/[0-9][0-9]-*.cli ${optional[@]+"${optional[@]}"} "$cli_dir"/cluster/[0-9][0-9]-*.cli; do
    echo "# --- $(basename "$script")"
    grep -v -e '^embed-server' -e '^stop-embedded-server' "$script"
  done
  echo "stop-embedded-server"
} >"$combined_ha"
echo "provision: cluster profile standalone-ha.xml (+ $(cd "$cli_dir/cluster" && ls [0-9][0-9]-*.cli | tr '\n' ' '))"
JAVA_OPTS="-Xmx256m" "$home/bin/jboss-cli.sh" --file="$combined_ha" >"$home/standalone/provision-ha.log" 2>&1 || {
  cat "$home/standalone/provision-ha.log" >&2
  echo "provision: CLI scripts of the cluster profile failed" >&2
  exit 1
}
# The CLI runs leave history and logs behind that the server does not need.
rm -rf "$home/standalone/data" "$home/standalone/log" "$home/standalone/tmp" "$home/standalone/configuration/standalone_xml_history"
echo "provision: WildFly configured in $home"
