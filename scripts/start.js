#!/usr/bin/env node
// `npm start`: opens a scratch copy of sample-journal/ (in .vscode-test/sample-journal/, made on
// first use) in a real VS Code with the extension loaded from this repository
// (extensionDevelopmentPath). Trying the product never edits the repository: `git status` stays
// clean. The copy keeps your edits from one start to the next; `--reset` makes it afresh.
//   - With a desktop `code` on PATH: `code --extensionDevelopmentPath=<repo> sample-journal`.
//   - Otherwise: the browser VS Code (code-server) on http://127.0.0.1:PORT, printed; Ctrl-C stops
//     it (its whole process group) and removes its temp profile.
//
// Options:  --browser          use code-server even when `code` exists
//           --port <n>         port for code-server (default: a free one)
//           --reset            make the scratch copy of sample-journal/ afresh
//           --folder <dir>     open this folder itself instead (edits are written to it)
// Env:      ONEONONE_TODAY     the extension's date (default 2026-11-20, the day the sample
//                              journal is written for; set it to today's date to see real dates)
'use strict';

const childProcess = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const rv = require('./real-vscode');

/** The copy of sample-journal/ that npm start opens (.vscode-test/ is git-ignored). */
const SCRATCH = path.join(rv.CACHE_DIR, 'sample-journal');

function parseArgs(argv) {
  const options = { browser: false, port: undefined, folder: undefined, reset: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--browser') options.browser = true;
    else if (arg === '--port') options.port = Number(argv[++i]);
    else if (arg === '--folder') options.folder = path.resolve(argv[++i]);
    else if (arg === '--reset') options.reset = true;
    else throw new Error(`unknown option ${arg}`);
  }
  if (options.port !== undefined && !(options.port > 0 && options.port < 65536)) throw new Error('--port needs a number between 1 and 65535');
  if (options.reset && options.folder) throw new Error('--reset makes the scratch copy of sample-journal/ afresh; it does not go with --folder');
  return options;
}

/** The desktop VS Code CLI, when one is on PATH (and is not code-server). */
function findCode() {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    const candidate = path.join(dir, process.platform === 'win32' ? 'code.cmd' : 'code');
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.folder) {
    if (!fs.existsSync(options.folder)) throw new Error(`folder ${options.folder} does not exist`);
  } else {
    options.folder = SCRATCH;
    const made = rv.scratchCopy(path.join(rv.ROOT, 'sample-journal'), SCRATCH, { reset: options.reset });
    console.log(made
      ? `Copied sample-journal/ to ${path.relative(rv.ROOT, SCRATCH)}/: your edits go there, not into the repository.`
      : `Opening your copy of the sample journal in ${path.relative(rv.ROOT, SCRATCH)}/ (with your edits; \`npm start -- --reset\` starts afresh).`);
  }
  const today = rv.pinnedToday();
  rv.buildExtension();

  const code = options.browser ? undefined : findCode();
  if (code) {
    console.log(`Opening ${options.folder} in VS Code with the extension from ${rv.ROOT} (ONEONONE_TODAY=${today}).`);
    const child = childProcess.spawn(code, [`--extensionDevelopmentPath=${rv.ROOT}`, options.folder], {
      stdio: 'inherit',
      env: { ...process.env, ONEONONE_TODAY: today },
    });
    child.on('exit', (status) => process.exit(status ?? 0));
    return;
  }

  const tools = rv.ensureTools({ browser: false });
  const server = await rv.startServer(tools, {
    folder: options.folder,
    prefix: 'oneonone-start',
    port: options.port,
    keepHome: true,
    env: { ONEONONE_TODAY: today },
  });
  let stopping = false;
  const stop = async (why) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${why}: stopping VS Code…`);
    await rv.stopServer(server);
    console.log('Stopped.');
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stop(signal));
  server.proc.on('exit', (status) => {
    if (stopping) return;
    console.error(`code-server exited unexpectedly (code ${status}). Its log:\n${rv.readTail(server.logFile, 30)}`);
    rv.stopServer(server).finally(() => process.exit(1));
  });

  const url = rv.workbenchUrl(server, options.folder, { extensionDevelopmentPath: rv.ROOT });
  console.log([
    '',
    `VS Code ${rv.VERSIONS.codeServer} (code-server) is serving ${options.folder}`,
    `with the extension from ${rv.ROOT} (ONEONONE_TODAY=${today}).`,
    '',
    `  Open:  ${url}`,
    '',
    `  (or ${server.url}/ and open the folder yourself; the extension loads only through the link above)`,
    `Edits are written to ${options.folder === SCRATCH ? `the scratch copy ${path.relative(rv.ROOT, SCRATCH)}/ (\`npm start -- --reset\` starts afresh)` : 'the folder'}. After \`npm run build\`, reload the browser tab to load the new build.`,
    'Press Ctrl-C to stop.',
  ].join('\n'));
}

main().catch((error) => {
  console.error(error && error.message || error);
  process.exit(1);
});
