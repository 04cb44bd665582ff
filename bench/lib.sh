# Shared by the benchmark scripts: building the service and starting instances of it.
# Sourced, not run.

# Builds the service jar once and prints its path.
build_jar() {
  ./mvnw -q -B -pl app -am package -DskipTests
  ls app/target/spendwise-app-*.jar | grep -v original | head -n 1
}

# start_service JAR PORT LOG [NAME=VALUE...] [-- ARGS...]: starts an instance in the background
# with the environment given, waits until it is ready and prints its pid.
start_service() {
  local jar=$1 port=$2 log=$3
  shift 3
  local env=() args=()
  while [ $# -gt 0 ]; do
    if [ "$1" = "--" ]; then shift; args=("$@"); break; fi
    env+=("$1"); shift
  done
  env "${env[@]}" SPENDWISE_PORT="$port" java ${SERVICE_OPTS:-} -jar "$jar" "${args[@]}" >"$log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; then
      echo "$pid"
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; return 1; }
    sleep 1
  done
  echo "instance on port $port did not become ready" >&2
  return 1
}

# stop_service PID: stops an instance and waits until it has exited (its embedded database too).
stop_service() {
  kill "$1" 2>/dev/null || return 0
  while kill -0 "$1" 2>/dev/null; do sleep 0.2; done
}
