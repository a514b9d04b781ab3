import assert from 'node:assert/strict';
import { coolingOffUntil, effectiveAfter, resolveOwner, shareableIgnored, snoozedUntil, waitingUntil } from '../../src/core/followUpResolution';
import type { FollowUp, MeetingType } from '../../src/core/model';

const TODAY = '2026-11-20';

describe('follow-up resolution (core)', () => {
  describe('when an item may be acted on', () => {
    const cases: Array<{ name: string; item: { after?: string; escalate: boolean }; type: MeetingType; noteDate?: string; coolOffDays: number; expected: string | undefined }> = [
      { name: 'marks a skip-level follow-up as cooling off for 14 days from the note', item: { escalate: false }, type: 'skip-level', noteDate: '2026-11-16', coolOffDays: 14, expected: '2026-11-30' },
      { name: 'uses the coolOffDays setting for the implicit cool-off', item: { escalate: false }, type: 'skip-level', noteDate: '2026-11-16', coolOffDays: 3, expected: '2026-11-19' },
      { name: 'lets a written after: replace the implicit cool-off', item: { after: '2026-12-10', escalate: false }, type: 'skip-level', noteDate: '2026-11-16', coolOffDays: 14, expected: '2026-12-10' },
      { name: 'never makes an #escalate item wait, even with after:', item: { after: '2026-12-10', escalate: true }, type: 'skip-level', noteDate: '2026-11-16', coolOffDays: 14, expected: undefined },
      { name: 'gives no implicit wait to a one-on-one item', item: { escalate: false }, type: 'one-on-one', noteDate: '2026-11-16', coolOffDays: 14, expected: undefined },
      { name: 'keeps the written after: of a peer item', item: { after: '2026-12-01', escalate: false }, type: 'peer', noteDate: '2026-11-16', coolOffDays: 14, expected: '2026-12-01' },
      { name: 'gives no implicit wait to a skip-level note without a date', item: { escalate: false }, type: 'skip-level', coolOffDays: 14, expected: undefined },
      { name: 'gives no wait with a cool-off of 0 days past the meeting day', item: { escalate: false }, type: 'skip-level', noteDate: '2026-11-16', coolOffDays: 0, expected: '2026-11-16' },
    ];
    for (const c of cases) {
      it(c.name, () => assert.equal(effectiveAfter(c.item, c.type, c.noteDate, c.coolOffDays), c.expected));
    }
  });

  describe('cooling off (skip-level only) and snoozed (everything else)', () => {
    type Case = { name: string; item: Partial<Pick<FollowUp, 'effectiveAfter' | 'escalate' | 'type'>>; cooling?: string; snoozed?: string };
    const cases: Case[] = [
      { name: 'a skip-level item with a future wait is cooling off, not snoozed', item: { type: 'skip-level', effectiveAfter: '2026-11-30', escalate: false }, cooling: '2026-11-30' },
      { name: 'a one-on-one item with a future after: is snoozed, not cooling off', item: { type: 'one-on-one', effectiveAfter: '2026-11-30', escalate: false }, snoozed: '2026-11-30' },
      { name: 'a peer item with a future after: is snoozed', item: { type: 'peer', effectiveAfter: '2026-12-01', escalate: false }, snoozed: '2026-12-01' },
      { name: 'a wait ending today is over', item: { type: 'skip-level', effectiveAfter: TODAY, escalate: false } },
      { name: 'a snooze ending today is over', item: { type: 'peer', effectiveAfter: TODAY, escalate: false } },
      { name: 'a past wait is over', item: { type: 'skip-level', effectiveAfter: '2026-11-01', escalate: false } },
      { name: 'an #escalate item never waits', item: { type: 'skip-level', effectiveAfter: '2026-12-01', escalate: true } },
      { name: 'an item without a date never waits', item: { type: 'one-on-one', escalate: false } },
    ];
    for (const c of cases) {
      it(c.name, () => {
        assert.deepEqual([coolingOffUntil(c.item, TODAY), snoozedUntil(c.item, TODAY)], [c.cooling, c.snoozed]);
        assert.equal(waitingUntil(c.item, TODAY), c.cooling ?? c.snoozed, 'waiting is either of the two');
      });
    }
  });

  describe('the owner', () => {
    const people = new Map([['dana', 'Dana Diaz'], ['dana diaz', 'Dana Diaz'], ['carly', 'Carly Chen']]);
    const directory = { resolve: (name: string) => (people.has(name.toLowerCase()) ? { name: people.get(name.toLowerCase())! } as never : undefined) };
    const cases: Array<[string, string | undefined, string | undefined, { owner: string | null; mine: boolean }]> = [
      ['no mention is me', undefined, 'Dana Diaz', { owner: 'Dana Diaz', mine: true }],
      ['@me is me', 'me', 'Dana Diaz', { owner: 'Dana Diaz', mine: true }],
      ['@Me is me too', 'Me', 'Dana Diaz', { owner: 'Dana Diaz', mine: true }],
      ['one of my own names is me', 'Dana', 'Dana Diaz', { owner: 'Dana Diaz', mine: true }],
      ['me unknown: mine, without a name', undefined, undefined, { owner: null, mine: true }],
      ['someone known: their canonical name', 'Carly', 'Dana Diaz', { owner: 'Carly Chen', mine: false }],
      ['someone unknown: the name as written', 'Evan Ito', 'Dana Diaz', { owner: 'Evan Ito', mine: false }],
    ];
    for (const [name, mention, me, expected] of cases) {
      it(name, () => assert.deepEqual(resolveOwner(mention, directory, me), expected));
    }
  });

  describe('a shareable skip-level note', () => {
    const cases: Array<[MeetingType, 'shareable' | 'confidential' | undefined, boolean]> = [
      ['skip-level', 'shareable', true],
      ['skip-level', 'confidential', false],
      ['skip-level', undefined, false],
      ['one-on-one', 'shareable', false],
      ['peer', 'shareable', false],
    ];
    for (const [type, confidentiality, warned] of cases) {
      it(`${warned ? 'warns' : 'says nothing'} about ${type} marked ${confidentiality ?? 'nothing'}`, () => {
        assert.equal(shareableIgnored(type, confidentiality as never), warned);
      });
    }
  });
});
