import assert from 'node:assert/strict';
import * as esbuild from 'esbuild';
import * as path from 'node:path';
import * as vm from 'node:vm';

/**
 * The web extension (package.json `browser`) runs in VS Code's web worker extension host: no
 * Node globals, no DOM, and `require` knows only `vscode`. Here the bundle is built from source
 * with the shipped options and evaluated in a context holding only what a web worker has, so a
 * package that reaches for `Buffer`, `process`, `document` or a Node module while loading fails
 * this test instead of the activation on vscode.dev.
 */
describe('the web extension bundle', function () {
  this.timeout(60_000);
  const root = path.join(__dirname, '..', '..');
  let bundle = '';
  let options: esbuild.BuildOptions;

  before(async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { buildOptions } = require(path.join(root, 'esbuild.js')) as { buildOptions(production: boolean): esbuild.BuildOptions[] };
    options = buildOptions(false).find((o) => String((o.entryPoints as string[])[0]).endsWith(path.join('web', 'extension.ts')))!;
    const result = await esbuild.build({ ...options, absWorkingDir: root, sourcemap: false, write: false, logLevel: 'silent' });
    bundle = result.outputFiles[0].text;
  });

  it('is the browser entry of the manifest, built for the browser', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const manifest = require(path.join(root, 'package.json')) as { browser?: string };
    assert.equal(manifest.browser, `./${options.outfile}`);
    assert.equal(options.platform, 'browser');
    assert.equal(options.format, 'cjs');
  });

  it('loads with only the globals of a web worker and exports activate/deactivate', () => {
    const requested: string[] = [];
    // Any property of the stub, at any depth, is another stub: enough for module-level code.
    const stub = (): unknown => new Proxy(function vscodeStub() { /* any API */ }, { get: (_t, key) => (key === Symbol.toPrimitive ? () => 0 : stub()) });
    // esbuild copies the module's own keys: give it every `vscode.X` the bundle reads.
    const vscodeStub = Object.fromEntries([...bundle.matchAll(/\bvscode\d*\.(\w+)/g)].map((m) => [m[1], stub()]));
    const module = { exports: {} as Record<string, unknown> };
    const sandbox = vm.createContext({
      module,
      exports: module.exports,
      require: (id: string) => {
        requested.push(id);
        if (id === 'vscode') return vscodeStub;
        throw new Error(`Cannot find module '${id}'`);
      },
      console, TextEncoder, TextDecoder, URL, URLSearchParams, setTimeout, clearTimeout, setInterval, clearInterval,
      queueMicrotask, performance, structuredClone, atob, btoa,
    });
    vm.runInContext(bundle, sandbox, { filename: 'dist/web/extension.js' });
    assert.equal(typeof module.exports.activate, 'function');
    assert.equal(typeof module.exports.deactivate, 'function');
    // js-yaml asks for `buffer` and `esprima` inside try/catch, and does without them.
    const optional = new Set(['buffer', 'esprima']);
    assert.deepEqual([...new Set(requested)].filter((id) => id !== 'vscode' && !optional.has(id)), []);
  });

  it('parses a note with frontmatter and a task item without Node (gray-matter, remark, js-yaml)', async () => {
    // The core's parser, bundled the same way, run in the same bare context.
    const result = await esbuild.build({
      ...options, absWorkingDir: root, sourcemap: false, write: false, logLevel: 'silent',
      entryPoints: undefined, outfile: undefined,
      stdin: {
        contents: "import { Journal } from './src/core/journal'; module.exports = Journal;",
        resolveDir: root, loader: 'ts',
      },
    });
    const module = { exports: {} as unknown };
    const sandbox = vm.createContext({ module, exports: module.exports, console, TextEncoder, TextDecoder, URL, setTimeout, clearTimeout, queueMicrotask });
    vm.runInContext(result.outputFiles[0].text, sandbox);
    const Journal = module.exports as typeof import('../../src/core/journal').Journal;
    const journal = new Journal();
    journal.set('file:///j/1on1s/a/2026-11-20.md', '---\nperson: Ana Lima\ndate: 2026-11-20\n---\n## Follow-ups\n- [ ] @me send the deck due:2026-11-27\n');
    // Arrays made in the sandbox have its prototypes: compare as JSON.
    assert.equal(JSON.stringify(journal.meetings().map((m) => m.person)), '["Ana Lima"]');
    assert.equal(JSON.stringify(journal.followUps().map((f) => [f.text, f.due])), '[["send the deck","2026-11-27"]]');
  });
});
