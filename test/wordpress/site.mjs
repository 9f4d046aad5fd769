/**
 * A WordPress site for one test run: Debian's WordPress, served by Apache with mod_php on 127.0.0.1, its
 * database in a MariaDB of its own on a socket. Every file of its state (database, wp-content, logs,
 * configuration) is in a temporary folder, except the one-line pointer to it that Debian's wp-config.php
 * needs in /etc/wordpress; `stop()` stops both servers (each in a process group of its own) and removes
 * it all.
 */
import {execFileSync, spawn} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import net from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const wordpress = '/usr/share/wordpress';
const modules = '/usr/lib/apache2/modules';
const pause = (milliseconds) => new Promise((resume) => setTimeout(resume, milliseconds));

/** A free port on 127.0.0.1, or WORDPRESS_TEST_PORT. */
async function freePort() {
  if (process.env.WORDPRESS_TEST_PORT) return Number(process.env.WORDPRESS_TEST_PORT);
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((listening) => server.once('listening', listening));
  const {port} = server.address();
  await new Promise((closed) => server.close(closed));
  return port;
}

function run(command, args, options = {}) {
  try {
    return execFileSync(command, args, {encoding: 'utf8', stdio: 'pipe', ...options});
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
}

async function until(what, ready, log) {
  const deadline = Date.now() + 60_000;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`${what} did not start${log && existsSync(log) ? `:\n${readFileSync(log, 'utf8').slice(-2000)}` : ''}`);
    await pause(200);
  }
}

export async function startSite() {
  const state = mkdtempSync(join(tmpdir(), 'lp-schoten-wordpress-'));
  // Apache's children run as www-data: they read the site's state and write its uploads.
  chmodSync(state, 0o755);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const configName = `lp-schoten-test-${port}`;
  const pointer = `/etc/wordpress/config-${configName}.php`;
  const servers = [];
  const site = {origin, state, port, configName, log: join(state, 'wordpress-debug.log')};

  site.stop = async () => {
    for (const server of servers.reverse()) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await Promise.race([server.exited, pause(10_000)]);
    }
    rmSync(pointer, {force: true});
    rmSync(state, {recursive: true, force: true});
  };

  try {
    const socket = join(state, 'mysqld.sock');
    const data = join(state, 'database');
    const asRoot = process.getuid() === 0;
    run('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=socket', '--skip-test-db', ...(asRoot ? ['--user=root'] : [])]);
    servers.push(startServer('mariadbd', ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', `--pid-file=${join(state, 'mysqld.pid')}`, `--log-error=${join(state, 'mysqld.log')}`, ...(asRoot ? ['--user=root'] : [])]));
    await until('MariaDB', () => existsSync(socket), join(state, 'mysqld.log'));
    const password = randomBytes(12).toString('hex');
    const sql = (statement) => run('mariadb', ['--no-defaults', `--socket=${socket}`, '-u', process.env.USER ?? 'root', '-e', statement]);
    await until('MariaDB', () => {
      try {
        sql('SELECT 1');
        return true;
      } catch {
        return false;
      }
    });
    sql(`CREATE DATABASE wordpress; CREATE USER wordpress@localhost IDENTIFIED BY '${password}'; GRANT ALL ON wordpress.* TO wordpress@localhost;`);

    const content = join(state, 'wp-content');
    mkdirSync(join(content, 'themes'), {recursive: true});
    mkdirSync(join(content, 'plugins'));
    mkdirSync(join(content, 'uploads'));
    for (const theme of readdirSync(join(wordpress, 'wp-content', 'themes'))) {
      symlinkSync(join(wordpress, 'wp-content', 'themes', theme), join(content, 'themes', theme));
    }
    if (asRoot) run('chown', ['-R', 'www-data:www-data', join(content, 'uploads')]);
    const salt = () => randomBytes(24).toString('hex');
    writeFileSync(
      pointer,
      `<?php
// The lp-schoten WordPress test's site: its state is in ${state}, removed when the test ends.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '${password}');
define('DB_HOST', 'localhost:${socket}');
define('WP_HOME', '${origin}');
define('WP_SITEURL', '${origin}');
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', '${origin}/wp-content');
define('WP_ENVIRONMENT_TYPE', 'local');
// A site in Dutch (Belgium), as the language pack would make it; none can be downloaded here.
define('WPLANG', 'nl_BE');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('FS_METHOD', 'direct');
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${site.log}');
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map((name) => `define('${name}', '${salt()}');`).join('\n')}
`,
    );

    const php = readdirSync(modules).find((name) => /^libphp[\d.]+\.so$/.test(name));
    const apacheConfig = join(state, 'apache.conf');
    writeFileSync(
      apacheConfig,
      `ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${join(state, 'apache.pid')}
DefaultRuntimeDir ${state}
Mutex file:${state}
ErrorLog ${join(state, 'apache-error.log')}
LogLevel warn
${asRoot ? 'User www-data\nGroup www-data' : ''}
LoadModule mpm_prefork_module ${modules}/mod_mpm_prefork.so
LoadModule authz_core_module ${modules}/mod_authz_core.so
LoadModule dir_module ${modules}/mod_dir.so
LoadModule mime_module ${modules}/mod_mime.so
LoadModule env_module ${modules}/mod_env.so
LoadModule alias_module ${modules}/mod_alias.so
LoadModule php_module ${modules}/${php}
# Node's fetch may reuse a connection at the moment Apache closes it for being idle ("fetch failed").
KeepAlive Off
StartServers 2
MinSpareServers 1
MaxSpareServers 4
MaxRequestWorkers 8
TypesConfig /etc/mime.types
DocumentRoot ${wordpress}
DirectoryIndex index.php
SetEnv WORDPRESS_CONFIG ${configName}
Alias /wp-content ${content}
# WordPress answers /favicon.ico itself only through rewritten URLs; the browser asks for it on every site.
Alias /favicon.ico ${wordpress}/wp-includes/images/w-logo-blue-white-bg.png
<Directory />
  Options FollowSymLinks
  AllowOverride None
  Require all denied
</Directory>
<Directory ${wordpress}>
  Require all granted
</Directory>
<Directory ${content}>
  Require all granted
</Directory>
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
`,
    );
    servers.push(startServer('/usr/sbin/apache2', ['-f', apacheConfig, '-DFOREGROUND']));
    await until(
      'Apache',
      () => fetch(`${origin}/wp-includes/images/blank.gif`).then((response) => response.ok, () => false),
      join(state, 'apache-error.log'),
    );
    return site;
  } catch (error) {
    await site.stop();
    throw error;
  }
}

/** A server in a process group of its own, so that stopping the group stops its children too. */
function startServer(command, args) {
  const server = spawn(command, args, {detached: true, stdio: 'ignore'});
  server.exited = new Promise((exited) => server.once('exit', exited));
  server.once('error', (error) => console.error(`${command}: ${error.message}`));
  return server;
}

/** Runs test/wordpress/<script>.php with PHP's command line, inside the site's WordPress; returns its output. */
export function wordpressCli(site, script, ...args) {
  return run('php', [fileURLToPath(new URL(`${script}.php`, import.meta.url)), ...args], {
    env: {...process.env, WORDPRESS_CONFIG: site.configName, LP_SITE_HOST: `127.0.0.1:${site.port}`},
  });
}
