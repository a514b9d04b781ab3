/**
 * Date computations whose results must not depend on the machine's time zone. The dates test
 * runs `tzProbeMain.ts` in child processes under several `TZ` values and compares what they print
 * with `EXPECTED_PROBE`.
 */
import { addDays, addMonths, daysBetween, isoWeekday, localToday, parseCalendarDate, startOfIsoWeek } from '../../../src/core/dates';
import { coolingOffUntil } from '../../../src/core/followUpResolution';
import { Journal } from '../../../src/core/journal';
import { note, profile } from './fixtures';

export interface TzProbe {
  parsed: Record<string, string | null>;
  arithmetic: Record<string, string | number>;
  noteDates: Record<string, string | null>;
  followUps: Array<{ line: number; noteDate: string | null; effectiveAfter: string | null; coolingOffOn1129: string | null; coolingOffOn1130: string | null }>;
  localTodayAt20hUtc: string;
}

export function computeProbe(): TzProbe {
  const inputs = ['2026-11-20', '2026-11-13T16:30:00-08:00', '2026-11-13T23:30:00+09:00', '2026-03-08T02:30:00-08:00', '2026-02-30'];
  const parsed: TzProbe['parsed'] = {};
  for (const input of inputs) parsed[input] = parseCalendarDate(input) ?? null;
  parsed['Date.UTC(2026-11-20)'] = parseCalendarDate(new Date(Date.UTC(2026, 10, 20))) ?? null;

  const arithmetic: TzProbe['arithmetic'] = {
    'addDays(2026-03-07, 1)': addDays('2026-03-07', 1),
    'addDays(2026-03-08, 1)': addDays('2026-03-08', 1),
    'addDays(2026-11-01, 1)': addDays('2026-11-01', 1),
    'addDays(2026-03-29, -1)': addDays('2026-03-29', -1),
    'addMonths(2026-10-31, 1)': addMonths('2026-10-31', 1),
    'daysBetween(2026-03-01, 2026-04-01)': daysBetween('2026-03-01', '2026-04-01'),
    'daysBetween(2026-10-25, 2026-11-08)': daysBetween('2026-10-25', '2026-11-08'),
    'isoWeekday(2026-11-01)': isoWeekday('2026-11-01'),
    'startOfIsoWeek(2026-03-08)': startOfIsoWeek('2026-03-08'),
  };

  const journal = new Journal();
  journal.set('people/dana.md', profile('Dana Diaz', { relationship: 'self' }));
  journal.set('people/lee.md', profile('Lee Park', { relationship: 'skip' }));
  journal.set('a.md', note({ person: 'Lee Park', date: '2026-11-16', type: 'skip-level' }, '- [ ] check the on-call load\n- [ ] ask HR due:2026-11-20'));
  journal.set('b.md', note({ person: 'Lee Park', date: '2026-11-13T16:30:00-08:00', type: 'skip-level' }, '- [ ] late-evening item'));
  journal.set('c.md', note({ person: 'Lee Park', date: '2026-11-13T23:30:00+09:00' }, 'no tasks'));
  const noteDates: TzProbe['noteDates'] = {};
  for (const uri of ['a.md', 'b.md', 'c.md']) noteDates[uri] = journal.note(uri)?.date ?? null;
  const followUps = journal.followUps().map((f) => ({
    line: f.line,
    noteDate: f.noteDate ?? null,
    effectiveAfter: f.effectiveAfter ?? null,
    coolingOffOn1129: coolingOffUntil(f, '2026-11-29') ?? null,
    coolingOffOn1130: coolingOffUntil(f, '2026-11-30') ?? null,
  }));

  return {
    parsed,
    arithmetic,
    noteDates,
    followUps,
    localTodayAt20hUtc: localToday(new Date(Date.UTC(2026, 10, 20, 20, 0))),
  };
}

/** What every time zone must compute (all but `localTodayAt20hUtc`, which is the local date by design). */
export const EXPECTED_PROBE: Omit<TzProbe, 'localTodayAt20hUtc'> = {
  parsed: {
    '2026-11-20': '2026-11-20',
    '2026-11-13T16:30:00-08:00': '2026-11-13',
    '2026-11-13T23:30:00+09:00': '2026-11-13',
    '2026-03-08T02:30:00-08:00': '2026-03-08',
    '2026-02-30': null,
    'Date.UTC(2026-11-20)': '2026-11-20',
  },
  arithmetic: {
    'addDays(2026-03-07, 1)': '2026-03-08',
    'addDays(2026-03-08, 1)': '2026-03-09',
    'addDays(2026-11-01, 1)': '2026-11-02',
    'addDays(2026-03-29, -1)': '2026-03-28',
    'addMonths(2026-10-31, 1)': '2026-11-30',
    'daysBetween(2026-03-01, 2026-04-01)': 31,
    'daysBetween(2026-10-25, 2026-11-08)': 14,
    'isoWeekday(2026-11-01)': 6,
    'startOfIsoWeek(2026-03-08)': '2026-03-02',
  },
  noteDates: { 'a.md': '2026-11-16', 'b.md': '2026-11-13', 'c.md': '2026-11-13' },
  followUps: [
    { line: 6, noteDate: '2026-11-16', effectiveAfter: '2026-11-30', coolingOffOn1129: '2026-11-30', coolingOffOn1130: null },
    { line: 7, noteDate: '2026-11-16', effectiveAfter: '2026-11-30', coolingOffOn1129: '2026-11-30', coolingOffOn1130: null },
    { line: 6, noteDate: '2026-11-13', effectiveAfter: '2026-11-27', coolingOffOn1129: null, coolingOffOn1130: null },
  ],
};
