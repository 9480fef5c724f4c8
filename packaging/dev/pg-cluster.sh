#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the team book's tests, in one directory:
#
#   pg-cluster.sh start DIR   makes DIR, creates a cluster in it (initdb), starts
#                             the server and prints the connection URI, which it
#                             also writes to DIR/uri
#   pg-cluster.sh stop DIR    stops that server and removes DIR
#
# The server listens only on a Unix socket in DIR (listen_addresses is empty:
# no TCP port at all), with trust authentication, which is safe because the
# socket is the server user's alone (mode 0700: that user and root reach it). Run as root (as CI does) the
# cluster belongs to the `postgres` user, since PostgreSQL refuses to run as
# root; run as anyone else it belongs to that user. A server left running in
# DIR by an interrupted run is stopped and replaced.
#
# The URI names the database `tenure` and the cluster's superuser, e.g.
#   postgresql:///tenure?host=/tmp/tenure-pg&user=postgres
set -euo pipefail

usage() {
    echo "usage: $0 start|stop DIR" >&2
    exit 2
}
(($# == 2)) || usage
action=$1
dir=$2
[[ "$dir" == /* ]] || dir="$PWD/$dir"

bindir=${TENURE_PG_BINDIR:-}
if [[ -z "$bindir" ]]; then
    for candidate in /usr/lib/postgresql/*/bin; do
        [[ -x "$candidate/initdb" ]] && bindir=$candidate
    done
fi
if [[ -z "$bindir" || ! -x "$bindir/initdb" ]]; then
    echo "pg-cluster: no PostgreSQL server found (install postgresql, or set TENURE_PG_BINDIR)" >&2
    exit 1
fi

if ((EUID == 0)); then
    owner=postgres
    as_owner() { runuser -u postgres -- "$@"; }
else
    owner=$(id -un)
    as_owner() { "$@"; }
fi

# Stops the server in DIR if one runs there; says nothing when none does.
stop_server() {
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
}

# Removes DIR only when it holds a cluster this script made (or nothing), so
# that a mistyped path never deletes someone's files.
remove_dir() {
    [[ -e "$dir" ]] || return 0
    if [[ -f "$dir/pg-cluster" || -z "$(ls -A "$dir")" ]]; then
        rm -rf "$dir"
    else
        echo "pg-cluster: $dir is not a cluster made by this script; left as it is" >&2
        exit 1
    fi
}

case "$action" in
start)
    stop_server
    remove_dir
    mkdir -p "$dir"
    touch "$dir/pg-cluster"
    # The server's user must reach DIR (its data and its socket live there).
    chmod 755 "$dir"
    ((EUID == 0)) && chown postgres: "$dir"
    as_owner "$bindir/initdb" --pgdata="$dir/data" --username="$owner" --auth=trust \
        --encoding=UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
    }
    # -k: the socket's directory; listen_addresses='': no TCP at all. fsync is
    # off: the cluster is thrown away, and nothing in it must survive a crash.
    if ! as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -k '$dir' -c unix_socket_permissions=0700 -c fsync=off" start \
        >/dev/null; then
        cat "$dir/server.log" >&2
        exit 1
    fi
    as_owner "$bindir/createdb" -h "$dir" -U "$owner" tenure
    uri="postgresql:///tenure?host=$dir&user=$owner"
    echo "$uri" >"$dir/uri"
    echo "$uri"
    ;;
stop)
    stop_server
    remove_dir
    ;;
*)
    usage
    ;;
esac
