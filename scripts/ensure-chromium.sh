#!/usr/bin/env bash
# The browser tests (test/view) drive Debian's chromium. On a fresh machine `npm test` installs it
# with apt when it is missing and we may (root, apt-get present); never a browser download.
# Elsewhere it says what to do, and the browser tests fail with the same advice.
set -euo pipefail
browser="${CITAT_CHROMIUM:-/usr/bin/chromium}"
[ -x "$browser" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "citat: installing Debian's chromium for the browser tests (apt-get; once)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
else
  echo "citat: chromium is not installed; the browser tests will fail. Install it with: sudo apt-get install -y chromium (or set CITAT_CHROMIUM)" >&2
fi
