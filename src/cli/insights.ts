/**
 * `oneonone insights <dir> [--weeks N]`: the dashboard's numbers (docs/FORMAT.md#views-and-commands) in a terminal, from
 * the same core module as the extension's dashboard. The JSON contract is issue 17's.
 */
import * as path from 'node:path';
import { computeInsights, DEFAULT_INSIGHT_WEEKS, insightsJson, readDriftContents, type NoteContent } from '../core/insights';
import type { IsoDate } from '../core/model';
import type { WeekMode } from '../core/thisWeek';
import { decodeNoteBytes } from '../core/parse/decode';
import { insightsText } from '../node/insightsText';
import { boundedFileReader, type LoadResult } from '../node/loadJournal';
import type { CliCommand } from './command';

/** The most weeks `--weeks` accepts (two years). */
export const MAX_WEEKS = 104;

export interface InsightsArgs {
  dir: string;
  today: IsoDate;
  json: boolean;
  weeks?: number;
  /** The folder's `oneOnOne.thisWeek`, as the extension reads it. */
  weekMode?: WeekMode;
}

export async function insightsCommand(loaded: LoadResult, args: InsightsArgs, write: (text: string) => void): Promise<number> {
  const { journal } = loaded;
  const directory = journal.directory();
  const meetings = journal.meetings();
  // Drift needs what the notes say: read only the notes it asks for, newest first.
  const contents = new Map<string, NoteContent>();
  const readFile = boundedFileReader();
  await readDriftContents(directory, meetings, args.today, contents, async (uri) => {
    const rel = loaded.relativePaths.get(uri);
    if (rel === undefined) return undefined;
    const decoded = decodeNoteBytes(await readFile(path.join(args.dir, rel)));
    return decoded.ok ? decoded.text : undefined;
  });
  const insights = computeInsights({
    directory, meetings, followUps: journal.followUps(), today: args.today, weeks: args.weeks ?? DEFAULT_INSIGHT_WEEKS, weekMode: loaded.settings.weekMode,
    contentOf: (uri) => contents.get(uri),
  });
  const fileOf = (uri: string): string => loaded.relativePaths.get(uri) ?? uri;
  write((args.json ? JSON.stringify(insightsJson(insights, fileOf), null, 2) : insightsText(insights, fileOf)) + '\n');
  return 0;
}

export const insights: CliCommand = {
  name: 'insights',
  summary: "the dashboard's numbers: weeks, coverage, follow-up aging, drift, this week",
  options: { today: 'date', weeks: { kind: 'count', max: MAX_WEEKS }, json: 'flag' },
  run({ loaded, settings, dir, today, json, count, out }) {
    // --weeks, else the folder's oneOnOne.dashboard.weeks (12 by default), like the dashboard.
    const weeks = count('weeks') ?? settings.dashboardWeeks;
    return insightsCommand(loaded, { dir, today, json, weeks, weekMode: settings.weekMode }, json ? out.write : out.text);
  },
};
