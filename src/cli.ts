/**
 * `oneonone`: the journal from a terminal, over the same core as the extension.
 *
 *   oneonone followups <dir> [--today YYYY-MM-DD] [--all] [--json]
 *   oneonone upcoming <dir> [--today YYYY-MM-DD] [--json]
 *   oneonone suggest-skip <dir> [--today YYYY-MM-DD] [--count N] [--json]
 *   oneonone check <dir> [--json]
 *   oneonone person <dir> <name-or-alias> [--today YYYY-MM-DD] [--json]
 *   oneonone insights <dir> [--today YYYY-MM-DD] [--weeks N] [--json]
 *
 * Exit codes: 0 ok, 1 `check` found errors, 2 bad usage or unreadable folder.
 */
import { promises as fs } from 'node:fs';
import { isIsoDate, localToday } from './core/dates';
import { upcomingOf, describeUpcoming } from './core/cadence';
import { coolingOffUntil } from './core/journal';
import type { FollowUp, JournalDiagnostic } from './core/model';
import { describeNeed, suggestSkipLevels } from './core/rotation';
import { loadJournal, type LoadResult } from './node/loadJournal';
import { formatTable } from './node/table';
import { personCommand } from './cli/person';
import { insightsCommand, MAX_WEEKS } from './cli/insights';

const USAGE = `Usage:
  oneonone followups <dir> [--today YYYY-MM-DD] [--all] [--json]
  oneonone upcoming <dir> [--today YYYY-MM-DD] [--json]
  oneonone suggest-skip <dir> [--today YYYY-MM-DD] [--count N] [--json]
  oneonone check <dir> [--json]
  oneonone person <dir> <name-or-alias> [--today YYYY-MM-DD] [--json]
  oneonone insights <dir> [--today YYYY-MM-DD] [--weeks N] [--json]`;

class UsageError extends Error {}

interface Args {
  command: string;
  dir: string;
  today: string;
  json: boolean;
  all: boolean;
  /** `--count N`: at most N suggestions (suggest-skip). */
  count?: number;
  /** The name or alias `person` is about. */
  name?: string;
  /** `--weeks N`: weeks of the heatmap (insights). */
  weeks?: number;
}

function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  let today = localToday();
  let json = false;
  let all = false;
  let count: number | undefined;
  let weeks: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') json = true;
    else if (arg === '--all') all = true;
    else if (arg === '--today' || arg.startsWith('--today=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!value || !isIsoDate(value)) throw new UsageError(`--today needs a date written YYYY-MM-DD, got "${value ?? ''}".`);
      today = value;
    } else if (arg === '--count' || arg.startsWith('--count=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!value || !/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--count needs a whole number of 1 or more, got "${value ?? ''}".`);
      count = Number(value);
    } else if (arg === '--weeks' || arg.startsWith('--weeks=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!value || !/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_WEEKS) throw new UsageError(`--weeks needs a whole number from 1 to ${MAX_WEEKS}, got "${value ?? ''}".`);
      weeks = Number(value);
    } else if (arg === '--help' || arg === '-h') throw new UsageError(USAGE);
    else if (arg.startsWith('-')) throw new UsageError(`Unknown option ${arg}.\n${USAGE}`);
    else positional.push(arg);
  }
  const [command, dir, name] = positional;
  if (!command || !dir || positional.length > (command === 'person' ? 3 : 2)) throw new UsageError(USAGE);
  if (!['followups', 'upcoming', 'suggest-skip', 'check', 'person', 'insights'].includes(command)) throw new UsageError(`Unknown command "${command}".\n${USAGE}`);
  if (command === 'person' && !name?.trim()) throw new UsageError(`person needs a name or alias.\n${USAGE}`);
  return {
    command, dir, today, json, all,
    ...(count !== undefined ? { count } : {}), ...(name ? { name: name.trim() } : {}), ...(weeks !== undefined ? { weeks } : {}),
  };
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const stat = await fs.stat(args.dir).catch(() => undefined);
  if (!stat?.isDirectory()) throw new UsageError(`No such folder: ${args.dir}`);
  const loaded = await loadJournal(args.dir);
  for (const s of loaded.skipped) process.stderr.write(`skipped ${s.path}: ${s.reason}\n`);
  if (args.command === 'followups') return followUpsCommand(loaded, args);
  if (args.command === 'upcoming') return upcomingCommand(loaded, args);
  if (args.command === 'suggest-skip') return suggestSkipCommand(loaded, args);
  if (args.command === 'person') return personCommand(loaded, { name: args.name!, today: args.today, json: args.json }, (t) => process.stdout.write(t));
  if (args.command === 'insights') return insightsCommand(loaded, { dir: args.dir, today: args.today, json: args.json, ...(args.weeks !== undefined ? { weeks: args.weeks } : {}) }, (t) => process.stdout.write(t));
  return checkCommand(loaded, args);
}

/** The JSON shape of one follow-up (a stable contract for scripts). */
export interface FollowUpJson {
  file: string;
  line: number;
  text: string;
  done: boolean;
  owner: string | null;
  person: string;
  type: string;
  noteDate: string | null;
  due: string | null;
  after: string | null;
  doneDate: string | null;
  coolingOffUntil: string | null;
  escalate: boolean;
  confidential: boolean;
}

function toJson(f: FollowUp, loaded: LoadResult, today: string): FollowUpJson {
  return {
    file: loaded.relativePaths.get(f.uri) ?? f.uri,
    line: f.line,
    text: f.text,
    done: f.done,
    owner: f.owner,
    person: f.person,
    type: f.type,
    noteDate: f.noteDate ?? null,
    due: f.due ?? null,
    after: f.after ?? null,
    doneDate: f.doneDate ?? null,
    coolingOffUntil: coolingOffUntil(f, today) ?? null,
    escalate: f.escalate,
    confidential: f.confidential,
  };
}

function followUpsCommand(loaded: LoadResult, args: Args): number {
  const items = loaded.journal.followUps({ includeDone: args.all }).map((f) => toJson(f, loaded, args.today));
  items.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  if (args.json) {
    process.stdout.write(JSON.stringify(items, null, 2) + '\n');
    return 0;
  }
  if (items.length === 0) {
    process.stdout.write(args.all ? 'No follow-ups.\n' : 'No open follow-ups.\n');
    return 0;
  }
  const rows = items.map((f) => [
    f.done ? '✓' : ' ',
    f.due ?? '',
    f.owner ?? 'me',
    f.person,
    [f.escalate ? 'ESCALATE' : '', f.coolingOffUntil ? `cooling off → ${f.coolingOffUntil}` : '', f.confidential ? 'confidential' : '']
      .filter(Boolean).join(', '),
    f.text,
    `${f.file}:${f.line}`,
  ]);
  process.stdout.write(formatTable(['', 'Due', 'Owner', 'Person', 'Flags', 'Follow-up', 'Where'], rows) + '\n');
  process.stdout.write(`${items.length} follow-up${items.length === 1 ? '' : 's'}\n`);
  return 0;
}

/** The JSON shape of one Upcoming 1:1s entry. */
export interface UpcomingJson {
  person: string;
  relationship: string;
  cadenceDays: number | null;
  lastMet: string | null;
  nextDue: string | null;
  scheduledDate: string | null;
  status: string;
}

function upcomingCommand(loaded: LoadResult, args: Args): number {
  const { journal } = loaded;
  // The JSON contract lists directs, skip-levels and peers; the manager's 1:1s follow their calendar.
  const entries = upcomingOf(journal, args.today, { weekMode: loaded.settings.weekMode })
    .filter((e) => e.relationship === 'direct' || e.relationship === 'skip' || e.relationship === 'peer');
  if (args.json) {
    const out: UpcomingJson[] = entries.map((e) => ({
      person: e.person.name,
      relationship: e.relationship,
      cadenceDays: e.cadenceDays,
      lastMet: e.lastMet ?? null,
      nextDue: e.nextDue ?? null,
      scheduledDate: e.scheduledDate ?? null,
      status: e.status,
    }));
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return 0;
  }
  if (entries.length === 0) {
    process.stdout.write('No one to meet: add person profiles or 1:1 notes.\n');
    return 0;
  }
  const rows = entries.map((e) => [e.status, e.person.name, describeUpcoming(e, args.today)]);
  process.stdout.write(formatTable(['Status', 'Person', 'When'], rows, 80) + '\n');
  return 0;
}

/** The JSON shape of one skip-level suggestion, in rank order. */
export interface SuggestSkipJson {
  person: string;
  depth: number;
  /** The direct report whose subtree the person is in. */
  branch: string;
  lastSkipLevel: string | null;
  reasons: string[];
}

function suggestSkipCommand(loaded: LoadResult, args: Args): number {
  const { journal } = loaded;
  const result = suggestSkipLevels(journal.directory(), journal.meetings(), args.today, args.count !== undefined ? { limit: args.count } : {});
  if (args.json) {
    const out: SuggestSkipJson[] = result.people.map((s) => ({
      person: s.person.name,
      depth: s.depth,
      branch: s.branch.name,
      lastSkipLevel: s.lastSkipLevel ?? null,
      reasons: s.reasons,
    }));
    // What is missing goes to stderr, so the JSON on stdout stays an array.
    if (result.need) process.stderr.write(`${describeNeed(result.need, result.excluded)}\n`);
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return 0;
  }
  if (result.need) {
    process.stdout.write(`${describeNeed(result.need, result.excluded)}\n`);
  } else {
    const rows = result.people.map((s, i) => [String(i + 1), s.person.name, String(s.depth), s.branchLabel, s.reasons.join(' · ')]);
    process.stdout.write(formatTable(['#', 'Person', 'Depth', 'Branch', 'Why'], rows, 100) + '\n');
    const { met, of } = result.round;
    process.stdout.write(met === of ? `All ${of} have had a skip-level this round.\n` : `${met} of ${of} met this round.\n`);
  }
  if (result.peers.length > 0) {
    process.stdout.write('\nPeers past their window:\n');
    const rows = result.peers.map((p) => [p.person.name, p.reasons.join(' · ')]);
    process.stdout.write(formatTable(['Peer', 'Why'], rows, 100) + '\n');
  }
  return 0;
}

function checkCommand(loaded: LoadResult, args: Args): number {
  const diagnostics = loaded.journal.diagnostics().filter((d) => d.severity !== 'hint');
  const file = (d: JournalDiagnostic): string => loaded.relativePaths.get(d.uri) ?? d.uri;
  if (args.json) {
    const out = diagnostics.map((d) => ({ file: file(d), line: d.line, severity: d.severity, code: d.code, message: d.message }));
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else {
    for (const d of diagnostics) process.stdout.write(`${file(d)}:${d.line}: ${d.severity}: ${d.message} [${d.code}]\n`);
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    process.stdout.write(`${errors} error${errors === 1 ? '' : 's'}, ${diagnostics.length - errors} other problem${diagnostics.length - errors === 1 ? '' : 's'} in ${loaded.relativePaths.size} files\n`);
  }
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`oneonone: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
