import assert from 'node:assert/strict';
import { Journal } from '../../src/core/journal';
import {
  decideReminder, digestCounts, digestText, minutesUntil, parseReminderTime, type LocalMoment, type ReminderDecision,
} from '../../src/core/reminders';
import { note, profile } from './helpers/fixtures';

const at = (date: string, hhmm: string): LocalMoment => ({ date, minutes: parseReminderTime(hhmm)! });
const ON = { enabled: true, time: '09:00' };

describe('reminders: when the digest shows', () => {
  const cases: Array<{ name: string; lastShown?: string; now: LocalMoment; settings?: { enabled: boolean; time: string }; expect: ReminderDecision }> = [
    { name: 'off by default: never shows, no timer', now: at('2026-11-20', '10:00'), settings: { enabled: false, time: '09:00' }, expect: { showNow: false } },
    { name: 'a start-up after the reminder time shows it at once', now: at('2026-11-20', '10:30'), expect: { showNow: true, next: at('2026-11-21', '09:00') } },
    { name: 'a start-up before the time waits for it', now: at('2026-11-20', '08:15'), expect: { showNow: false, next: at('2026-11-20', '09:00') } },
    { name: 'at the minute it shows', lastShown: '2026-11-19', now: at('2026-11-20', '09:00'), expect: { showNow: true, next: at('2026-11-21', '09:00') } },
    { name: 'one a day: not again the same day', lastShown: '2026-11-20', now: at('2026-11-20', '17:00'), expect: { showNow: false, next: at('2026-11-21', '09:00') } },
    { name: 'days missed show once, not once per missed day', lastShown: '2026-11-02', now: at('2026-11-20', '09:05'), expect: { showNow: true, next: at('2026-11-21', '09:00') } },
    { name: 'a clock set back before the last day shown stays quiet', lastShown: '2026-11-21', now: at('2026-11-20', '12:00'), expect: { showNow: false, next: at('2026-11-21', '09:00') } },
    { name: 'a custom time', now: at('2026-11-20', '13:59'), settings: { enabled: true, time: '14:00' }, expect: { showNow: false, next: at('2026-11-20', '14:00') } },
    { name: 'a bad time falls back to 09:00', now: at('2026-11-20', '08:00'), settings: { enabled: true, time: '25:00' }, expect: { showNow: false, next: at('2026-11-20', '09:00') } },
    { name: 'across a year end', lastShown: '2026-12-30', now: at('2026-12-31', '23:59'), expect: { showNow: true, next: at('2027-01-01', '09:00') } },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(decideReminder(c.lastShown, c.now, c.settings ?? ON), c.expect));

  const times: Array<[string, number | undefined]> = [['09:00', 540], ['9:05', 545], ['00:00', 0], ['23:59', 1439], ['24:00', undefined], ['12:60', undefined], ['noon', undefined], ['', undefined]];
  for (const [text, minutes] of times) it(`reads "${text}" as ${minutes ?? 'not a time'}`, () => assert.equal(parseReminderTime(text), minutes));

  const waits: Array<[LocalMoment, LocalMoment, number]> = [
    [at('2026-11-20', '08:15'), at('2026-11-20', '09:00'), 45],
    [at('2026-11-20', '10:00'), at('2026-11-21', '09:00'), 23 * 60],
    [at('2026-12-31', '23:00'), at('2027-01-01', '09:00'), 10 * 60],
    [at('2026-11-20', '09:30'), at('2026-11-20', '09:00'), 0],
  ];
  for (const [now, next, minutes] of waits) it(`waits ${minutes} minutes from ${now.date} ${now.minutes} to ${next.date} ${next.minutes}`, () => assert.equal(minutesUntil(now, next), minutes));
});

describe('reminders: the digest', () => {
  const texts: Array<{ name: string; counts: { due: string[]; followUpsDue: number; coolOffsEnded: number }; privacy: boolean; expect: string | undefined }> = [
    { name: 'counts with plurals', counts: { due: ['Carly Chen', 'Dana Diaz'], followUpsDue: 3, coolOffsEnded: 1 }, privacy: true, expect: '2 1:1s due today · 3 follow-ups due · 1 cool-off ended' },
    { name: 'names outside privacy mode', counts: { due: ['Carly Chen', 'Dana Diaz'], followUpsDue: 1, coolOffsEnded: 0 }, privacy: false, expect: '2 1:1s due today (Carly Chen, Dana Diaz) · 1 follow-up due' },
    { name: 'at most three names', counts: { due: ['A B', 'C D', 'E F', 'G H'], followUpsDue: 0, coolOffsEnded: 2 }, privacy: false, expect: '4 1:1s due today (A B, C D, E F, …) · 2 cool-offs ended' },
    { name: 'one 1:1', counts: { due: ['Carly Chen'], followUpsDue: 0, coolOffsEnded: 0 }, privacy: true, expect: '1 1:1 due today' },
    { name: 'nothing to say', counts: { due: [], followUpsDue: 0, coolOffsEnded: 0 }, privacy: false, expect: undefined },
  ];
  for (const c of texts) it(`says ${c.name}`, () => assert.equal(digestText(c.counts, c.privacy ? undefined : (n) => n), c.expect));

  it('counts 1:1s due today, follow-ups due today or earlier, and cool-offs ended since the last digest', () => {
    const j = new Journal();
    j.set('people/maya.md', profile('Maya', { relationship: 'self' }));
    j.set('people/carly.md', profile('Carly', { reportsTo: 'Maya' }));
    j.set('people/dev.md', profile('Dev', { reportsTo: 'Maya' }));
    j.set('people/lee.md', profile('Lee', { reportsTo: 'Carly' }));
    j.set('n/carly.md', note({ person: 'Carly', date: '2026-11-13' }, '- [ ] today due:2026-11-20\n- [ ] late due:2026-11-02\n- [ ] tomorrow due:2026-11-21\n- [ ] now #escalate'));
    j.set('n/dev.md', note({ person: 'Dev', date: '2026-11-16' }));
    j.set('n/lee.md', note({ person: 'Lee', date: '2026-11-01', type: 'skip-level' }, '- [ ] a after:2026-11-18\n- [ ] b after:2026-11-20\n- [ ] c after:2026-11-21\n- [ ] implicit, ended Nov 15'));
    const counts = (lastShown?: string): ReturnType<typeof digestCounts> =>
      digestCounts(j.directory(), j.meetings(), j.followUps(), '2026-11-20', lastShown, 'iso');
    assert.deepEqual(counts('2026-11-19'), { due: ['Carly'], followUpsDue: 3, coolOffsEnded: 1 });
    assert.deepEqual(counts('2026-11-17'), { due: ['Carly'], followUpsDue: 3, coolOffsEnded: 2 });
    assert.deepEqual(counts(undefined), { due: ['Carly'], followUpsDue: 3, coolOffsEnded: 1 });
  });
});
