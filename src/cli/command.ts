/**
 * The shape of one `oneonone` subcommand. Adding a subcommand is one file exporting a
 * {@link CliCommand}, plus its line in `commands.ts`: the argument parser, `--help`, the journal
 * loading, exit codes and output draining come from here.
 */
import type { Settings } from '../core/settings';
import type { LoadResult } from '../node/loadJournal';
import type { Output } from './output';

/** How an option's value is read: a bare flag, a `YYYY-MM-DD` date, or a whole number ≥ 1. */
export type OptionKind = 'flag' | 'date' | 'count';

/** An option's kind, or a count with an upper bound: `{ kind: 'count', max: 104 }`. */
export type OptionSpec = OptionKind | { kind: 'count'; max: number };

/** Exit codes shared by every command. */
export const EXIT = {
  ok: 0,
  /** `check` found errors, or a file could not be read so the output is incomplete. */
  problems: 1,
  /** Bad usage, or the folder cannot be read. */
  usage: 2,
} as const;

export interface CliCommand {
  /** The subcommand as typed: `followups`. */
  name: string;
  /** One line for `--help`. */
  summary: string;
  /** Positional arguments after `<dir>`, as shown in the usage: `['<name>']`. */
  positionals?: string[];
  /**
   * Options the command accepts, by name without dashes: `{ today: 'date', json: 'flag' }`.
   * A `date` option named `today` defaults to the local date.
   */
  options: Record<string, OptionSpec>;
  run(ctx: CliContext): number | Promise<number>;
}

/** What a command runs with: its parsed arguments, the loaded journal and the output. */
export interface CliContext {
  /** The journal folder as given. */
  dir: string;
  /** Positional arguments after `<dir>`, in the order the command declares them. */
  positionals: string[];
  /** `--today`, or the local date. */
  today: string;
  /** `--json` given. */
  json: boolean;
  /** A flag option given (`--all`). */
  flag(name: string): boolean;
  /** A count option's value (`--count 3`), if given. */
  count(name: string): number | undefined;
  loaded: LoadResult;
  /** The folder's `oneOnOne.*` settings (also `loaded.settings`). */
  settings: Settings;
  out: Output;
}

/** A problem with the command line (or a person the journal does not know): one line on stderr, exit 2. */
export class UsageError extends Error {}
