#!/bin/sh
# Runs dist/services/$SERVICE/main.js (relative to the working directory, /app in the image) in place of this
# shell, so that node is PID 1 and receives SIGTERM itself.
set -eu
service="${SERVICE:-}"
main="dist/services/${service}/main.js"
case "$service" in
  '' | */* | .*) main="" ;;
esac
if [ -z "$main" ] || [ ! -f "$main" ]; then
  echo "ia-entrypoint: SERVICE='${service}' names no service; built ones: $(ls dist/services 2>/dev/null | tr '\n' ' ')" >&2
  exit 64
fi
exec node "$main" "$@"
