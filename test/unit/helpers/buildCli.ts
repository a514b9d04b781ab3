/** Builds the CLI exactly as `esbuild.js` ships it, into `dir`, for tests that run it. */
import { build, type BuildOptions } from 'esbuild';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');

export async function buildCli(dir: string): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildOptions } = require(path.join(ROOT, 'esbuild.js')) as { buildOptions(production: boolean): BuildOptions[] };
  const cli = buildOptions(false).find((o) => String((o.entryPoints as string[])[0]).endsWith('cli.ts'))!;
  const outfile = path.join(dir, 'cli.js');
  await build({ ...cli, absWorkingDir: ROOT, outfile, sourcemap: false, logLevel: 'silent' });
  return outfile;
}
