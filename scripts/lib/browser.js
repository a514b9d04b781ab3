// Chromium (Debian's) through playwright-core, for the runners: launched with its own temp
// HOME and an environment marker, and closed only once every process it started has gone.
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ROOT } = require('./common');
const { MARKER_VARIABLE, groupAlive, newMarker, onExit, processGroupOf, processesWithMarker, settled } = require('./processes');

const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** playwright-core from the project's devDependencies (it never downloads browsers). */
function requirePlaywright() {
  try {
    return require(require.resolve('playwright-core', { paths: [ROOT] }));
  } catch {
    throw new Error('playwright-core is missing: run `npm install` (it is a devDependency) and try again.');
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
 * @param {{ chromium: string | undefined }} tools
 */
async function launchBrowser(tools) {
  if (!tools.chromium) throw new Error('no Chromium: call ensureTools({ browser: true }) first');
  const { chromium } = requirePlaywright();
  const marker = newMarker();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'oneonone-chromium-'));
  const handle = { marker, home, groups: new Set(), browser: undefined, forgetAtExit: () => false };
  handle.forgetAtExit = onExit(() => {
    killBrowserProcesses(handle);
    fs.rmSync(home, { recursive: true, force: true, maxRetries: 3 });
  });
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
        [MARKER_VARIABLE]: marker,
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
  const gone = () => browserProcesses(handle).length === 0;
  if (!(await settled('the browser to exit', gone, 5000, 100))) {
    killBrowserProcesses(handle);
    await settled('the browser to die', gone, 3000, 50);
  }
  handle.forgetAtExit();
  fs.rmSync(handle.home, { recursive: true, force: true, maxRetries: 3 });
}

module.exports = { launchBrowser, closeBrowser };
