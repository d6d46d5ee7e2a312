#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the server tests (issue 14): initdb into a temporary folder,
# a private socket folder, password logins only, run by an unprivileged OS user, stopped at the
# end. CTest runs "start" as a fixture before the first server test and "stop" after the last.
#
#   pg-cluster.sh start STATE_DIR   makes and starts a cluster; writes STATE_DIR/cluster.env
#   pg-cluster.sh stop STATE_DIR    stops it and removes its folder
#   pg-cluster.sh pause STATE_DIR   stops the server, keeping the data (a test's outage)
#   pg-cluster.sh resume STATE_DIR  starts it again
#   pg-cluster.sh kill STATE_DIR    kills the server at once (SIGKILL to the postmaster)
#
# cluster.env holds WAYMARK_PG_HOST (the socket folder), WAYMARK_PG_PORT, WAYMARK_PG_SUPERUSER,
# WAYMARK_PG_PASSWORD, WAYMARK_PG_DATA and WAYMARK_PG_BIN. PostgreSQL refuses to run as root,
# so as root the cluster belongs to the "postgres" user (made by Debian's package), or "nobody".
set -euo pipefail

action=${1:?usage: pg-cluster.sh start|stop|pause|resume|kill STATE_DIR}
state_dir=${2:?usage: pg-cluster.sh start|stop|pause|resume|kill STATE_DIR}
env_file="$state_dir/cluster.env"

find_bin() {
    local dir
    for dir in /usr/lib/postgresql/*/bin; do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
            echo "$dir"
            return 0
        fi
    done
    return 1
}

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        setpriv --reuid="$owner" --regid="$(id -g "$owner")" --clear-groups -- "$@"
    else
        "$@"
    fi
}

pg_ctl_run() {
    as_owner "$WAYMARK_PG_BIN/pg_ctl" -D "$WAYMARK_PG_DATA" -l "$WAYMARK_PG_ROOT/server.log" "$@"
}

load_state() {
    if [ ! -f "$env_file" ]; then
        echo "pg-cluster: no cluster was started in $state_dir" >&2
        exit 1
    fi
    # shellcheck disable=SC1090 # written by "start" below
    source "$env_file"
    owner=$(stat -c %U "$WAYMARK_PG_DATA")
}

start_cluster() {
    local bin
    if ! bin=$(find_bin); then
        echo "pg-cluster: PostgreSQL's server programs are not installed (Debian package" >&2
        echo "pg-cluster: 'postgresql'); ./test.sh installs them. The server tests cannot run." >&2
        exit 1
    fi
    owner=$(id -un)
    if [ "$(id -u)" -eq 0 ]; then
        owner=postgres
        id postgres >/dev/null 2>&1 || owner=nobody
    fi
    mkdir -p "$state_dir"
    [ -f "$env_file" ] && "$0" stop "$state_dir" >/dev/null 2>&1 || true

    local root
    root=$(mktemp -d /tmp/waymark-pg.XXXXXX)
    chmod 755 "$root"
    mkdir "$root/data" "$root/socket"
    chmod 700 "$root/data"
    chmod 755 "$root/socket" # the tests (another user, as root) connect through it
    local password
    password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
    printf '%s\n' "$password" >"$root/pwfile"
    chown -R "$owner" "$root"

    # A port no other server on this machine has: the socket's name carries it, and the tests
    # also connect over 127.0.0.1.
    local port
    for port in $(shuf -i 20000-60000 -n 40); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            break
        fi
    done

    WAYMARK_PG_BIN=$bin
    WAYMARK_PG_DATA=$root/data
    WAYMARK_PG_ROOT=$root
    as_owner "$bin/initdb" -D "$root/data" -U waymark_dba --pwfile="$root/pwfile" \
        --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$root/initdb.log" 2>&1 || {
        cat "$root/initdb.log" >&2
        exit 1
    }
    rm -f "$root/pwfile"
    # Small and self-contained: no shared memory segment (a container may have no /dev/shm),
    # connections for the 60-member benchmark, and nothing but this socket folder and loopback.
    cat >>"$root/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$root/socket'
unix_socket_permissions = 0777
dynamic_shared_memory_type = mmap
max_connections = 120
shared_buffers = 32MB
fsync = on
log_min_messages = warning
EOF
    cat >"$env_file" <<EOF
WAYMARK_PG_HOST=$root/socket
WAYMARK_PG_PORT=$port
WAYMARK_PG_SUPERUSER=waymark_dba
WAYMARK_PG_PASSWORD=$password
WAYMARK_PG_DATA=$root/data
WAYMARK_PG_ROOT=$root
WAYMARK_PG_BIN=$bin
EOF
    chmod 644 "$env_file"
    if ! pg_ctl_run -w -t 60 start >/dev/null; then
        cat "$root/server.log" >&2
        exit 1
    fi
    echo "pg-cluster: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on $root/socket, port $port, as $owner"
}

case "$action" in
start) start_cluster ;;
stop)
    load_state
    pg_ctl_run -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$WAYMARK_PG_ROOT" "$env_file"
    ;;
pause)
    load_state
    pg_ctl_run -w -m fast stop >/dev/null
    ;;
resume)
    load_state
    pg_ctl_run -w -t 60 start >/dev/null
    ;;
kill)
    load_state
    postmaster=$(head -1 "$WAYMARK_PG_DATA/postmaster.pid")
    kill -9 "$postmaster"
    # Wait until the postmaster's children have gone, so that a restart finds the port free.
    for _ in $(seq 50); do
        pgrep -u "$owner" -f "$WAYMARK_PG_DATA" >/dev/null 2>&1 || break
        sleep 0.1
    done
    # In a container whose first process reaps no children the killed postmaster stays a zombie,
    # which PostgreSQL takes for a running server: its pid file goes, as after a real crash.
    if [ "$(awk '{print $3}' "/proc/$postmaster/stat" 2>/dev/null)" = Z ]; then
        rm -f "$WAYMARK_PG_DATA/postmaster.pid" "$WAYMARK_PG_HOST/.s.PGSQL.$WAYMARK_PG_PORT.lock"
    fi
    ;;
*)
    echo "pg-cluster: unknown action $action" >&2
    exit 1
    ;;
esac
