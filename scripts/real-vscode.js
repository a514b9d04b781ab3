// Running the extension in a real VS Code on a machine without internet: code-server (VS Code's
// server + web workbench, from the npm registry) driven by Debian's Chromium through
// playwright-core (the recipe: the team's REAL-VSCODE-TESTS.md). The runners (test-integration,
// test-e2e, start, bench-host, test-electron) use it through this one module; each job has its
// own file under lib/:
//
//   lib/common.js     folders, the pinned date, the suite deadline, logging, running a command
//   lib/tools.js      ensureTools(): install (first run) or reuse the pinned tools
//   lib/processes.js  process groups, exit hooks, clean stops on signals
//   lib/poll.js       waitFor() / within(): the one polling helper (the tests use it too)
//   lib/server.js     code-server: profile, start/stop, .vsix install, workbench URL
//   lib/browser.js    Chromium through playwright-core: launch/close
//   lib/build.js      the extension build, the test bundles, fixture copies
//
// `node scripts/real-vscode.js install [--no-browser]` installs the tools on their own.
'use strict';

const common = require('./lib/common');
const tools = require('./lib/tools');
const processes = require('./lib/processes');
const poll = require('./lib/poll');
const server = require('./lib/server');
const browser = require('./lib/browser');
const build = require('./lib/build');

module.exports = {
  ROOT: common.ROOT,
  CACHE_DIR: common.CACHE_DIR,
  TOOLS_DIR: common.TOOLS_DIR,
  SAMPLE_TODAY: common.SAMPLE_TODAY,
  pinnedToday: common.pinnedToday,
  suiteTimeoutMs: common.suiteTimeoutMs,
  log: common.log,
  formatDuration: common.formatDuration,
  readTail: common.readTail,
  VERSIONS: tools.VERSIONS,
  ensureTools: tools.ensureTools,
  cleanupOnSignals: processes.cleanupOnSignals,
  waitFor: poll.waitFor,
  within: poll.within,
  USER_SETTINGS: server.USER_SETTINGS,
  makeTempDir: server.makeTempDir,
  installVsix: server.installVsix,
  freePort: server.freePort,
  startServer: server.startServer,
  stopServer: server.stopServer,
  workbenchUrl: server.workbenchUrl,
  launchBrowser: browser.launchBrowser,
  closeBrowser: browser.closeBrowser,
  buildExtension: build.buildExtension,
  bundleTestCode: build.bundleTestCode,
  buildIntegrationSuite: build.buildIntegrationSuite,
  copyFixture: build.copyFixture,
  scratchCopy: build.scratchCopy,
};

if (require.main === module) {
  if (process.argv[2] !== 'install') {
    process.stderr.write('usage: node scripts/real-vscode.js install [--no-browser]\n');
    process.exit(2);
  }
  const started = Date.now();
  try {
    const ready = tools.ensureTools({ browser: !process.argv.includes('--no-browser') });
    common.log(`ready in ${common.formatDuration(Date.now() - started)}: node ${ready.node}, chromium ${ready.chromium || '(not needed)'}`);
  } catch (error) {
    common.log(error.message);
    process.exit(1);
  }
}
