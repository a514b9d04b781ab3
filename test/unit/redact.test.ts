import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Journal } from '../../src/core/journal';
import { buildShareableSummary, describeLeftOut, followUpsAsProse, redactNote } from '../../src/core/redact';

const dir = path.join(__dirname, '..', 'fixtures', 'redact');
const read = (name: string): string => readFileSync(path.join(dir, name), 'utf8');

describe('shareable summaries', () => {
  describe('redactNote on an adversarial shareable note', () => {
    const redacted = redactNote(read('shareable-adversarial.md'));

    const mustBeGone: Array<[string, string]> = [
      ['the frontmatter', 'confidentiality: shareable'],
      ['an item tagged #confidential', "Lena's stipend question"],
      ['the children of a #confidential item', 'family situation'],
      ['a task tagged #Confidential in another case', 'check the stipend with HR'],
      ['a "(Private)" section', 'burnout'],
      ['a subsection nested under a private section', 'Still private'],
      ['a "(PRIVATE)" heading in the middle of a title', 'Feedback I gave Dana'],
      ['a paragraph tagged #confidential', 'says #confidential things'],
      ['an HTML comment', 'private aside'],
      ['an HTML block', 'hidden html'],
      ['a code block tagged #confidential', 'code with'],
    ];
    for (const [what, text] of mustBeGone) {
      it(`leaves out ${what}`, () => assert.ok(!redacted.body.includes(text), `"${text}" leaked:\n${redacted.body}`));
    }

    const mustStay: Array<[string, string]> = [
      ['the check-in', 'Team is settling'],
      ['ordinary items and their children', 'nested detail that is fine'],
      ['an open task that is not confidential', '- [ ] @Dana add the handoff template'],
      ['the section after a private subsection ends', 'Share the rotation doc'],
      ['a done item', '- [x] @me send the doc'],
    ];
    for (const [what, text] of mustStay) {
      it(`keeps ${what}`, () => assert.ok(redacted.body.includes(text), `"${text}" missing:\n${redacted.body}`));
    }

    it('counts what it left out', () => {
      assert.deepEqual(
        [redacted.privateSections, redacted.confidentialItems, redacted.htmlBlocks],
        [2, 4, 2],
      );
    });
  });

  it('never includes a skip-level note or a confidential note, and says why', () => {
    const journal = new Journal();
    const texts = new Map<string, string>();
    for (const name of ['shareable-adversarial.md', 'skip-marked-shareable.md', 'confidential-default.md']) {
      texts.set(`file:///j/${name}`, read(name));
      journal.set(`file:///j/${name}`, read(name));
    }
    const summary = buildShareableSummary(journal.meetings().map((meeting) => ({ meeting, text: texts.get(meeting.note.uri)! })), 'Shareable notes');
    assert.equal(summary.included, 1);
    assert.ok(!summary.markdown.includes('micromanages'));
    assert.ok(!summary.markdown.includes('thinking about leaving'));
    assert.ok(summary.markdown.includes('## Dana Diaz · 2026-11-06 · one-on-one'));
    assert.ok(summary.markdown.includes('### Check-in'), 'note headings are demoted under the note heading');
    assert.deepEqual(describeLeftOut(summary.leftOut), [
      '1 skip-level note (always confidential)',
      '1 confidential note (not marked shareable)',
      '2 private sections (heading contains "(private)")',
      '4 items tagged #confidential',
      '2 HTML blocks or comments',
    ]);
  });

  it('leaves out a skip-level meeting even if a caller marks it not confidential', () => {
    const journal = new Journal();
    journal.set('file:///j/s.md', read('skip-marked-shareable.md'));
    const [meeting] = journal.meetings();
    const summary = buildShareableSummary([{ meeting: { ...meeting, confidential: false }, text: read('skip-marked-shareable.md') }], 'x');
    assert.equal(summary.included, 0);
    assert.equal(summary.leftOut.skipLevelNotes, 1);
  });

  const tagged: Array<[string, string]> = [
    ['in parentheses', '- salary band for Lena (#confidential)\n  - her offer details\n'],
    ['in bold', '- salary band for Lena **#confidential**\n  - her offer details\n'],
    ['before a full stop', 'The salary band for Lena #confidential.\n'],
  ];
  for (const [how, body] of tagged) {
    it(`leaves out an item or paragraph tagged #confidential ${how}, with what is nested under it`, () => {
      const redacted = redactNote(`---\nperson: Dana\nconfidentiality: shareable\n---\n## Notes\n${body}\nkept\n`);
      assert.equal(redacted.confidentialItems, 1);
      assert.ok(!/Lena|offer/.test(redacted.body), redacted.body);
      assert.ok(redacted.body.includes('kept'));
    });
  }

  it('leaves out whole a shareable note nested too deeply to check, and says so', () => {
    const text = `---\nperson: Dana Diaz\ndate: 2026-11-06\nconfidentiality: shareable\n---\n${'>'.repeat(5000)} secret\n`;
    const journal = new Journal();
    journal.set('file:///j/deep.md', text);
    const summary = buildShareableSummary(journal.meetings().map((meeting) => ({ meeting, text })), 'x');
    assert.equal(summary.included, 0);
    assert.ok(!summary.markdown.includes('secret'));
    assert.deepEqual(describeLeftOut(summary.leftOut), ['1 note nested too deeply to check (left out whole)']);
  });
});

describe('shareable summaries read as prose', () => {
  const cases: Array<[string, string]> = [
    ['- [ ] @me ask Dana about the staffing plan due:2026-11-27', '- I will ask Dana about the staffing plan, by 2026-11-27.'],
    ['- [ ] @Carly draft the on-call proposal 📅 2026-12-01', '- Carly will draft the on-call proposal, by 2026-12-01.'],
    ['- [ ] @"Carly Chen" Draft the proposal', '- Carly Chen will draft the proposal.'],
    ['- [ ] book the room after:2026-12-01 #escalate', '- I will book the room.'],
    ['- [x] @me send the conference budget ✅ 2026-11-21', '- Done: send the conference budget (2026-11-21).'],
    ['- [X] @Dana send the doc done:2026-11-20.', '- Done: send the doc (2026-11-20).'],
    ['  * [ ] nested, with `@types/node` code due:2026-11-30', '  - I will nested, with `@types/node` code, by 2026-11-30.'],
    ['1. [ ] numbered item', '1. I will numbered item.'],
    ['- an ordinary bullet with @Dana and due:2026-11-30', '- an ordinary bullet with @Dana and due:2026-11-30'],
    ['```\n- [ ] @me in a code block\n```', '```\n- [ ] @me in a code block\n```'],
  ];
  for (const [written, prose] of cases) {
    it(`writes "${written.split('\n')[0]}" as "${prose.split('\n')[0]}"`, () => {
      assert.equal(followUpsAsProse(written), prose);
    });
  }

  it('leaves no item token in a whole summary', () => {
    const journal = new Journal({ me: 'Me' });
    const uri = 'file:///w/1on1s/carly/2026-11-20.md';
    const text = '---\nperson: Carly Chen\ndate: 2026-11-20\nconfidentiality: shareable\n---\n## Follow-ups\n- [ ] @me send the doc due:2026-11-27\n- [x] @Carly book it ✅ 2026-11-21\n';
    journal.set(uri, text);
    const summary = buildShareableSummary([{ meeting: journal.meetings()[0], text }], 'Summary');
    assert.ok(!/@me|@Carly|due:|done:|✅|\[[ x]\]/.test(summary.markdown), summary.markdown);
    assert.match(summary.markdown, /- I will send the doc, by 2026-11-27\./);
    assert.match(summary.markdown, /- Done: book it \(2026-11-21\)\./);
  });
});
