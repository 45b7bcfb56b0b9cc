#!/usr/bin/env bash
#
# Unpacks the built distribution into a temporary directory on free ports, starts it with the
# given heap, runs the load generator's scenarios against it, and stops it. Build first:
#   mvn -o -q install -DskipTests        (the distribution and benchmarks/target/benchmarks.jar)
#
# Usage: benchmarks/run-load.sh [--heap 2g] [--jfr] [--keep] [-- LoadGenerator options]
#   --heap SIZE   the server's -Xmx (JAVA_MAX_MEM), default 2g
#   --jfr         record the server with JFR for the whole run (JFR_SETTINGS, default profile: a
#                 .jfc file may sample every 1 ms); the file is copied to benchmarks/target/server-<time>.jfr
#   --keep        leave the unpacked server directory (its data/log) in place
# Anything after -- goes to LoadGenerator, e.g. -- --scenarios R1,latency --points 2000000
#
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
HEAP=2g
JFR=""
KEEP=""
while [ $# -gt 0 ]; do
    case "$1" in
        --heap) HEAP=$2; shift 2 ;;
        --jfr) JFR=yes; shift ;;
        --keep) KEEP=yes; shift ;;
        --) shift; break ;;
        *) echo "unknown option $1 (see the head of $0)" >&2; exit 2 ;;
    esac
done

JAR=$ROOT/benchmarks/target/benchmarks.jar
DIST=$(ls "$ROOT"/karaf-assembly/target/kapacitor-assembly-*.tar.gz 2>/dev/null | head -n 1)
[ -f "$JAR" ] && [ -n "$DIST" ] || { echo "build first: mvn -o -q install -DskipTests" >&2; exit 1; }

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

SERVER=$(mktemp -d "${TMPDIR:-/tmp}/kapacitor-load.XXXXXX")
SERVER_PID=""
stop_server() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        "$SERVER/bin/stop" >/dev/null 2>&1 || true
        for _ in $(seq 1 30); do
            kill -0 "$SERVER_PID" 2>/dev/null || break
            sleep 1
        done
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    if [ -n "$KEEP" ]; then
        echo "server directory kept: $SERVER" >&2
    else
        rm -rf "$SERVER"
    fi
}
trap stop_server EXIT

tar -xzf "$DIST" -C "$SERVER" --strip-components=1
HTTP_PORT=$(free_port)
SSH_PORT=$(free_port)
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $HTTP_PORT/" "$SERVER/etc/org.ops4j.pax.web.cfg"
sed -i "s/^sshPort *=.*/sshPort=$SSH_PORT/" "$SERVER/etc/org.apache.karaf.shell.cfg"
URL="http://127.0.0.1:$HTTP_PORT"

# bin/kapacitord execs the JVM, so this pid is the server's
JAVA_MIN_MEM=$HEAP JAVA_MAX_MEM=$HEAP "$SERVER/bin/kapacitord" >"$SERVER/kapacitord.out" 2>&1 &
SERVER_PID=$!

ready=""
for _ in $(seq 1 240); do
    kill -0 "$SERVER_PID" 2>/dev/null || break
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$URL/kapacitor/v1/ping")" = 204 ] \
        && [ "$(curl -s -o /dev/null -w '%{http_code}' "$URL/kapacitor/v1/tasks")" = 200 ]; then
        ready=yes
        break
    fi
    sleep 0.5
done
if [ -z "$ready" ]; then
    echo "the server did not become ready at $URL; its log:" >&2
    tail -n 50 "$SERVER/data/log/karaf.log" "$SERVER/kapacitord.out" >&2 || true
    exit 1
fi
echo "server ready at $URL (pid $SERVER_PID, heap $HEAP); load $(cut -d' ' -f1-3 /proc/loadavg)"

if [ -n "$JFR" ]; then
    jcmd "$SERVER_PID" JFR.start name=load settings="${JFR_SETTINGS:-profile}" filename="$SERVER/server.jfr" >/dev/null
fi

status=0
java -Xmx2g -XX:+UseParallelGC -cp "$JAR" dev.kapacitor.benchmarks.load.LoadGenerator \
    --url "$URL" --pid "$SERVER_PID" "$@" || status=$?

if [ -n "$JFR" ]; then
    jcmd "$SERVER_PID" JFR.stop name=load >/dev/null
    OUT=$ROOT/benchmarks/target/server-$(date -u +%Y%m%dT%H%M%SZ).jfr
    cp "$SERVER/server.jfr" "$OUT"
    echo "JFR recording: $OUT (jfr print --events jdk.ExecutionSample $OUT | less)"
fi
echo "load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
