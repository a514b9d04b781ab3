import assert from 'node:assert/strict';
import type { RawFollowUp } from '../../src/core/model';
import { parseFollowUps, readTokens, type BadTokenDate } from '../../src/core/parse/followUps';
import { readFixture } from './helpers/fixtures';

type Tokens = ReturnType<typeof readTokens>;

/** Expected token fields: defaults for the flags, only the given optional fields present. */
const tokens = (text: string, extra: Partial<Tokens> = {}): Tokens => ({
  text, escalate: false, confidentialTag: false, style: 'plain', ...extra,
});

const item = (line: number, source: string, done: boolean, fields: Tokens): RawFollowUp => ({ line, source, done, ...fields });

const crlf = (text: string): string => text.replace(/\n/g, '\r\n');

describe('follow-ups', () => {
  describe('readTokens', () => {
    const cases: Array<[string, string, Tokens]> = [
      ['reads @me as the owner', '@me ask Dana about the staffing plan', tokens('ask Dana about the staffing plan', { ownerMention: 'me' })],
      ['reads a first-name owner', '@Carly draft the on-call proposal', tokens('draft the on-call proposal', { ownerMention: 'Carly' })],
      ['reads a quoted full-name owner', '@"Carly Chen" share the slides', tokens('share the slides', { ownerMention: 'Carly Chen' })],
      ['lets the first mention win', 'ping @Evan and @Carly about it', tokens('ping and @Carly about it', { ownerMention: 'Evan' })],
      ['does not take an e-mail address for a mention', 'mail carly@example.com the deck', tokens('mail carly@example.com the deck')],
      ['skips an e-mail address to find the mention after it', 'mail carly@example.com, then @Dana decides', tokens('mail carly@example.com, then decides', { ownerMention: 'Dana' })],
      ['keeps punctuation after a mention out of the name', 'ask @Carly.', tokens('ask .', { ownerMention: 'Carly' })],
      ['reads due:', 'send the plan due:2026-11-27', tokens('send the plan', { due: '2026-11-27' })],
      ['reads 📅 as due, in emoji style', 'send the plan 📅 2026-11-27', tokens('send the plan', { due: '2026-11-27', style: 'emoji' })],
      ['reads after:', 'wait for the reorg news after:2026-12-04', tokens('wait for the reorg news', { after: '2026-12-04' })],
      ['reads 🛫 as after, in emoji style', 'revisit the promo case 🛫 2026-12-08', tokens('revisit the promo case', { after: '2026-12-08', style: 'emoji' })],
      ['reads done:', 'share the slides done:2026-11-22', tokens('share the slides', { doneDate: '2026-11-22' })],
      ['reads ✅ as done, in emoji style', 'send the budget ✅ 2026-11-21', tokens('send the budget', { doneDate: '2026-11-21', style: 'emoji' })],
      ['reads ✅ with a variation selector', 'send the budget ✅\uFE0F 2026-11-21', tokens('send the budget', { doneDate: '2026-11-21', style: 'emoji' })],
      ['reads all three plain dates together', 'x due:2026-11-27 after:2026-11-23 done:2026-11-25', tokens('x', { due: '2026-11-27', after: '2026-11-23', doneDate: '2026-11-25' })],
      ['reads all three emoji dates together', 'x 📅 2026-11-27 🛫 2026-11-23 ✅ 2026-11-25', tokens('x', { due: '2026-11-27', after: '2026-11-23', doneDate: '2026-11-25', style: 'emoji' })],
      ['drops a trailing comma after a date', 'send it due:2026-11-27, please', tokens('send it please', { due: '2026-11-27' })],
      ['reads #escalate', 'report the expense fraud #escalate', tokens('report the expense fraud', { escalate: true })],
      ['reads #confidential', 'review the comp data #confidential', tokens('review the comp data', { confidentialTag: true })],
      ['does not read #escalated as #escalate', 'the issue was #escalated', tokens('the issue was #escalated')],
      ['does not read a date token glued to a word', 'see notes/due:2026-11-27', tokens('see notes/due:2026-11-27')],
      ['reads everything at once', '@me report it #escalate due:2026-11-21 #confidential', tokens('report it', { ownerMention: 'me', due: '2026-11-21', escalate: true, confidentialTag: true })],
      ['leaves text without tokens alone, whitespace collapsed', '  plain   text\twithout tokens ', tokens('plain text without tokens')],
      ['does not read a mention inside inline code', 'upgrade `@types/node` on CI', tokens('upgrade `@types/node` on CI')],
      ['reads a tag in parentheses and drops the empty parentheses', 'report the fraud (#escalate) now', tokens('report the fraud now', { escalate: true })],
      ['reads a tag in bold', 'review the comp data **#confidential**', tokens('review the comp data', { confidentialTag: true })],
      ['reads a date in parentheses', 'send the plan (due:2026-01-08)', tokens('send the plan', { due: '2026-01-08' })],
      ['reads two tokens in one pair of parentheses', 'send it (due:2026-01-08, #escalate)', tokens('send it', { due: '2026-01-08', escalate: true })],
      ['takes no owner from a URL', 'read https://x.y/@carly today', tokens('read https://x.y/@carly today')],
      ['takes no owner from a link URL', 'read [it](https://x.y/@carly)', tokens('read [it](https://x.y/@carly)')],
      ['takes no owner from an escaped @', 'thank \\@name for it', tokens('thank \\@name for it')],
      ['takes the owner after an escaped one', '\\@name then @Dana', tokens('\\@name then', { ownerMention: 'Dana' })],
      ['keeps brackets that held no token', 'ask (quietly) about _it_ @Dana', tokens('ask (quietly) about _it_', { ownerMention: 'Dana' })],
      ['drops brackets a token left empty, nested in others', 'send it ((due:2026-01-08)) [ **#escalate** ]', tokens('send it', { due: '2026-01-08', escalate: true })],
    ];
    for (const [behaviour, text, expected] of cases) {
      it(`${behaviour}: ${JSON.stringify(text)}`, () => {
        assert.deepEqual(readTokens(text), expected);
      });
    }

    it('reads a valid due date after an invalid first one, and reports the invalid one', () => {
      const reported: BadTokenDate[] = [];
      const fields = readTokens('call Carly due:2026-02-30 due:2026-03-02', 4, reported);
      assert.deepEqual(reported, [{ line: 4, token: 'due:2026-02-30' }]);
      assert.equal(fields.due, '2026-03-02');
      assert.equal(fields.text, 'call Carly due:2026-02-30');
    });

    const badDates: Array<[string, string]> = [
      ['due:2026-02-30', 'due:2026-02-30'],
      ['after:soon', 'after:soon'],
      ['done:2026-1-5', 'done:2026-1-5'],
      ['📅 2026-13-01', '📅 2026-13-01'],
    ];
    for (const [written, token] of badDates) {
      it(`reports the bad date in "${written}" with its line and keeps it in the text`, () => {
        const reported: BadTokenDate[] = [];
        const fields = readTokens(`call Carly ${written}`, 12, reported);
        assert.deepEqual(reported, [{ line: 12, token }]);
        assert.equal(fields.text, `call Carly ${written}`);
        assert.equal(fields.due ?? fields.after ?? fields.doneDate, undefined);
      });
    }
  });

  describe('parseFollowUps on a whole note', () => {
    const expected: RawFollowUp[] = [
      item(8, '- [ ] @me ask Dana about the staffing plan due:2026-11-27', false, tokens('ask Dana about the staffing plan', { ownerMention: 'me', due: '2026-11-27' })),
      item(9, '- [ ] @Carly draft the on-call proposal 📅 2026-12-01', false, tokens('draft the on-call proposal', { ownerMention: 'Carly', due: '2026-12-01', style: 'emoji' })),
      item(10, '- [x] @me send the conference budget ✅ 2026-11-21', true, tokens('send the conference budget', { ownerMention: 'me', doneDate: '2026-11-21', style: 'emoji' })),
      item(11, '- [X] @"Carly Chen" share the slides done:2026-11-22', true, tokens('share the slides', { ownerMention: 'Carly Chen', doneDate: '2026-11-22' })),
      item(12, '* [ ] wait for the reorg news after:2026-12-04', false, tokens('wait for the reorg news', { after: '2026-12-04' })),
      item(13, '+ [ ] revisit the promo case 🛫 2026-12-08', false, tokens('revisit the promo case', { after: '2026-12-08', style: 'emoji' })),
      item(14, '1. [ ] report the harassment complaint #escalate', false, tokens('report the harassment complaint', { escalate: true })),
      item(15, '2. [ ] @Evan review the comp data #confidential', false, tokens('review the comp data', { ownerMention: 'Evan', confidentialTag: true })),
      item(16, '- [ ] plain text without tokens', false, tokens('plain text without tokens')),
      item(17, '- [ ] parent item', false, tokens('parent item')),
      item(18, '  - [ ] @Carly nested child due:2026-12-02', false, tokens('nested child', { ownerMention: 'Carly', due: '2026-12-02' })),
      item(19, '    - [x] grandchild', true, tokens('grandchild')),
      item(20, '> - [ ] quoted item', false, tokens('quoted item')),
      item(43, '- [ ] last item, mail carly@example.com then ping @Evan and @Carly', false,
        tokens('last item, mail carly@example.com then ping and @Carly', { ownerMention: 'Evan' })),
    ];
    const text = readFixture('followups', 'everything.md');

    it('finds every task item with its 1-based file line, and nothing in frontmatter, code, HTML or comments', () => {
      assert.deepEqual(parseFollowUps(text), { items: expected, badDates: [] });
    });

    it('gives the same items and lines for the same note with CRLF line endings', () => {
      assert.deepEqual(parseFollowUps(crlf(text)), { items: expected, badDates: [] });
    });

    const ignored: Array<[string, string]> = [
      ['frontmatter', 'a task inside the frontmatter'],
      ['a fenced code block', 'fenced code'],
      ['a tilde fence', 'tilde fence'],
      ['an indented code block', 'indented code'],
      ['an HTML block', 'html block'],
      ['an HTML comment', 'html comment'],
      ['an HTML comment after a blank line', 'still in the comment'],
    ];
    for (const [where, words] of ignored) {
      it(`takes no follow-up from ${where}`, () => {
        assert.equal(parseFollowUps(text).items.some((i) => i.text.includes(words)), false);
      });
    }

    it('counts lines from the top of the file, frontmatter included', () => {
      const note = '---\nperson: Carly Chen\ndate: 2026-11-20\n---\n\n- [ ] first\n\n\n- [ ] second\n';
      assert.deepEqual(parseFollowUps(note).items.map((i) => [i.line, i.text]), [[6, 'first'], [9, 'second']]);
    });

    it('reads a multi-line item as one item on the line of its marker', () => {
      const note = '- [ ] call Carly\n  about the staffing plan due:2026-11-27\n- [ ] next\n';
      assert.deepEqual(parseFollowUps(note).items.map((i) => [i.line, i.text, i.due]), [
        [1, 'call Carly about the staffing plan', '2026-11-27'],
        [3, 'next', undefined],
      ]);
    });

    it('reports a bad date in a token with the file line of its item', () => {
      const note = '---\r\nperson: Carly Chen\r\ndate: 2026-11-20\r\n---\r\n- [ ] fine due:2026-11-27\r\n- [ ] broken due:2026-11-31\r\n';
      const parsed = parseFollowUps(note);
      assert.deepEqual(parsed.badDates, [{ line: 6, token: 'due:2026-11-31' }]);
      assert.deepEqual(parsed.items.map((i) => [i.line, i.due]), [[5, '2026-11-27'], [6, undefined]]);
    });

    it('finds nothing in a note without task items', () => {
      assert.deepEqual(parseFollowUps('---\nperson: Carly\n---\n- a plain list item\n- [link](x) [ref]\n'), { items: [], badDates: [] });
    });

    it('does not take a list item with brackets that are not a checkbox for a task', () => {
      assert.deepEqual(parseFollowUps('- [ ]no space after the box\n- [-] cancelled\n- [ ] real\n').items.map((i) => i.text), ['real']);
    });

    it('keeps the checkbox out of the text when the item starts with emphasis, code or a link', () => {
      const note = '- [ ] **urgent** call Carly\n- [ ] `npm audit` on the build box\n- [ ] [the doc](https://example.com) review it\n';
      assert.deepEqual(parseFollowUps(note).items.map((i) => i.text), [
        '**urgent** call Carly',
        '`npm audit` on the build box',
        '[the doc](https://example.com) review it',
      ]);
    });

    it('marks every item nested under a #confidential item, task or not, and no other', () => {
      const note = [
        '- [ ] parent **#confidential**', '  - [ ] child', '    - [ ] grandchild', '- [ ] sibling',
        '- plain item (#confidential)', '  > - [ ] quoted child', '- [ ] `#confidential` in code', '  - [ ] not under a tag',
      ].join('\n');
      assert.deepEqual(parseFollowUps(note).items.map((i) => [i.text, i.confidentialTag, i.underConfidential ?? false]), [
        ['parent', true, false],
        ['child', false, true],
        ['grandchild', false, true],
        ['sibling', false, false],
        ['quoted child', false, true],
        ['`#confidential` in code', false, false],
        ['not under a tag', false, false],
      ]);
    });

    const pathological: Array<[string, string, number]> = [
      ['5,000 block-quote markers', '>'.repeat(5000) + ' - [ ] a\n', 1],
      ['4,000 list markers', '- '.repeat(4000) + '[ ] a\n', 1],
      ['4,000 list markers after text', 'intro\n' + '- '.repeat(4000) + '[ ] a\n', 2],
      ['300 levels of indented lists', Array.from({ length: 300 }, (_, i) => ' '.repeat(2 * i) + '- [ ] x').join('\n'), 65],
      ['many moderately nested lines', ('- '.repeat(40) + '[ ] a\n').repeat(600), 501],
    ];
    for (const [what, note, line] of pathological) {
      it(`cuts off a note with ${what} before parsing it, and says so at line ${line}`, () => {
        const parsed = parseFollowUps(note);
        assert.deepEqual(parsed.items, []);
        assert.equal(parsed.problem?.kind, 'too-complex');
        assert.equal(parsed.problem?.line, line);
      });
    }

    it('parses a note just within the nesting budget', () => {
      const note = '- '.repeat(60) + '[ ] deep\n';
      assert.deepEqual(parseFollowUps(note).items.map((i) => i.text), ['deep']);
    });

    it('still reads a note whose pathological line is before the safe start', () => {
      const note = '---\nperson: A\n---\n' + '>'.repeat(5000) + '\n\n## Follow-ups\n- [ ] a\n';
      const parsed = parseFollowUps(note, 4);
      assert.deepEqual([parsed.items.map((i) => i.text), parsed.problem], [['a'], undefined]);
    });

    it('keeps the source line as written, without the line break', () => {
      const items = parseFollowUps(crlf('intro\n\n  * [ ] indented star item due:2026-11-27\n')).items;
      assert.deepEqual(items.map((i) => [i.line, i.source]), [[3, '  * [ ] indented star item due:2026-11-27']]);
    });
  });
});
