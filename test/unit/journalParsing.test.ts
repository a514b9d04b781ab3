import assert from 'node:assert/strict';
import { Journal } from '../../src/core/journal';

const note = (person: string, body: string): string => `---\nperson: ${person}\ndate: 2026-11-20\n---\n${body}`;

describe('the journal under hostile notes', () => {
  const pathological: Array<[string, string]> = [
    ['a line of 5,000 `>`', '>'.repeat(5000) + ' - [ ] hidden\n'],
    ['a line of 4,000 `- `', '- '.repeat(4000) + '[ ] hidden\n'],
  ];
  for (const [what, body] of pathological) {
    it(`lists every other note's follow-ups and reports the note with ${what}`, () => {
      const journal = new Journal();
      journal.set('file:///j/bad.md', note('Carly', `## Notes\n${body}`));
      journal.set('file:///j/good.md', note('Dana', '## Follow-ups\n- [ ] send the plan\n'));
      assert.deepEqual(journal.followUps().map((f) => [f.uri, f.text]), [['file:///j/good.md', 'send the plan']]);
      const problems = journal.diagnostics().filter((d) => d.uri === 'file:///j/bad.md' && d.code === 'too-complex');
      assert.deepEqual(problems.map((d) => [d.line, d.severity]), [[6, 'warning']]);
      assert.match(problems[0].message, /not read/);
    });
  }

  it('makes items nested under a #confidential item confidential, even in a shareable note', () => {
    const journal = new Journal();
    journal.set('file:///j/n.md', '---\nperson: Dana\ndate: 2026-11-20\nconfidentiality: shareable\n---\n- [ ] comp (#confidential)\n  - [ ] nested\n- [ ] open\n');
    assert.deepEqual(journal.followUps().map((f) => [f.text, f.confidential]), [['comp', true], ['nested', true], ['open', false]]);
  });

  describe('a bad follow-up date in a note whose items are all done', () => {
    const text = note('Carly', '## Follow-ups\n- [x] sent it done:2026-11-31\n- [x] fine done:2026-11-21\n');

    it('is parsed in the background like a note with open items, so the Problems panel and `check` agree', () => {
      const panel = new Journal();
      panel.set('file:///j/n.md', text);
      assert.equal(panel.pendingBodies(), 1);
      assert.equal(panel.parseSomeBodies(10), 0);
      const check = new Journal();
      check.set('file:///j/n.md', text);
      // The panel publishes without forcing bodies; `check` parses every body.
      const published = panel.diagnosticsFor('file:///j/n.md', { parseBody: false });
      assert.deepEqual(published, check.diagnostics());
      assert.deepEqual(published.filter((d) => d.code === 'bad-follow-up-date').map((d) => [d.line, d.message]), [[6, '"done:2026-11-31" is not a date: write YYYY-MM-DD.']]);
    });
  });

  it('leaves a note whose done items all have valid dates out of the background parse', () => {
    const journal = new Journal();
    journal.set('file:///j/n.md', note('Carly', '- [x] fine done:2026-11-21 ✅ 2026-11-21\n'));
    assert.equal(journal.pendingBodies(), 1, 'it waits to be looked at for problems');
    assert.equal(journal.parseSomeBodies(10), 0);
    assert.deepEqual(journal.followUps({ parsedOnly: true, includeDone: true }), [], 'looked at, not parsed');
    assert.equal(journal.followUps({ includeDone: true }).length, 1);
  });
});
