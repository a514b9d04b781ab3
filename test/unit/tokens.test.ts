import assert from 'node:assert/strict';
import { dateTokenBeingTyped, findTokens, hasToken, mentionBeingTyped, stripDateTokens, type TokenKind } from '../../src/core/parse/tokens';

/** [behaviour, text, the tokens found as [kind, value, valid]] */
const cases: Array<[string, string, Array<[TokenKind, string, boolean]>]> = [
  ['reads a tag in parentheses', 'report it (#escalate)', [['escalate', 'escalate', true]]],
  ['reads a tag in bold', 'comp data **#confidential**', [['confidential', 'confidential', true]]],
  ['reads a tag in italics and strikethrough', '_#escalate_ ~~#confidential~~', [['escalate', 'escalate', true], ['confidential', 'confidential', true]]],
  ['reads a date in parentheses', 'send it (due:2026-01-08)', [['due', '2026-01-08', true]]],
  ['reads a date before a full stop', 'send it due:2026-01-08.', [['due', '2026-01-08', true]]],
  ['reads an owner in brackets and quotes', '[@Carly] "@Dana"', [['owner', 'Carly', true], ['owner', 'Dana', true]]],
  ['reads an owner before a colon', '@Carly: draft it', [['owner', 'Carly', true]]],
  ['reads a quoted full name', 'ask @"Carly Chen", then', [['owner', 'Carly Chen', true]]],
  ['reads the emoji dates', '📅 2026-11-27 🛫 2026-11-23 ✅\uFE0F 2026-11-25', [['due', '2026-11-27', true], ['after', '2026-11-23', true], ['done', '2026-11-25', true]]],
  ['reads an invalid date as an invalid token', 'due:2026/11/27 after:soon', [['due', '2026/11/27', false], ['after', 'soon', false]]],
  ['reads a tag in any case', '#Escalate', [['escalate', 'escalate', true]]],
  ['reads a token after a non-breaking or ideographic space', 'a\u00A0@Carly\u3000#escalate', [['owner', 'Carly', true], ['escalate', 'escalate', true]]],
  ['reads nothing in a link URL', '[the doc](https://x.y/@carly?due:2026-01-01) (#x)', []],
  ['reads nothing in a bare URL', 'see https://x.y/@carly and https://x.y/#escalate', []],
  ['reads nothing in an autolink or HTML tag', '<https://x.y/(@carly)> <span title="@dana">', []],
  ['reads nothing after a backslash', '\\@name \\#escalate', []],
  ['reads nothing in inline code, also with double backticks', '`@types/node` ``due:2026-01-01 ` x``', []],
  ['reads an owner after unmatched backticks', '``` @Carly', [['owner', 'Carly', true]]],
  ['reads nothing glued to a word', 'carly@example.com notes/due:2026-01-01 x#escalate', []],
  ['reads nothing followed by a word character or slash', '#escalated #escalate/x due:2026-01-01x', [['due', '2026-01-01x', false]]],
  ['reads link text but not the URL', '[@Carly](https://x.y/@dana)', [['owner', 'Carly', true]]],
  ['does not read ✅ before prose as a date', '✅ 3 things left', []],
  ['reads a label glued to the letters it starts with only at a boundary', 'add adue:2026-01-01 ddone:2026-01-01 (DONE:2026-01-02)', [['done', '2026-01-02', true]]],
  ['reads a date whose value holds another label', 'due:due:2026-01-01', [['due', 'due:2026-01-01', false]]],
  ['reads nothing in an uppercase bare URL, and a token after it', 'see HTTP://x.y/@carly WWW.x.y/#escalate then @Dana', [['owner', 'Dana', true]]],
];

describe('the follow-up token grammar', () => {
  for (const [behaviour, text, expected] of cases) {
    it(`${behaviour}: ${JSON.stringify(text)}`, () => {
      assert.deepEqual(findTokens(text).map((t) => [t.kind, t.value, t.valid]), expected);
    });
  }

  it('gives offsets into the text itself, value included', () => {
    const text = 'x (due:2026/01/08) 📅 2026-01-09';
    const [plain, emoji] = findTokens(text);
    assert.equal(text.slice(plain.start, plain.end), 'due:2026/01/08');
    assert.equal(text.slice(plain.valueStart, plain.end), '2026/01/08');
    assert.equal(text.slice(emoji.start, emoji.end), '📅 2026-01-09');
    assert.equal(text.slice(emoji.valueStart, emoji.end), '2026-01-09');
  });

  it('tells whether a text holds a tag', () => {
    assert.equal(hasToken('comp data (**#confidential**)', 'confidential'), true);
    assert.equal(hasToken('`#confidential`', 'confidential'), false);
  });

  const strips: Array<[string, string, string]> = [
    ['removes a done date with the space before it', '- [x] a done:2026-11-21 b', '- [x] a b'],
    ['removes a ✅ date', '- [x] a ✅ 2026-11-21', '- [x] a'],
    ['keeps a done date inside inline code', '- [x] `done:2026-11-21`', '- [x] `done:2026-11-21`'],
    ['keeps a done date that is not date-shaped', '- [x] a done:2026/11/21', '- [x] a done:2026/11/21'],
    ['removes a done date in parentheses with the parentheses', '- [x] a (done:2026-11-21) b', '- [x] a b'],
    ['removes a done date in bold with the marks', '- [x] a **✅ 2026-11-21**', '- [x] a'],
  ];
  for (const [behaviour, line, expected] of strips) {
    it(`${behaviour}: ${JSON.stringify(line)}`, () => {
      assert.equal(stripDateTokens(line, ['done']), expected);
    });
  }

  const typing: Array<[string, ReturnType<typeof dateTokenBeingTyped>]> = [
    ['- [ ] x due:', { valueStart: 12, kind: 'due' }],
    ['- [ ] x (after:20', { valueStart: 15, kind: 'after' }],
    ['- [ ] x 📅 ', { valueStart: 11, kind: 'due' }],
    ['- [ ] notes/due:', undefined],
  ];
  for (const [prefix, expected] of typing) {
    it(`knows a date is being typed after ${JSON.stringify(prefix)}: ${JSON.stringify(expected)}`, () => {
      assert.deepEqual(dateTokenBeingTyped(prefix), expected);
    });
  }

  const mentions: Array<[string, ReturnType<typeof mentionBeingTyped>]> = [
    ['- [ ] @Ca', { start: 6, typed: 'Ca', quoted: false }],
    ['- [ ] (@', { start: 7, typed: '', quoted: false }],
    ['- [ ] @"Carly C', { start: 6, typed: 'Carly C', quoted: true }],
    ['mail carly@ex', undefined],
  ];
  for (const [prefix, expected] of mentions) {
    it(`knows a mention is being typed after ${JSON.stringify(prefix)}: ${JSON.stringify(expected)}`, () => {
      assert.deepEqual(mentionBeingTyped(prefix), expected);
    });
  }
});
