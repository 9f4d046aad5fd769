#!/bin/sh
# The tests run in Debian's Chromium and Firefox ESR. Installs them when missing (on Debian, as root),
# or says exactly what to install.
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
firefox=${FIREFOX_PATH:-/usr/bin/firefox-esr}
[ -x "$chromium" ] && [ -x "$firefox" ] && exit 0

if [ -f /etc/debian_version ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium and firefox-esr for the browser tests..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium firefox-esr >/dev/null || exit 1
  exit 0
fi

echo "The tests need Chromium at $chromium and Firefox ESR at $firefox." >&2
echo "On Debian or Ubuntu: sudo apt-get install chromium firefox-esr" >&2
echo "Elsewhere, install both and set CHROMIUM_PATH and FIREFOX_PATH to their executables." >&2
exit 1
