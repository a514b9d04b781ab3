import assert from 'node:assert/strict';
import { awayRanges, buildPersonPage, growthSections, talkingPointDestination, textBlocks } from '../../src/core/personPage';
import { loadFixture, readFixture } from './helpers/fixtures';

const TODAY = '2026-12-01';
const FIXTURE = 'person-page';
const text = (uri: string): string | undefined => readFixture(FIXTURE, uri);

describe('person page', () => {
  const journal = loadFixture(FIXTURE);
  const page = (name: string, today = TODAY) => buildPersonPage(journal, name, today, { weekMode: 'iso', text });

  describe('who they are', () => {
    const cases: Array<[string, string, Partial<ReturnType<typeof page> & object>]> = [
      ['a direct report with a profile, found by an alias', 'CC', {
        name: 'Carly Chen', aliases: ['Carly', 'CC'], role: 'Senior Engineer', team: 'Platform', manager: 'Ana Lead',
        reports: ['Evan Ito'], managesCount: 1, managerDirect: true, relationship: 'direct', isMe: false, profileUri: 'people/carly-chen.md',
        cadence: { days: 14, written: 'every 2 weeks', label: 'biweekly' },
        away: [{ from: '2026-12-20', to: '2027-01-05' }],
      }],
      ['a skip-level two levels down', 'Evan Ito', {
        name: 'Evan Ito', manager: 'Carly Chen', reports: [], managesCount: 0, managerDirect: false, relationship: 'skip', cadence: { days: null, label: 'no cadence' }, away: [],
      }],
      ['my manager, with me as their report', 'Dana Diaz', {
        name: 'Dana Diaz', reports: ['Ana Lead'], managesCount: 1, managerDirect: false, relationship: 'manager', cadence: { days: null, label: 'no cadence' },
      }],
    ];
    for (const [name, who, expected] of cases) {
      it(`describes ${name}`, () => {
        const result = page(who)!;
        for (const [key, value] of Object.entries(expected)) assert.deepEqual(result[key as keyof typeof result], value, key);
      });
    }

    it('knows nobody the journal does not know', () => {
      assert.equal(page('Nobody Here'), undefined);
    });
  });

  describe('when', () => {
    const cases: Array<[string, string, string, object]> = [
      ['last met on the latest past note and scheduled on the future one', 'Carly Chen', TODAY, {
        lastMet: { date: '2026-11-27', uri: '1on1s/carly-chen/2026-11-27.md' },
        scheduled: { date: '2026-12-03', uri: '1on1s/carly-chen/2026-12-03.md' },
        status: 'scheduled', nextDue: '2026-12-11',
      }],
      ['no longer scheduled once that day has come', 'Carly Chen', '2026-12-03', {
        lastMet: { date: '2026-12-03', uri: '1on1s/carly-chen/2026-12-03.md' }, scheduled: undefined, status: 'later', nextDue: '2026-12-17',
      }],
      ['not tracked in Upcoming for a skip-level without a cadence', 'Evan Ito', TODAY, {
        lastMet: { date: '2026-11-10', uri: '1on1s/evan-ito/2026-11-10.md' }, status: undefined, nextDue: undefined,
      }],
    ];
    for (const [name, who, today, expected] of cases) {
      it(`is ${name}`, () => {
        const result = page(who, today)!;
        for (const [key, value] of Object.entries(expected)) assert.deepEqual(result[key as keyof typeof result], value, key);
      });
    }
  });

  it('lists the queued talking points of the profile in file order', () => {
    assert.deepEqual(page('Carly Chen')!.talkingPoints, [
      { line: 14, text: 'the on-call load since the reorg' },
      { line: 15, text: 'promo packet: who writes the peer feedback?' },
    ]);
  });

  describe('open follow-ups both ways', () => {
    const cases: Array<[string, string, string[], string[]]> = [
      ['mine from notes with them, theirs from any note (a skip-level too), most urgent first', 'Carly Chen',
        ['1on1s/carly-chen/2026-11-13.md:18', '1on1s/carly-chen/2026-11-27.md:11'],
        ['1on1s/carly-chen/2026-11-13.md:19', '1on1s/evan-ito/2026-11-10.md:10']],
      ['mine only, for someone who owns nothing', 'Evan Ito',
        ['1on1s/evan-ito/2026-11-10.md:11'], []],
      ['nothing of mine for me', 'Ana Lead', [], []],
    ];
    for (const [name, who, mine, theirs] of cases) {
      it(`lists ${name}`, () => {
        const result = page(who)!;
        assert.deepEqual(result.followUps.mine.map((f) => `${f.uri}:${f.line}`), mine);
        assert.deepEqual(result.followUps.theirs.map((f) => `${f.uri}:${f.line}`), theirs);
      });
    }
  });

  describe('timeline', () => {
    it('lists every note with them newest first, the scheduled one on top, with date and type', () => {
      assert.deepEqual(page('Carly Chen')!.timeline.map((e) => [e.date, e.type, e.future, e.confidential]), [
        ['2026-12-03', 'one-on-one', true, true],
        ['2026-11-27', 'one-on-one', false, false],
        ['2026-11-13', 'one-on-one', false, true],
      ]);
    });

    it('keeps the first three written lines of the growth / feedback section, at its heading line', () => {
      const [, , first] = page('Carly Chen')!.timeline;
      assert.deepEqual(first.growth, [{
        heading: 'Growth & feedback', line: 10,
        lines: ['- wants to present the migration plan at the all-hands', '- feedback: the design review went well; write the summary sooner', '- asked for more ownership of incidents'],
      }]);
    });

    it('has no excerpt when the section is empty, missing, or the text is not known', () => {
      const timeline = page('Carly Chen')!.timeline;
      assert.deepEqual(timeline[0].growth, [{ heading: 'Growth & feedback', line: 10, lines: [] }]);
      assert.deepEqual(timeline[1].growth, []);
      const unknown = buildPersonPage(journal, 'Carly Chen', TODAY, { weekMode: 'iso' })!;
      assert.deepEqual(unknown.timeline.map((e) => e.growth), [[], [], []]);
    });
  });

  describe('growthSections', () => {
    const cases: Array<[string, string, Array<[string, number, string[]]>]> = [
      ['every growth or feedback section, at any level',
        '## Growth & support\n- a\n## Other\n- x\n### Feedback\n- b\n',
        [['Growth & support', 1, ['- a']], ['Feedback', 5, ['- b']]]],
      ['prompts in comments over several lines left out, blank lines between paragraphs once',
        '## Growth\n<!-- line one\n  line two -->\n\npara one\n\n\npara two\n',
        [['Growth', 1, ['para one', '', 'para two']]]],
      ['nothing from a heading inside a code block', '```\n## Growth\n```\n', []],
      ['CRLF text', '## Feedback\r\n- a\r\n', [['Feedback', 1, ['- a']]]],
    ];
    for (const [name, input, expected] of cases) {
      it(`finds ${name}`, () => {
        assert.deepEqual(growthSections(input).map((s) => [s.heading, s.line, s.lines]), expected);
      });
    }
  });

  describe('textBlocks', () => {
    const cases: Array<[string, string[], string[]]> = [
      ['a wrapped list item as one line', ['- Short one today; I let her go early, which I may', '  regret: we did not talk.', '- next'], ['- Short one today; I let her go early, which I may regret: we did not talk.', '- next']],
      ['a wrapped paragraph as one line, paragraphs apart', ['para one', 'goes on', '', 'para two'], ['para one goes on', 'para two']],
      ['a nested item as its own block', ['- a', '  - b'], ['- a', '  - b']],
    ];
    for (const [name, lines, expected] of cases) it(`reads ${name}`, () => assert.deepEqual(textBlocks(lines), expected));
  });

  describe('awayRanges', () => {
    it('reads one range or a list of them, earliest first', () => {
      const one = { from: '2026-12-20', to: '2027-01-05' };
      const two = { from: '2026-07-01', to: '2026-07-14' };
      const profile = { uri: 'p.md', name: 'X', aliases: [], active: true };
      assert.deepEqual(awayRanges({ ...profile, away: [one] }), [one]);
      assert.deepEqual(awayRanges({ ...profile, away: [one, two] }), [two, one]);
      assert.deepEqual(awayRanges(profile), []);
      assert.deepEqual(awayRanges(undefined), []);
    });
  });

  describe('talkingPointDestination', () => {
    const cases: Array<[string, string, string, object]> = [
      ['the earliest note scheduled with them', 'Carly', TODAY, { kind: 'note', uri: '1on1s/carly-chen/2026-12-03.md', date: '2026-12-03' }],
      ['their profile once that note is today or past', 'Carly Chen', '2026-12-03', { kind: 'profile', uri: 'people/carly-chen.md' }],
      ['their profile when nothing is scheduled', 'Evan Ito', TODAY, { kind: 'profile', uri: 'people/evan-ito.md' }],
      ['nowhere yet for someone without a profile', 'Someone New', TODAY, { kind: 'none', name: 'Someone New' }],
    ];
    for (const [name, who, today, expected] of cases) {
      it(`sends a point to ${name}`, () => assert.deepEqual(talkingPointDestination(journal, who, today), expected));
    }
  });
});
