#!/usr/bin/env bash
# The queue tests (test/queue) start Debian's redis-server on a free loopback port. On a fresh
# machine this installs it with apt when it is missing and we may (root, apt-get present); nothing
# is downloaded at test time. Elsewhere it says what to do, and the queue tests are skipped with
# the same advice.
set -euo pipefail
command -v redis-server >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "citat: installing Debian's redis-server for the queue tests (apt-get; once)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends redis-server >/dev/null
  # Debian's package starts a system Redis on port 6379; the tests start their own, so stop it.
  (service redis-server stop || systemctl stop redis-server) >/dev/null 2>&1 || true
else
  echo "citat: redis-server is not installed; the queue tests will be skipped. Install it with: sudo apt-get install -y redis-server" >&2
fi
