#!/usr/bin/env node
// `npm run test:e2e`: end-to-end checks on the real VS Code workbench. Packages the extension
// into a .vsix (as `npm run package` does), installs it into a fresh code-server extensions dir,
// opens a temp copy of sample-journal/ in Chromium and runs test/e2e/suite.ts through
// playwright-core: the 1:1s container, the rows of each view, a palette command, a snippet.
// Saves a screenshot of the side bar and prints its path. Exits non-zero when a check fails.
//
// Options:  --vsix <file>      use this .vsix instead of packaging one
//           --dev              load the working tree with extensionDevelopmentPath instead
//                              (faster while editing; not what users install)
//           --fixture <dir>    folder to copy and open (default: sample-journal/)
//           --results <dir>    where screenshots of failures go (default: test-results/e2e/)
//           --screenshots <dir> where the README's screenshots go (default: media/screenshots/)
//           --grep <text>      only the checks whose name contains <text> (case-insensitive), after
//                              the two that open the workbench and the 1:1s container
// Env:      ONEONONE_TEST_TIMEOUT  deadline in seconds for the run: from starting the server to the
//                                  last check (default 1500); installing the tools, packaging and
//                                  installing the .vsix come before it and do not count
//           ONEONONE_TODAY         the extension host's date (default 2026-11-20, the sample's)
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const childProcess = require('node:child_process');
const rv = require('./real-vscode');

const EXTENSION_ID = 'one-on-one-journal.one-on-one-journal';

function parseArgs(argv) {
  const options = {
    vsix: undefined,
    dev: false,
    fixture: path.join(rv.ROOT, 'sample-journal'),
    results: path.join(rv.ROOT, 'test-results', 'e2e'),
    screenshots: path.join(rv.ROOT, 'media', 'screenshots'),
    grep: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--vsix') options.vsix = path.resolve(argv[++i]);
    else if (arg === '--dev') options.dev = true;
    else if (arg === '--fixture') options.fixture = path.resolve(argv[++i]);
    else if (arg === '--results') options.results = path.resolve(argv[++i]);
    else if (arg === '--screenshots') options.screenshots = path.resolve(argv[++i]);
    else if (arg === '--grep') options.grep = argv[++i];
    else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

/** Builds the .vsix with the same command as `npm run package`, into `dir`. */
function packageVsix(dir) {
  const file = path.join(dir, 'one-on-one-journal.vsix');
  rv.log('packaging the extension (npm run package)');
  const result = childProcess.spawnSync('npm', ['run', '--silent', 'package', '--', '--out', file], {
    cwd: rv.ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0 || !fs.existsSync(file)) {
    throw new Error(`npm run package failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  }
  return file;
}

function compileSuite() {
  const outfile = path.join(rv.ROOT, 'out', 'test', `e2e-run-${process.pid}`, 'suite.js');
  rv.bundleTestCode({
    entryPoints: [path.join(rv.ROOT, 'test', 'e2e', 'suite.ts')],
    outfile,
    external: ['playwright-core', 'vscode'],
  });
  return outfile;
}

async function main() {
  const started = Date.now();
  const options = parseArgs(process.argv.slice(2));
  const deadlineMs = rv.suiteTimeoutMs(1500);
  const timings = {};
  const mark = (name, since) => { timings[name] = Date.now() - since; };

  let t = Date.now();
  let tools;
  try {
    tools = rv.ensureTools({ browser: true });
  } catch (error) {
    console.error(`e2e: cannot set up the real VS Code:\n${error.message}`);
    process.exit(1);
  }
  mark('tools', t);

  const today = rv.pinnedToday();
  const temp = rv.makeTempDir('oneonone-e2e');
  const fixture = rv.copyFixture(options.fixture, 'oneonone-e2e-ws');
  /** @type {Awaited<ReturnType<typeof rv.startServer>> | undefined} */
  let server;
  /** @type {any} */
  let browser;
  let cleaning;
  const cleanup = () => {
    cleaning ??= (async () => {
      await rv.closeBrowser(browser);
      if (server) await rv.stopServer(server);
      else fs.rmSync(temp.tempDir, { recursive: true, force: true, maxRetries: 3 });
      fixture.remove();
      fs.rmSync(path.join(rv.ROOT, 'out', 'test', `e2e-run-${process.pid}`), { recursive: true, force: true });
    })();
    return cleaning;
  };
  const interrupted = rv.cleanupOnSignals(cleanup);

  let exitCode = 1;
  try {
    // Packaging and installing the .vsix are set-up, like installing the tools: the deadline
    // measures the run itself (server, workbench, checks).
    t = Date.now();
    let extensionDir;
    if (options.dev) {
      rv.buildExtension();
      extensionDir = rv.ROOT;
    } else {
      const vsix = options.vsix || packageVsix(temp.tempDir);
      mark('package', t);
      t = Date.now();
      rv.installVsix(tools, vsix, temp.extensionsDir, temp.userDataDir);
      const installed = fs.readdirSync(temp.extensionsDir).find((name) => name.startsWith(`${EXTENSION_ID}-`));
      if (!installed) throw new Error(`installing ${vsix} left no ${EXTENSION_ID}-* folder in ${temp.extensionsDir}`);
      extensionDir = path.join(temp.extensionsDir, installed);
      rv.log(`installed ${installed} from ${path.basename(vsix)}`);
      mark('install', t);
    }
    const suitePath = compileSuite();

    exitCode = await rv.within((async () => {
      // An empty markdown file to expand snippets in (not a note: no frontmatter).
      const scratchFile = path.join(fixture.folder, 'e2e-snippet-check.md');
      fs.writeFileSync(scratchFile, '');

      t = Date.now();
      server = await rv.startServer(tools, { folder: fixture.folder, temp, env: { ONEONONE_TODAY: today } });
      browser = await rv.launchBrowser(tools);
      const page = await browser.browser.newPage({ viewport: { width: 1280, height: 1000 } });
      const workbenchUrl = rv.workbenchUrl(server, fixture.folder, options.dev ? { extensionDevelopmentPath: rv.ROOT } : {});
      // The run's deadline bounds the wait; playwright's 30 s default is too short on a busy machine.
      await page.goto(workbenchUrl, { timeout: deadlineMs });
      mark('start', t);

      fs.mkdirSync(options.results, { recursive: true });
      for (const name of fs.readdirSync(options.results)) {
        if (/^(failure-\d+|sidebar)\.png$/.test(name)) fs.rmSync(path.join(options.results, name));
      }
      console.log(`e2e: VS Code ${rv.VERSIONS.codeServer} (code-server) in Chromium, ${options.dev ? 'extensionDevelopmentPath' : 'extension installed from the .vsix'}, workspace ${fixture.folder}`);

      t = Date.now();
      const { runE2e } = require(suitePath);
      const { results, screenshot } = await runE2e({
        page,
        folder: fixture.folder,
        extensionDir,
        scratchFile,
        today,
        resultsDir: options.results,
        screenshotsDir: options.screenshots,
        started: t,
        grep: options.grep,
        log: (message) => console.log(message),
      });
      mark('checks', t);

      const failed = results.filter((result) => !result.ok);
      const chosen = results.filter((result) => !result.always).length;
      console.log(`\ne2e: ${results.length - failed.length} passed, ${failed.length} failed${options.grep ? ` (--grep ${JSON.stringify(options.grep)}: ${chosen} matched)` : ''}`);
      if (options.grep && chosen === 0) {
        console.log(`e2e: no check's name contains ${JSON.stringify(options.grep)}`);
        return 1;
      }
      for (const failure of failed) console.log(`  ✗ ${failure.name}`);
      console.log(screenshot ? `side bar screenshot: ${screenshot}` : 'side bar screenshot: (not taken)');
      return failed.length === 0 ? 0 : 1;
    })(), deadlineMs, `e2e: a result (the ${deadlineMs / 1000} s deadline of ONEONONE_TEST_TIMEOUT)`);
  } catch (error) {
    if (interrupted()) await new Promise(() => undefined); // the signal handler exits
    console.error(`\ne2e: ${error && error.stack || error}`);
    if (server) console.error(`--- code-server log (tail) ---\n${rv.readTail(server.logFile, 30)}`);
    exitCode = 1;
  }
  await cleanup();
  const parts = Object.entries(timings).map(([name, ms]) => `${name} ${rv.formatDuration(ms)}`).join(', ');
  rv.log(`e2e ${exitCode === 0 ? 'passed' : 'FAILED'} in ${rv.formatDuration(Date.now() - started)} (${parts})`);
  process.exit(exitCode);
}

main().catch((error) => {
  console.error(error && error.stack || error);
  process.exit(1);
});
