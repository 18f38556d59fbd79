#!/usr/bin/env bash
# A throwaway PostgreSQL for the database tests. Idempotent: installs Debian's postgresql when it
# is missing (as root), creates a cluster in DIR when there is none, starts it on PORT unless it
# already runs, and prints the URL for TEST_DATABASE_URL on stdout (everything else on stderr):
#
#   export TEST_DATABASE_URL=$(scripts/lib/test-postgres.sh [DIR] [PORT])
#   scripts/lib/test-postgres.sh --stop [DIR]
#
# Trust authentication on loopback and fsync off: for tests only, never for data you keep.
set -euo pipefail

stop=0
if [ "${1:-}" = "--stop" ]; then stop=1; shift; fi
dir="${1:-${TMPDIR:-/tmp}/rampdesk-test-postgres}"
port="${2:-55432}"

say() { echo "test-postgres: $*" >&2; }

find_bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

bindir=$(find_bindir)
if [ -z "$bindir" ] && command -v pg_ctl >/dev/null 2>&1; then bindir=$(dirname "$(command -v pg_ctl)"); fi
if [ -z "$bindir" ]; then
  if [ "$(id -u)" != 0 ]; then
    say "PostgreSQL is not installed. Install it (apt-get install postgresql) or run this as root."
    exit 1
  fi
  say "installing PostgreSQL from Debian…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  # policy-rc.d may refuse to start the packaged cluster in a container; we run our own anyway.
  apt-get install -y -qq postgresql >&2 || [ -n "$(find_bindir)" ]
  bindir=$(find_bindir)
  [ -n "$bindir" ] || { say "installing postgresql failed"; exit 1; }
fi

# initdb and postgres refuse to run as root: run them as the postgres user the package created.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    su postgres -s /bin/bash -c "$(printf '%q ' "$@")"
  else
    "$@"
  fi
}

running() { as_owner "$bindir/pg_ctl" -D "$dir" status >/dev/null 2>&1; }

if [ "$stop" = 1 ]; then
  if [ -f "$dir/PG_VERSION" ] && running; then as_owner "$bindir/pg_ctl" -D "$dir" -m fast -w stop >&2; fi
  exit 0
fi

if [ ! -f "$dir/PG_VERSION" ]; then
  say "creating a cluster in $dir"
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  chmod 700 "$dir"
  as_owner "$bindir/initdb" -D "$dir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
fi

if ! running; then
  say "starting PostgreSQL on 127.0.0.1:$port"
  as_owner "$bindir/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >&2 ||
    { say "PostgreSQL did not start; its log:"; tail -n 20 "$dir/server.log" >&2; exit 1; }
else
  # Already running, maybe on another port than asked: report the one it listens on.
  port=$(sed -n 4p "$dir/postmaster.pid")
fi

echo "postgres://postgres@127.0.0.1:$port/postgres"
