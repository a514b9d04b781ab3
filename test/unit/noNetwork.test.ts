import assert from 'node:assert/strict';
import * as esbuild from 'esbuild';
import * as path from 'node:path';

/**
 * No leaks by construction: the extension bundle must not use any network API. The bundle is
 * built here, from source, with the production options, so the test sees what users install.
 */
describe('the extension bundle', function () {
  this.timeout(60_000);
  let bundle = '';

  before(async () => {
    const root = path.join(__dirname, '..', '..');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { buildOptions } = require(path.join(root, 'esbuild.js')) as { buildOptions(production: boolean): esbuild.BuildOptions[] };
    const extension = buildOptions(false)[0];
    const result = await esbuild.build({ ...extension, absWorkingDir: root, minify: false, sourcemap: false, write: false, logLevel: 'silent' });
    bundle = result.outputFiles[0].text;
  });

  const forbidden: Array<[string, RegExp]> = [
    ['http', /require\(["'](?:node:)?http["']\)/],
    ['https', /require\(["'](?:node:)?https["']\)/],
    ['net', /require\(["'](?:node:)?net["']\)/],
    ['tls', /require\(["'](?:node:)?tls["']\)/],
    ['dgram', /require\(["'](?:node:)?dgram["']\)/],
    ['http2', /require\(["'](?:node:)?http2["']\)/],
    ['fetch', /(?<![\w.$])fetch\s*\(/],
    ['WebSocket', /\bnew\s+WebSocket\b/],
    ['XMLHttpRequest', /\bXMLHttpRequest\b/],
    ['EventSource', /\bnew\s+EventSource\b/],
    ['sendBeacon', /\bsendBeacon\b/],
  ];
  for (const [api, pattern] of forbidden) {
    it(`does not use ${api}`, () => {
      const match = pattern.exec(bundle);
      assert.equal(match, null, match ? `found "${match[0]}" near: ${bundle.slice(Math.max(0, match.index - 120), match.index + 60)}` : '');
    });
  }

  it('requires only vscode, and the file system for its Node file adapter (the web bundle has none: webBundle.test.ts)', () => {
    // js-yaml's optional `_require("buffer")` / `_require("esprima")` are guarded by try/catch.
    const required = [...bundle.matchAll(/(?<![\w$])require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    assert.deepEqual([...new Set(required)].sort(), ['node:fs', 'node:path', 'vscode']);
  });
});
