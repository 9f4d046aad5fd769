#!/bin/sh
# The tests run in Debian's Chromium, Firefox ESR and WebKitGTK (Safari's engine: its WebDriver, which starts
# MiniBrowser, under an X server of its own, Xvfb, since WebKitGTK has no headless mode). WebKitGTK hyphenates
# with the dictionaries in /usr/share/hyphen, as Safari does with the system's: the four languages' are
# installed so that WebKit breaks words as its visitors see them. Installs what is missing (on Debian, as
# root), or says exactly what to install.
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
firefox=${FIREFOX_PATH:-/usr/bin/firefox-esr}
webkit_driver=${WEBKIT_DRIVER_PATH:-/usr/bin/WebKitWebDriver}
xvfb=${XVFB_PATH:-/usr/bin/Xvfb}
packages="chromium firefox-esr webkit2gtk-driver xvfb hyphen-nl hyphen-fr hyphen-de hyphen-en-us"
dictionaries=/usr/share/hyphen
[ -x "$chromium" ] && [ -x "$firefox" ] && [ -x "$webkit_driver" ] && [ -x "$xvfb" ] &&
  [ -f $dictionaries/hyph_nl.dic ] && [ -f $dictionaries/hyph_fr.dic ] && [ -f $dictionaries/hyph_de.dic ] &&
  [ -f $dictionaries/hyph_en_US.dic ] && exit 0

if [ -f /etc/debian_version ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's $packages for the browser tests..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages >/dev/null || exit 1
  exit 0
fi

echo "The tests need Chromium at $chromium, Firefox ESR at $firefox, WebKitWebDriver at $webkit_driver" >&2
echo "and Xvfb at $xvfb, and hyphenation dictionaries for Dutch, French, German and English in $dictionaries." >&2
echo "On Debian or Ubuntu: sudo apt-get install $packages" >&2
echo "Elsewhere, install them and set CHROMIUM_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH, MINIBROWSER_PATH and" >&2
echo "XVFB_PATH to their executables." >&2
exit 1
