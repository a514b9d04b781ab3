/** `oneonone followups <dir> [--today D] [--all] [--json]`: open (or all) follow-ups. */
import { coolingOffUntil, snoozedUntil } from '../core/followUpResolution';
import type { FollowUp } from '../core/model';
import type { LoadResult } from '../node/loadJournal';
import type { CliCommand } from './command';
import { plural } from './output';

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
  /** Skip-level items only: the end of the cool-off, while it lasts. */
  coolingOffUntil: string | null;
  /** Any other item with a future `after:`: the date it is snoozed until. */
  snoozedUntil: string | null;
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
    snoozedUntil: snoozedUntil(f, today) ?? null,
    escalate: f.escalate,
    confidential: f.confidential,
  };
}

export const followups: CliCommand = {
  name: 'followups',
  summary: 'open follow-ups (all of them with --all)',
  options: { today: 'date', all: 'flag', json: 'flag' },
  run({ loaded, today, json, flag, out }) {
    const all = flag('all');
    const items = loaded.journal.followUps({ includeDone: all }).map((f) => toJson(f, loaded, today));
    items.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
    if (json) {
      out.json(items);
      return 0;
    }
    if (items.length === 0) {
      out.line(all ? 'No follow-ups.' : 'No open follow-ups.');
      return 0;
    }
    const rows = items.map((f) => [
      f.done ? '✓' : ' ',
      f.due ?? '',
      f.owner ?? 'me',
      f.person,
      [f.escalate ? 'ESCALATE' : '', f.coolingOffUntil ? `cooling off → ${f.coolingOffUntil}` : '', f.snoozedUntil ? `snoozed → ${f.snoozedUntil}` : '', f.confidential ? 'confidential' : '']
        .filter(Boolean).join(', '),
      f.text,
      `${f.file}:${f.line}`,
    ]);
    out.table(['', 'Due', 'Owner', 'Person', 'Flags', 'Follow-up', 'Where'], rows);
    out.line(plural(items.length, 'follow-up'));
    return 0;
  },
};
