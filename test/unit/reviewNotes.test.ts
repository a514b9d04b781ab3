import assert from 'node:assert/strict';
import { Journal } from '../../src/core/journal';
import { gatherReview, presetRanges, renderReview, reviewPath } from '../../src/core/reviewNotes';
import { loadFixture, readFixture } from './helpers/fixtures';

const FIXTURE = 'person-page';
const text = (uri: string): string | undefined => readFixture(FIXTURE, uri);

describe('review notes', () => {
  const journal = loadFixture(FIXTURE);

  describe('gatherReview', () => {
    const cases: Array<[string, string, { from: string; to: string }, string[]]> = [
      ['the notes with them dated in the range, oldest first, found by an alias', 'CC', { from: '2026-11-01', to: '2026-11-30' },
        ['1on1s/carly-chen/2026-11-13.md', '1on1s/carly-chen/2026-11-27.md']],
      ['both ends of the range included', 'Carly Chen', { from: '2026-11-13', to: '2026-11-13' }, ['1on1s/carly-chen/2026-11-13.md']],
      ['scheduled notes when the range reaches them', 'Carly Chen', { from: '2026-11-20', to: '2026-12-31' },
        ['1on1s/carly-chen/2026-11-27.md', '1on1s/carly-chen/2026-12-03.md']],
      ['no note outside the range', 'Evan Ito', { from: '2026-11-11', to: '2026-11-30' }, []],
    ];
    for (const [name, who, range, uris] of cases) {
      it(`gathers ${name}`, () => assert.deepEqual(gatherReview(journal, who, range, text)!.notes.map((n) => n.uri), uris));
    }

    it('gathers each note\'s whole growth / feedback sections and its done follow-ups, not the open ones', () => {
      const [first] = gatherReview(journal, 'Carly Chen', { from: '2026-11-13', to: '2026-11-13' }, text)!.notes;
      assert.deepEqual(first.sections.map((s) => [s.heading, s.line, s.lines.length]), [['Growth & feedback', 10, 4]]);
      assert.deepEqual(first.done.map((f) => f.text), ['send the conference budget']);
    });

    it('knows nobody the journal does not know', () => {
      assert.equal(gatherReview(journal, 'Nobody', { from: '2026-01-01', to: '2026-12-31' }, text), undefined);
    });
  });

  describe('reviewPath', () => {
    const cases: Array<[string, string]> = [['Carly Chen', 'reviews/carly-chen-2026-07-01-2026-12-31.md'], ['José Núñez', 'reviews/jose-nunez-2026-07-01-2026-12-31.md']];
    for (const [person, path] of cases) it(`files ${person}'s review under ${path}`, () => assert.equal(reviewPath(person, { from: '2026-07-01', to: '2026-12-31' }), path));
  });

  describe('presetRanges', () => {
    it('offers periods that end today and start the day after the same date months back', () => {
      assert.deepEqual(presetRanges('2026-12-01').map((p) => [p.label, p.range.from, p.range.to]), [
        ['Last 6 months', '2026-06-02', '2026-12-01'],
        ['Last 12 months', '2025-12-02', '2026-12-01'],
        ['This year', '2026-01-01', '2026-12-01'],
        ['Last 3 months', '2026-09-02', '2026-12-01'],
      ]);
    });
  });

  describe('renderReview', () => {
    it('writes a confidential review with links back to every note and line', () => {
      const review = gatherReview(journal, 'Carly', { from: '2026-11-01', to: '2026-11-30' }, text)!;
      assert.equal(renderReview(review, { fileUri: reviewPath(review.person, review.range), today: '2026-12-01' }), [
        '---',
        'kind: review',
        'subject: Carly Chen',
        'from: 2026-11-01',
        'to: 2026-11-30',
        'confidentiality: confidential',
        '---',
        '# Review notes: Carly Chen, Nov 1, 2026 – Nov 30, 2026',
        '',
        'Gathered on Dec 1, 2026 from 2 notes: the growth / feedback sections and the follow-ups done, each with a link to where it was written. Confidential: raw material for a review, not the review itself.',
        '',
        '## Nov 13, 2026 · 1:1 — [open the note](../1on1s/carly-chen/2026-11-13.md)',
        '',
        '### Growth & feedback ([line 10](../1on1s/carly-chen/2026-11-13.md#L10))',
        '',
        '- wants to present the migration plan at the all-hands',
        '- feedback: the design review went well; write the summary sooner',
        '- asked for more ownership of incidents',
        '- fourth line, left out of the excerpt',
        '',
        '### Follow-ups done',
        '',
        '- send the conference budget (me, done Nov 14, 2026) — [line 20](../1on1s/carly-chen/2026-11-13.md#L20)',
        '',
        '## Nov 27, 2026 · 1:1 — [open the note](../1on1s/carly-chen/2026-11-27.md)',
        '',
        '### Follow-ups done',
        '',
        '- share the runbook (Carly Chen, done Nov 28, 2026) — [line 12](../1on1s/carly-chen/2026-11-27.md#L12)',
        '',
      ].join('\n'));
    });

    it('is never read back as a 1:1 note, and says so when the range holds no note', () => {
      const review = gatherReview(journal, 'Evan Ito', { from: '2026-12-01', to: '2026-12-31' }, text)!;
      const markdown = renderReview(review, { fileUri: reviewPath(review.person, review.range), today: '2026-12-01' });
      assert.match(markdown, /No 1:1 note with Evan Ito is dated in this range\./);
      const check = new Journal();
      check.set('reviews/evan-ito.md', markdown);
      assert.deepEqual([check.notes().length, check.profiles().length], [0, 0]);
    });

    it('keeps a heading copied from a note below its own headings', () => {
      const j = new Journal();
      j.set('n.md', '---\nperson: X\ndate: 2026-01-02\n---\n## Growth\n# big\ntext\n');
      const review = gatherReview(j, 'X', { from: '2026-01-01', to: '2026-01-31' }, () => '---\nperson: X\ndate: 2026-01-02\n---\n## Growth\n### sub\ntext\n')!;
      assert.match(renderReview(review, { fileUri: 'reviews/x.md', today: '2026-02-01' }), /\n#### sub\ntext\n/);
    });
  });
});
