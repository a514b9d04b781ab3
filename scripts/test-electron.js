#!/usr/bin/env node
// `npm run test:electron`: the same integration suite (test/integration/ → out/test/integration/)
// under @vscode/test-electron, i.e. in desktop VS Code, for machines that can download it from
// update.code.visualstudio.com (it is cached in .vscode-test/vscode-*). Offline, use
// `npm run test:integration` (code-server) instead.
//
// Env:  VSCODE_VERSION   VS Code to download: "stable" (default), "insiders" or e.g. "1.90.0"
//       ONEONONE_TODAY   the extension host's date (default 2026-11-20, the sample's)
// On Linux without a display, run it under a virtual one: `xvfb-run -a npm run test:electron`.
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const rv = require('./real-vscode');

async function main() {
  const { runTests } = require('@vscode/test-electron');
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    rv.log('no DISPLAY: desktop VS Code needs one; on a server run `xvfb-run -a npm run test:electron`');
  }
  rv.buildExtension();
  const suiteEntry = rv.buildIntegrationSuite();
  const fixture = rv.copyFixture(path.join(rv.ROOT, 'sample-journal'), 'oneonone-electron');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'oneonone-electron-profile-'));
  fs.mkdirSync(path.join(profile, 'user-data', 'User'), { recursive: true });
  fs.writeFileSync(path.join(profile, 'user-data', 'User', 'settings.json'), `${JSON.stringify(rv.USER_SETTINGS, null, 2)}\n`);
  fs.mkdirSync(path.join(profile, 'extensions'));
  const cleanup = () => {
    fixture.remove();
    fs.rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      cleanup();
      process.exit(130);
    });
  }
  try {
    await runTests({
      version: process.env.VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: rv.ROOT,
      extensionTestsPath: suiteEntry,
      launchArgs: [
        fixture.folder,
        `--user-data-dir=${path.join(profile, 'user-data')}`,
        `--extensions-dir=${path.join(profile, 'extensions')}`,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--disable-gpu',
      ],
      extensionTestsEnv: {
        ONEONONE_TODAY: rv.pinnedToday(),
        ONEONONE_TEST_FIXTURE: fixture.folder,
        ONEONONE_TEST_COLOR: process.stdout.isTTY ? '1' : '0',
      },
    });
  } finally {
    cleanup();
  }
}

main().catch((error) => {
  const message = String(error && error.message || error);
  console.error(`test:electron: ${message}`);
  if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo/.test(message)) {
    console.error('  @vscode/test-electron could not download VS Code. Offline, run `npm run test:integration` (code-server) instead.');
  }
  process.exit(1);
});
