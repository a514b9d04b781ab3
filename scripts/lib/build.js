// What a run needs on disk before VS Code starts: the extension built (dist/), the test code
// bundled (out/test/), and a copy of the folder to open (tests and people edit it).
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ROOT, run } = require('./common');

/** Runs `npm run build` (esbuild) so dist/ matches src/. */
function buildExtension(extraArgs = []) {
  run('npm', ['run', '--silent', 'build', ...(extraArgs.length ? ['--', ...extraArgs] : [])], { cwd: ROOT });
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

/** Copies a fixture folder into a fresh temp folder; returns the copy's path. */
function copyFixture(source, prefix) {
  if (!fs.existsSync(source)) throw new Error(`fixture folder ${source} does not exist`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  const target = path.join(dir, path.basename(source));
  fs.cpSync(source, target, { recursive: true });
  return { root: dir, folder: target, remove: () => fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 }) };
}

/**
 * A copy of `source` at `target` that a person may edit freely (npm start opens it, so trying the
 * product never changes the repository): made when missing, kept as it is (with the person's
 * edits) when present, made afresh when `reset`. Returns whether it was (re)made.
 * @param {string} source
 * @param {string} target
 * @param {{ reset?: boolean }} [options]
 */
function scratchCopy(source, target, options = {}) {
  if (!fs.existsSync(source)) throw new Error(`folder ${source} does not exist`);
  if (fs.existsSync(target) && !options.reset) return false;
  fs.rmSync(target, { recursive: true, force: true, maxRetries: 3 });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.cpSync(source, target, { recursive: true });
  return true;
}

module.exports = { buildExtension, bundleTestCode, buildIntegrationSuite, copyFixture, scratchCopy };
