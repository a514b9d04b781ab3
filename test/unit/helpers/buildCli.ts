/** Builds the CLI exactly as `esbuild.js` ships it, into `dir`, for tests that run it. */
import { build, type BuildOptions } from 'esbuild';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
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

/** What one run of the CLI printed, and its exit code. */
export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Builds the CLI once for the calling `describe` (in a temp folder removed afterwards) and
 * returns a function that runs it with `TZ` set (UTC unless given).
 */
export function useBundledCli(prefix: string): (args: string[], tz?: string) => CliResult {
  let tmp: string | undefined;
  let cli = '';
  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    cli = await buildCli(tmp);
  });
  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });
  return (args, tz = 'UTC') => {
    const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, TZ: tz } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
}
