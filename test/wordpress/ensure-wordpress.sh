#!/bin/sh
# The plugin's test runs in Debian's own WordPress, served by Apache with PHP and backed by MariaDB.
# Installs the packages when missing (on Debian, as root), or says exactly what to install.
packages="wordpress wordpress-theme-twentytwentythree apache2 libapache2-mod-php php-cli php-mysql mariadb-server"
missing=""
for package in $packages; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
done
[ -z "$missing" ] && exit 0

if [ -f /etc/debian_version ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's$missing for the WordPress test..."
  # The packages' own services are not wanted: the test starts its servers itself (and there is no systemd).
  # A policy that forbids starting them, unless the machine has one already.
  policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    policy=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod +x "$policy"
  fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  status=$?
  [ -n "$policy" ] && rm -f "$policy"
  exit $status
fi

echo "The WordPress test needs Debian's:$missing" >&2
echo "On Debian: sudo apt-get install$missing" >&2
exit 1
