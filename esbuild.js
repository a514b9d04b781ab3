// Bundles the extension (vscode external) for desktop and for the web, and the CLI. `--watch` rebuilds on change;
// `--production` minifies and drops source maps. Required as a module, it only exports the
// options, so tests can build exactly what ships.
const esbuild = require('esbuild');

/**
 * The extension bundles keep packages' Node built-ins out: packages resolve to their
 * browser-neutral builds, and gray-matter's `fs` (used only by its `matter.read`, which we never
 * call) becomes an empty module. The desktop bundle's own file adapter (src/vscode/nodeFiles.ts)
 * imports `node:` modules, which stay external there; the web bundle gets
 * src/vscode/noNodeFiles.ts in its place, so no Node built-in reaches it.
 * @type {import('esbuild').Plugin}
 */
const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /^fs$/ }, (args) => ({ path: args.path, namespace: 'empty-builtin' }));
    build.onLoad({ filter: /.*/, namespace: 'empty-builtin' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

/** @type {import('esbuild').Plugin} */
const noNodeFiles = {
  name: 'no-node-files',
  setup(build) {
    build.onResolve({ filter: /^(node:)?fs$/ }, (args) => ({ path: args.path, namespace: 'empty-builtin' }));
    build.onResolve({ filter: /\/nodeFiles$/ }, () => ({ path: require('node:path').join(__dirname, 'src', 'vscode', 'noNodeFiles.ts') }));
  },
};

/** @param {boolean} production @returns {import('esbuild').BuildOptions[]} */
function buildOptions(production) {
  /** @type {import('esbuild').BuildOptions} */
  const common = {
    bundle: true,
    format: 'cjs',
    target: 'node18',
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    logLevel: 'warning',
    legalComments: 'none',
    // Non-ASCII text (emoji tokens, the entity table) as UTF-8 rather than \u escapes: 7 KB less.
    charset: 'utf8',
    // Prefer ESM builds: jsonc-parser's UMD build hides its requires from the bundler.
    mainFields: ['module', 'main'],
  };
  return [
    {
      ...common,
      platform: 'neutral',
      entryPoints: ['src/extension.ts'],
      outfile: 'dist/extension.js',
      external: ['vscode', 'node:*'],
      plugins: [noNodeBuiltins],
    },
    {
      // The web extension (package.json `browser`): VS Code's web worker extension host loads
      // it as CommonJS with only `vscode` to require. The browser platform fails the build on
      // any Node built-in; gray-matter's one Buffer.from gets a string-only shim.
      ...common,
      platform: 'browser',
      // A web worker has no DOM: packages' `worker` builds (micromark's entity decoder uses
      // `document` in its `browser` one).
      conditions: ['worker'],
      target: 'es2022',
      entryPoints: ['src/web/extension.ts'],
      outfile: 'dist/web/extension.js',
      external: ['vscode'],
      inject: ['src/web/bufferShim.ts'],
      define: { global: 'globalThis' },
      plugins: [noNodeFiles, noNodeBuiltins],
    },
    { ...common, platform: 'node', entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  ];
}

async function main() {
  const production = process.argv.includes('--production');
  const builds = buildOptions(production);
  if (process.argv.includes('--watch')) {
    for (const options of builds) {
      const ctx = await esbuild.context(options);
      await ctx.watch();
    }
    console.log('[esbuild] watching…');
    return;
  }
  await Promise.all(builds.map((options) => esbuild.build(options)));
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

module.exports = { buildOptions };
