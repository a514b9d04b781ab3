#!/usr/bin/env node
// `npm run test:integration`: runs the integration suite (test/integration/, compiled to
// out/test/integration/) inside the extension host of a real VS Code — code-server 4.139.1
// driven by Chromium — against a temp copy of sample-journal/. Works offline; installs the
// pinned tools into .vscode-test/ on first use.
//
// Options:  --no-build         do not run `npm run build` first
//           --extension <dir>  extension to load (default: this repository)
//           --fixture <dir>    folder to copy and open (default: sample-journal/)
//           --grep <text>      only tests whose title contains <text>
//           --tests <dir>      compile and run the *.test.ts in <dir> instead (runner debugging)
//           --reverse          run the test files in reverse order (they must not depend on it)
//           --multi-root <dir> open a multi-root workspace: the fixture's copy and a copy of <dir>
//                              (with --tests test/integration-multiroot: `npm run test:multi-root`)
//           --web              run test/web/ (indexing, views, Mark Done, New 1:1 Note) with the
//                              extension's `browser` bundle in the *web worker* extension host
// Env:      ONEONONE_TEST_TIMEOUT  deadline in seconds for the suite: from starting the server to
//                                  the last test (default 600); installing the tools and building
//                                  come before it and do not count
//           ONEONONE_TODAY         the extension host's date (default 2026-11-20, the sample's)
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const util = require('node:util');
const rv = require('./real-vscode');
const { exitCodeOf, isHostCrash, parseResult, readResult, RESULT_FILE } = require('./lib/suiteResult');

// Printed by test/integration/index.ts around the mocha run.
const SUITE_BEGIN = '[1:1 Journal integration suite: begin]';
const SUITE_END = '[1:1 Journal integration suite: end]';
// index.ts prefixes the suite's console lines with it (ONEONONE_TEST_LOG_TAG).
const LOG_TAG = '[suite] ';

function parseArgs(argv) {
  const options = { build: true, extension: rv.ROOT, fixture: path.join(rv.ROOT, 'sample-journal'), grep: undefined, tests: undefined, reverse: false, web: false, multiRoot: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-build') options.build = false;
    else if (arg === '--extension') options.extension = path.resolve(argv[++i]);
    else if (arg === '--fixture') options.fixture = path.resolve(argv[++i]);
    else if (arg === '--grep') options.grep = argv[++i];
    else if (arg === '--tests') options.tests = path.resolve(argv[++i]);
    else if (arg === '--reverse') options.reverse = true;
    else if (arg === '--web') options.web = true;
    else if (arg === '--multi-root') options.multiRoot = path.resolve(argv[++i]);
    else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

function extensionId(dir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  return `${manifest.publisher}.${manifest.name}`;
}

/**
 * Bundles test/web/index.ts for the web worker host into `outDir` (inside the extension's folder,
 * so that VS Code runs it in the extension's host): one file, everything but `vscode` in it.
 */
async function buildWebSuite(extensionDir, outDir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, 'package.json'), 'utf8'));
  if (!manifest.browser) throw new Error(`--web: ${path.join(extensionDir, 'package.json')} has no \`browser\` entry (the web extension bundle)`);
  if (!fs.existsSync(path.resolve(extensionDir, manifest.browser))) throw new Error(`--web: ${manifest.browser} is not built (npm run build)`);
  fs.rmSync(outDir, { recursive: true, force: true });
  const outfile = path.join(outDir, 'index.js');
  await require(path.join(rv.ROOT, 'node_modules', 'esbuild')).build({
    bundle: true,
    format: 'cjs',
    sourcemap: 'inline',
    logLevel: 'warning',
    entryPoints: [path.join(rv.ROOT, 'test', 'web', 'index.ts')],
    outfile,
    // Like the extension's own web bundle: no `browser` builds, which may need a DOM (a worker has none).
    platform: 'neutral',
    target: 'es2022',
    mainFields: ['module', 'main'],
    external: ['vscode'],
    // gray-matter's unused `fs`, as in the extension's bundle (esbuild.js).
    plugins: require(path.join(rv.ROOT, 'esbuild.js')).buildOptions(false)[0].plugins,
  });
  return outfile;
}

async function main() {
  const started = Date.now();
  const options = parseArgs(process.argv.slice(2));
  const deadlineMs = rv.suiteTimeoutMs(600);

  let tools;
  try {
    tools = rv.ensureTools({ browser: true });
  } catch (error) {
    console.error(`integration: cannot set up the real VS Code:\n${error.message}`);
    process.exit(1);
  }
  if (options.build && options.extension === rv.ROOT) rv.buildExtension();
  // A folder of its own, so that two runs at once (say, yours and CI's) do not clash.
  // The web suite goes inside the extension's folder: VS Code runs tests in the host of the
  // extension that holds them.
  const suiteDir = options.web
    ? path.join(options.extension, 'out', 'test', `web-run-${process.pid}`)
    : path.join(rv.ROOT, 'out', 'test', `integration-run-${process.pid}`);
  const suiteEntry = options.web ? await buildWebSuite(options.extension, suiteDir) : rv.buildIntegrationSuite(options.tests, suiteDir);
  const fixture = rv.copyFixture(options.fixture, 'oneonone-it');
  // What the workbench opens: the fixture's folder, or a workspace file with a second folder.
  let opened = fixture.folder;
  if (options.multiRoot) {
    const second = path.join(fixture.root, path.basename(options.multiRoot));
    fs.cpSync(options.multiRoot, second, { recursive: true });
    opened = path.join(fixture.root, 'journal.code-workspace');
    fs.writeFileSync(opened, JSON.stringify({ folders: [{ path: fixture.folder }, { path: second }], settings: { 'files.autoSave': 'off' } }, null, 2));
  }
  // The deadline measures the suite (server, workbench, tests), not the install or the build:
  // a first run on a new machine spends minutes installing the real VS Code.
  const suiteStarted = Date.now();
  const left = () => Math.max(10_000, deadlineMs - (Date.now() - suiteStarted));
  if (suiteStarted - started > 10_000) rv.log(`set-up (tools, build) took ${rv.formatDuration(suiteStarted - started)}; the ${deadlineMs / 1000} s deadline starts now`);

  /** @type {Awaited<ReturnType<typeof rv.startServer>> | undefined} */
  let server;
  /** @type {any} */
  let browser;
  let cleaning;
  const cleanup = () => {
    cleaning ??= (async () => {
      await rv.closeBrowser(browser);
      await rv.stopServer(server);
      fixture.remove();
      fs.rmSync(suiteDir, { recursive: true, force: true });
    })();
    return cleaning;
  };
  const interrupted = rv.cleanupOnSignals(cleanup);

  let exitCode = 1;
  const logFile = path.join(rv.ROOT, 'test-results', 'integration', 'workbench.log');
  let closeLog = async () => undefined;
  let phase = 'before';
  const errorLines = [];
  try {
    server = await rv.startServer(tools, {
      folder: opened,
      prefix: 'oneonone-it',
      // The web worker host: VS Code runs an extension whose kind is `web` there (and its tests,
      // which sit inside its folder); `ui` would still pick the server's Node host.
      ...(options.web ? { temp: rv.makeTempDir('oneonone-web', { 'remote.extensionKind': { [extensionId(options.extension)]: ['web'] } }) } : {}),
      env: {
        ONEONONE_TEST_COLOR: process.stdout.isTTY ? '1' : '0',
        ONEONONE_TEST_GREP: options.grep || '',
        ONEONONE_TEST_ORDER: options.reverse ? 'reverse' : '',
        ONEONONE_TEST_FIXTURE: fixture.folder,
        ONEONONE_TODAY: rv.pinnedToday(),
        ONEONONE_TEST_LOG_TAG: LOG_TAG,
      },
    });
    rv.log(`code-server ${rv.VERSIONS.codeServer} on ${server.url}, workspace ${opened}`);
    browser = await rv.launchBrowser(tools);
    const page = await browser.browser.newPage();

    let finish;
    const finished = new Promise((resolve) => { finish = resolve; });
    // VS Code sends its whole log — the workbench's and the extension host's console, where
    // mocha reports — to codeAutomationLog when the smoke-test driver is enabled. Everything goes
    // to a log file; the terminal gets the suite's lines (tagged by index.ts) and errors logged
    // after the suite ended (a suite that failed to load, run() rejecting).
    fs.mkdirSync(path.dirname(logFile), { recursive: true });
    const logStream = fs.createWriteStream(logFile);
    closeLog = () => new Promise((resolve) => {
      stopped = true;
      logStream.end(resolve);
    });
    let stopped = false;
    // The suite prints one structured result line (scripts/lib/suiteResult.js) when mocha's
    // runner ends or the suite crashes. In the web worker host VS Code does not report the end of
    // the run (codeAutomationExit is not called there), so the web run ends on that line; the
    // desktop run ends on codeAutomationExit and checks the line agrees. A host that dies ends
    // the run at once.
    /** @type {import('./lib/suiteResult').SuiteResult | undefined} */
    let result;
    const onResult = (found) => {
      if (result) return; // the line and the file both bring it
      result = found;
      phase = 'after';
      if (found.error) console.error(`\nintegration: the suite crashed before it could finish:\n${found.error}`);
      if (options.web) finish(exitCodeOf(found));
    };
    const onLog = (type, text) => {
      if (stopped) return; // shutting down: the workbench logs cancellations
      logStream.write(`[${type}] ${text}\n`);
      const found = parseResult(text);
      if (found) {
        onResult(found);
        return;
      }
      if (phase !== 'after' && isHostCrash(text)) {
        console.error(`\nintegration: the extension host died during the suite: ${text}`);
        finish(1);
        return;
      }
      // The web worker host forwards the reporter's lines without the tag: its indented lines.
      const untagged = options.web && type === 'info' && /^(\s{2,}\S|\s*$)/.test(text);
      if (text.startsWith(LOG_TAG) || untagged) {
        const line = untagged ? text : text.slice(LOG_TAG.length);
        if (line === SUITE_BEGIN) phase = 'suite';
        else if (line === SUITE_END) phase = 'after';
        else process.stdout.write(`${line}\n`);
      } else if (type === 'error' && phase !== 'after') {
        errorLines.push(text);
      } else if (phase === 'after' && type === 'error') {
        // e.g. the suite's module failed to load, or run() rejected
        process.stderr.write(`${text}\n`);
      }
    };
    // The result file the suite writes into the workspace folder (the web worker host forwards
    // only some console lines): polled, so a lost line cannot hang the run.
    const resultFile = path.join(fixture.folder, RESULT_FILE);
    const resultPoll = setInterval(() => {
      let text;
      try {
        text = fs.readFileSync(resultFile, 'utf8');
      } catch {
        return; // not written yet
      }
      const found = readResult(text);
      if (found) onResult(found);
    }, 500);
    finished.then(() => clearInterval(resultPoll));
    await page.exposeFunction('codeAutomationLog', (type, args) => onLog(type, util.format(...(Array.isArray(args) ? args : [args]))));
    // The web worker host's console reaches only the page's console ("%c INFO color: … [suite] …").
    if (options.web) {
      page.on('console', (message) => {
        const text = message.text();
        const at = text.indexOf(LOG_TAG);
        if (at >= 0) onLog('info', text.slice(at));
        else if (message.type() === 'error') onLog('error', text);
      });
    }
    await page.exposeFunction('codeAutomationExit', (code) => {
      stopped = true;
      finish(Number(code));
    });
    // The browser page itself can die (out of memory, a renderer crash): nothing more will come.
    page.on('crash', () => {
      console.error('\nintegration: the workbench page crashed');
      finish(1);
    });
    page.on('pageerror', (error) => logStream.write(`[pageerror] ${error && error.stack || error}\n`));

    await page.goto(rv.workbenchUrl(server, opened, {
      extensionDevelopmentPath: options.extension,
      extensionTestsPath: suiteEntry,
    }), { timeout: left() }); // the run's deadline bounds the wait, not playwright's 30 s default

    exitCode = await rv.within(finished, left(), 'the suite\'s result').catch((error) => {
      if (!error.timedOut) throw error;
      console.error(`\nintegration: no result within ${deadlineMs / 1000} s (${phase === 'before' ? 'the suite never started: is extensionTestsPath honoured?' : 'the suite started but printed no result line'})`);
      return 1;
    });
    // Desktop: the host's exit code and the result line must agree; no line at all is a failure too.
    if (!result) {
      if (exitCode === 0) console.error('\nintegration: the suite ended without its result line');
      exitCode = 1;
    } else {
      if (exitCodeOf(result) !== 0) exitCode = 1;
      rv.log(`suite result: ${result.passes} passing, ${result.failures} failing, ${result.pending} pending (${result.tests} run)${result.tests === 0 && !result.error ? ' — no test ran: does --grep match a title?' : ''}`);
    }
  } catch (error) {
    if (interrupted()) await new Promise(() => undefined); // the signal handler exits
    console.error(`\nintegration: ${error && error.stack || error}`);
    exitCode = 1;
  }

  if (exitCode !== 0) {
    if (phase !== 'after' && errorLines.length) console.error(`--- errors the workbench logged (last 10) ---\n${errorLines.slice(-10).join('\n')}`);
    if (server) console.error(`--- code-server log (tail) ---\n${rv.readTail(server.logFile, 15)}`);
    console.error(`integration: the workbench's full log is in ${path.relative(process.cwd(), logFile)}`);
  }
  await cleanup();
  await closeLog();
  rv.log(`integration ${exitCode === 0 ? 'passed' : 'FAILED'} in ${rv.formatDuration(Date.now() - started)}`);
  process.exit(exitCode);
}

main().catch((error) => {
  console.error(error && error.stack || error);
  process.exit(1);
});
