/**
 * Runs one `oneonone` command line. Never calls `process.exit`: it sets `process.exitCode` and
 * returns, so stdout drains completely into a file, a pipe or a slow reader.
 */
import { promises as fs } from 'node:fs';
import { localToday } from '../core/dates';
import { FolderError, loadJournal } from '../node/loadJournal';
import { parseArgs, usage, usageLine } from './args';
import { EXIT, UsageError, type CliContext } from './command';
import { COMMANDS } from './commands';
import { plural, processOutput, type Output } from './output';

/** Runs the command line `argv` (without `node cli.js`) and resolves to its exit code. */
export async function run(argv: string[], out: Output): Promise<number> {
  try {
    const parsed = parseArgs(argv, COMMANDS);
    if (parsed.kind === 'help') {
      out.write((parsed.command ? `Usage: ${usageLine(parsed.command)}\n  ${parsed.command.summary}` : usage(COMMANDS)) + '\n');
      return EXIT.ok;
    }
    const { command, dir, positionals, values } = parsed;
    const stat = await fs.stat(dir).catch(() => undefined);
    if (!stat?.isDirectory()) throw new UsageError(`No such folder: ${dir}`);
    const loaded = await loadJournal(dir);
    for (const s of loaded.skipped) out.error(`skipped ${s.path}: ${s.reason}`);
    const ctx: CliContext = {
      dir,
      positionals,
      today: typeof values.get('today') === 'string' ? (values.get('today') as string) : localToday(),
      json: values.get('json') === true,
      flag: (name) => values.get(name) === true,
      count: (name) => {
        const v = values.get(name);
        return typeof v === 'number' ? v : undefined;
      },
      loaded,
      settings: loaded.settings,
      out,
    };
    const code = await command.run(ctx);
    if (loaded.unreadable.length > 0) {
      // The output above is missing these files' content: say so, and never exit 0.
      const first = loaded.unreadable[0];
      out.error(`oneonone: ${plural(loaded.unreadable.length, 'file')} could not be read, so the output above is incomplete (${first.path}: ${first.reason}${loaded.unreadable.length > 1 ? ', …' : ''}); run "oneonone check" to list them`);
      return Math.max(code, EXIT.problems);
    }
    return code;
  } catch (error) {
    if (error instanceof UsageError || error instanceof FolderError) {
      out.error(`oneonone: ${error.message}`);
      return EXIT.usage;
    }
    out.error(`oneonone: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.usage;
  }
}

/** The process entry: runs `process.argv` and leaves the exit code for when stdout has drained. */
export function main(): void {
  void run(process.argv.slice(2), processOutput()).then((code) => {
    process.exitCode = code;
  });
}
