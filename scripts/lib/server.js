// code-server (VS Code's server and web workbench) for the runners: a fresh profile per run,
// a free loopback port, its own process group, installing a .vsix, and the workbench URL that
// loads an extension (and its tests) into it. The recipe: the team's REAL-VSCODE-TESTS.md.
'use strict';

const childProcess = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { log, readTail } = require('./common');
const { waitFor } = require('./poll');
const { killGroup, onExit, stopGroup } = require('./processes');

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

/**
 * Creates a temp folder holding a seeded user-data-dir and an extensions dir. `settings` are
 * added to USER_SETTINGS (a runner mode that needs more, such as an extension kind).
 * @param {string} prefix
 * @param {Record<string, unknown>} [settings]
 */
function makeTempDir(prefix, settings = {}) {
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  const userDataDir = path.join(tempDir, 'user-data');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), `${JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2)}\n`);
  const extensionsDir = path.join(tempDir, 'extensions');
  fs.mkdirSync(extensionsDir, { recursive: true });
  return { tempDir, userDataDir, extensionsDir };
}

/**
 * Installs a .vsix into an extensions dir with code-server's own CLI.
 * @param {{ node: string, codeServerEntry: string }} tools
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

/** Every live server, so that stopServer() is safe to call twice. */
const liveServers = new Set();

/**
 * Starts code-server on a free loopback port in its own process group.
 * Its HOME and XDG folders point into its temp folder (nothing is left in ~) unless `keepHome`
 * (npm start: a person's git config and shell in the integrated terminal).
 * @param {{ node: string, codeServerEntry: string }} tools
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
    /** Unregisters the exit hook once stopped properly. */
    forgetAtExit: onExit(() => {
      killGroup(proc.pid, 'SIGKILL');
      fs.rmSync(temp.tempDir, { recursive: true, force: true, maxRetries: 3 });
    }),
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
    }, 60_000, 200);
  } catch (error) {
    const tail = readTail(logFile);
    const inUse = /EADDRINUSE/.test(tail);
    if (mayRetry && inUse && options.temp) {
      // Keep the caller's temp folder (it may hold installed extensions): stop the group only.
      killGroup(server.pid, 'SIGKILL');
      server.forgetAtExit();
      liveServers.delete(server);
    } else {
      await stopServer(server);
    }
    throw Object.assign(new Error(`${error.message}${inUse ? ` (port ${port} is in use)` : ''}\n--- code-server log ---\n${tail}`), { retry: mayRetry && inUse });
  }
  return server;
}

/**
 * Stops a server's whole process group (TERM, then KILL after 5 s) and removes its temp folder.
 * Safe to call twice.
 */
async function stopServer(server) {
  if (!server || !liveServers.has(server)) return;
  await stopGroup(server.pid);
  liveServers.delete(server);
  server.forgetAtExit();
  fs.rmSync(server.tempDir, { recursive: true, force: true, maxRetries: 3 });
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
  // A `.code-workspace` file opens as a (multi-root) workspace, anything else as a folder.
  const what = folder.endsWith('.code-workspace') ? 'workspace' : 'folder';
  return `${server.url}/?${what}=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(entries))}`;
}

module.exports = { USER_SETTINGS, makeTempDir, installVsix, freePort, startServer, stopServer, workbenchUrl };
