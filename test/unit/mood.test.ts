import assert from 'node:assert/strict';
import { Journal } from '../../src/core/journal';
import { MOOD_SCALE, moodHistory, moodTrend, moodWord, readMood, trendDirection, type MoodPoint, type MoodReading } from '../../src/core/mood';
import { parseJournalFile } from '../../src/core/parse/file';

describe('mood: reading the frontmatter value', () => {
  // as YAML gives it, what it reads as
  const cases: Array<[string, unknown, MoodReading]> = [
    ['no mood at all', undefined, { kind: 'absent' }],
    ['an empty `mood:` (null)', null, { kind: 'absent' }],
    ['an empty string', '  ', { kind: 'absent' }],
    ['the number 1', 1, { kind: 'mood', value: 1 }],
    ['the number 5', 5, { kind: 'mood', value: 5 }],
    ['a quoted number', '4', { kind: 'mood', value: 4 }],
    ['a quoted number with spaces', ' 2 ', { kind: 'mood', value: 2 }],
    ['a word', 'good', { kind: 'mood', value: 4 }],
    ['a word in any case', 'Rough', { kind: 'mood', value: 1 }],
    ['the word okay', 'okay', { kind: 'mood', value: 3 }],
    ['zero', 0, { kind: 'bad', written: '0' }],
    ['six', 6, { kind: 'bad', written: '6' }],
    ['a fraction', 3.5, { kind: 'bad', written: '3.5' }],
    ['a negative number', -2, { kind: 'bad', written: '-2' }],
    ['a quoted out-of-range number', '7', { kind: 'bad', written: '7' }],
    ['a word off the scale', 'meh', { kind: 'bad', written: 'meh' }],
    ['a boolean (YAML `yes`)', true, { kind: 'bad', written: 'true' }],
    ['a list', [3, 4], { kind: 'bad', written: '[3, 4]' }],
  ];
  for (const [what, value, expected] of cases) {
    it(`reads ${what} as ${expected.kind === 'mood' ? `mood ${expected.value}` : expected.kind}`, () => assert.deepEqual(readMood(value), expected));
  }

  it('offers five words, lowest first, each reading back as its value', () => {
    assert.deepEqual(MOOD_SCALE.map((m) => m.word), ['rough', 'low', 'okay', 'good', 'great']);
    for (const m of MOOD_SCALE) {
      assert.deepEqual(readMood(m.word), { kind: 'mood', value: m.value });
      assert.equal(moodWord(m.value), m.word);
    }
  });
});

describe('mood: in a note', () => {
  const note = (mood: string): string => `---\nperson: Carly Chen\ndate: 2026-11-20\nmood: ${mood}\n---\n## Check-in\n`;
  // as written in the file, the note's mood, the diagnostics (line, code, value)
  const cases: Array<[string, number | undefined, Array<[number, string, string]>]> = [
    ['4', 4, []],
    ['great', 5, []],
    ['"2"', 2, []],
    ['low  # a hard week', 2, []],
    ['', undefined, []],
    ['9', undefined, [[4, 'bad-mood', '9']]],
    ['so-so', undefined, [[4, 'bad-mood', 'so-so']]],
    ['[3, 4]', undefined, [[4, 'bad-mood', '[3, 4]']]],
  ];
  for (const [written, mood, diagnostics] of cases) {
    it(`\`mood: ${written}\` gives ${mood === undefined ? 'no mood' : `mood ${mood}`}${diagnostics.length ? ' and a warning on its line' : ''}`, () => {
      const parsed = parseJournalFile('file:///j/n.md', note(written));
      assert.equal(parsed.kind, 'note');
      if (parsed.kind !== 'note') return;
      assert.equal(parsed.note.mood, mood);
      assert.deepEqual(parsed.diagnostics.map((d) => [d.line, d.code, d.data?.value]), diagnostics);
      for (const d of parsed.diagnostics) {
        assert.equal(d.severity, 'warning');
        assert.match(d.message, /from 1 \(rough\) to 5 \(great\), or one of rough, low, okay, good, great/);
      }
    });
  }

  it('reports a bad mood through the journal like the other keys', () => {
    const journal = new Journal();
    journal.set('file:///j/n.md', note('10'));
    assert.deepEqual(journal.diagnostics().filter((d) => d.code !== 'unknown-person').map((d) => [d.line, d.code]), [[4, 'bad-mood']]);
  });
});

describe('mood: history and trend', () => {
  const TODAY = '2026-11-20';
  it('keeps dated notes with a mood up to today, oldest first, the same date by file', () => {
    const history = moodHistory([
      { uri: 'file:///j/c.md', date: '2026-11-13', mood: 3 },
      { uri: 'file:///j/a.md', date: '2026-11-06', mood: 2 },
      { uri: 'file:///j/no-mood.md', date: '2026-11-10' },
      { uri: 'file:///j/undated.md', mood: 5 },
      { uri: 'file:///j/future.md', date: '2026-11-27', mood: 5 },
      { uri: 'file:///j/today.md', date: TODAY, mood: 4 },
      { uri: 'file:///j/b.md', date: '2026-11-13', mood: 1 },
    ], TODAY);
    assert.deepEqual(history, [
      { date: '2026-11-06', value: 2 }, { date: '2026-11-13', value: 1 }, { date: '2026-11-13', value: 3 }, { date: TODAY, value: 4 },
    ]);
  });

  const points = (...values: Array<1 | 2 | 3 | 4 | 5>): MoodPoint[] => values.map((value, i) => ({ date: `2026-10-${String(i + 1).padStart(2, '0')}`, value }));
  // values, count, kept values, direction, summary
  const trends: Array<[MoodPoint[], number | undefined, number[], string, string]> = [
    [points(4), undefined, [4], 'steady', '4 · good'],
    [points(3, 4), undefined, [3, 4], 'up', '3 → 4 · good, up'],
    [points(4, 4, 3, 4), undefined, [4, 4, 3, 4], 'steady', '4 → 4 → 3 → 4 · good, steady'],
    [points(5, 4, 2, 2), undefined, [5, 4, 2, 2], 'down', '5 → 4 → 2 → 2 · low, down'],
    [points(1, 2, 3, 4, 5, 5, 5, 1), undefined, [3, 4, 5, 5, 5, 1], 'steady', '3 → 4 → 5 → 5 → 5 → 1 · rough, steady'],
    [points(1, 2, 3, 4, 5), 3, [3, 4, 5], 'up', '3 → 4 → 5 · great, up'],
  ];
  for (const [history, count, kept, direction, summary] of trends) {
    it(`shows ${summary} for ${history.map((p) => p.value).join(',')}${count ? ` (last ${count})` : ''}`, () => {
      const trend = moodTrend(history, count);
      assert.ok(trend);
      assert.deepEqual(trend.points.map((p) => p.value), kept);
      assert.equal(trend.direction, direction);
      assert.equal(trend.summary, summary);
      assert.deepEqual(trend.latest, history[history.length - 1]);
    });
  }

  it('has no trend without a mood', () => assert.equal(moodTrend([]), undefined));

  // values, direction: the later half's mean against the earlier half's, by one or more
  const directions: Array<[number[], string]> = [[[], 'steady'], [[3], 'steady'], [[2, 3], 'up'], [[3, 2], 'down'], [[3, 3, 4], 'up'], [[3, 4, 3], 'steady'], [[2, 3, 4], 'up'], [[4, 4, 3, 3], 'down']];
  for (const [values, direction] of directions) {
    it(`calls ${values.join(',') || 'nothing'} ${direction}`, () => assert.equal(trendDirection(values), direction));
  }
});
