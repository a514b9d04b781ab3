/** Reads `oneonone <command> <dir> [args] [options]` against the commands' declared options. */
import { isIsoDate } from '../core/dates';
import { UsageError, type CliCommand, type OptionKind, type OptionSpec } from './command';

/** The usage line of one command: `oneonone followups <dir> [--today YYYY-MM-DD] [--all] [--json]`. */
export function usageLine(command: CliCommand): string {
  const value: Record<OptionKind, string> = { flag: '', date: ' YYYY-MM-DD', count: ' N' };
  const options = Object.entries(command.options).map(([name, spec]) => `[--${name}${value[kindOf(spec)]}]`);
  return ['oneonone', command.name, '<dir>', ...(command.positionals ?? []), ...options].join(' ');
}

/** The whole `--help` text. */
export function usage(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((c) => usageLine(c).length));
  return [
    'Usage:',
    ...commands.map((c) => `  ${usageLine(c).padEnd(width)}  ${c.summary}`),
    '',
    'Reads the journal folder <dir> and its .vscode/settings.json (oneOnOne.* settings).',
    'Exit codes: 0 ok; 1 check found errors, or a file could not be read; 2 bad usage or unreadable folder.',
  ].join('\n');
}

export type Parsed =
  | { kind: 'help'; command?: CliCommand }
  | { kind: 'run'; command: CliCommand; dir: string; positionals: string[]; values: Map<string, string | number | true> };

function kindOf(spec: OptionSpec): OptionKind {
  return typeof spec === 'string' ? spec : spec.kind;
}

const HINT = 'run "oneonone --help" for usage';

/** Parses the arguments; a problem is a {@link UsageError} whose message fits on one line. */
export function parseArgs(argv: string[], commands: readonly CliCommand[]): Parsed {
  const end = argv.indexOf('--');
  const help = (end >= 0 ? argv.slice(0, end) : argv).some((a) => a === '--help' || a === '-h');
  const name = argv[0];
  const command = commands.find((c) => c.name === name);
  if (help) return command ? { kind: 'help', command } : { kind: 'help' };
  const names = commands.map((c) => c.name).join(', ');
  if (name === undefined) throw new UsageError(`missing command (${names}); ${HINT}`);
  if (!command) {
    throw new UsageError(name.startsWith('-')
      ? `the command comes first (${names}); ${HINT}`
      : `unknown command "${name}" (commands: ${names}); ${HINT}`);
  }
  return parseFor(command, argv.slice(1));
}

function parseFor(command: CliCommand, argv: string[]): Parsed {
  const positional: string[] = [];
  const values = new Map<string, string | number | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    if (!arg.startsWith('--')) throw new UsageError(`unknown option ${arg}; usage: ${usageLine(command)}`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq >= 0 ? eq : undefined);
    const spec = Object.hasOwn(command.options, name) ? command.options[name] : undefined;
    const kind = spec === undefined ? undefined : kindOf(spec);
    if (!kind || !spec) throw new UsageError(`${command.name} has no option --${name}; usage: ${usageLine(command)}`);
    if (kind === 'flag') {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      values.set(name, true);
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (kind === 'date') {
      if (value === undefined || !isIsoDate(value)) throw new UsageError(`--${name} needs a date written YYYY-MM-DD, got "${value ?? ''}".`);
      values.set(name, value);
    } else {
      const max = typeof spec === 'string' ? Infinity : spec.max;
      if (value === undefined || !/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
        throw new UsageError(`--${name} needs a whole number ${max === Infinity ? 'of 1 or more' : `from 1 to ${max}`}, got "${value ?? ''}".`);
      }
      values.set(name, Number(value));
    }
  }
  const wanted = ['<dir>', ...(command.positionals ?? [])];
  if (positional.length < wanted.length) throw new UsageError(`${command.name} needs ${wanted.slice(positional.length).join(' ')}; usage: ${usageLine(command)}`);
  if (positional.length > wanted.length) throw new UsageError(`unexpected argument "${positional[wanted.length]}"; usage: ${usageLine(command)}`);
  const [dir, ...rest] = positional;
  return { kind: 'run', command, dir, positionals: rest, values };
}
