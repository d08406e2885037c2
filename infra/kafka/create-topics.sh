#!/bin/sh
# Creates the topics of topics.txt that do not exist yet and brings the configs of existing ones in line with it.
# POSIX sh: runs in the apache/kafka image (busybox) as well as on a developer's machine.
#   BOOTSTRAP_SERVERS  broker to talk to                      (default localhost:9092)
#   TOPICS_FILE        the topic list                          (default: topics.txt beside this script)
#   MAX_REPLICATION    cap for replication and min.insync.replicas (default: no cap)
#   KAFKA_BIN          folder of kafka-topics.sh, kafka-configs.sh (default /opt/kafka/bin)
set -eu
set -f

bootstrap="${BOOTSTRAP_SERVERS:-localhost:9092}"
topics_file="${TOPICS_FILE:-$(dirname "$0")/topics.txt}"
max_replication="${MAX_REPLICATION:-32767}"
bin="${KAFKA_BIN:-/opt/kafka/bin}"

fail() {
  echo "create-topics: $topics_file line $line_number: $1" >&2
  exit 1
}

is_count() {
  case "$1" in '' | *[!0-9]* | 0*) return 1 ;; *) return 0 ;; esac
}

[ -r "$topics_file" ] || { echo "create-topics: cannot read $topics_file" >&2; exit 1; }
is_count "$max_replication" || { echo "create-topics: MAX_REPLICATION must be a positive integer" >&2; exit 1; }

existing="$("$bin/kafka-topics.sh" --bootstrap-server "$bootstrap" --list)"
created=0
updated=0
line_number=0

while IFS= read -r raw || [ -n "$raw" ]; do
  line_number=$((line_number + 1))
  line="${raw%%#*}"
  # shellcheck disable=SC2086 # split the line into its fields
  set -- $line
  [ $# -eq 0 ] && continue
  if [ $# -lt 3 ] || [ $# -gt 4 ]; then fail "expected '<topic> <partitions> <replication> [configs]', got '$line'"; fi
  name="$1" partitions="$2" replication="$3" configs="${4:-}"
  case "$name" in *[!a-zA-Z0-9._-]*) fail "invalid topic name '$name'" ;; esac
  is_count "$partitions" || fail "partitions must be a positive integer, got '$partitions'"
  is_count "$replication" || fail "replication must be a positive integer, got '$replication'"
  [ "$replication" -gt "$max_replication" ] && replication="$max_replication"

  config_args=""
  config_list=""
  for pair in $(echo "$configs" | tr ',' ' '); do
    key="${pair%%=*}"
    value="${pair#*=}"
    if [ -z "$key" ] || [ "$key" = "$pair" ]; then fail "config '$pair' is not key=value"; fi
    if [ "$key" = "min.insync.replicas" ]; then
      is_count "$value" || fail "min.insync.replicas must be a positive integer, got '$value'"
      [ "$value" -gt "$replication" ] && value="$replication"
    fi
    config_args="$config_args --config $key=$value"
    config_list="$config_list,$key=$value"
  done

  if printf '%s\n' "$existing" | grep -qxF "$name"; then
    if [ -n "$config_list" ]; then
      "$bin/kafka-configs.sh" --bootstrap-server "$bootstrap" --alter --entity-type topics --entity-name "$name" \
        --add-config "${config_list#,}"
      updated=$((updated + 1))
    fi
  else
    # shellcheck disable=SC2086 # one --config argument per pair
    "$bin/kafka-topics.sh" --bootstrap-server "$bootstrap" --create --if-not-exists --topic "$name" \
      --partitions "$partitions" --replication-factor "$replication" $config_args
    created=$((created + 1))
  fi
done <"$topics_file"

echo "create-topics: $created created, $updated updated from $topics_file"
