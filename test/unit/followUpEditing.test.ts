import assert from 'node:assert/strict';
import { setAfter, toggleDone } from '../../src/core/edits';

describe('editing a follow-up line', () => {
  const ticks: Array<[string, string, 'plain' | 'emoji', string]> = [
    ['ticks a plain item with done:', '- [ ] @me send the budget due:2026-11-27', 'plain', '- [x] @me send the budget due:2026-11-27 done:2026-11-20'],
    ['ticks an emoji item with ✅', '- [ ] @Carly draft the proposal 📅 2026-12-01', 'emoji', '- [x] @Carly draft the proposal 📅 2026-12-01 ✅ 2026-11-20'],
    ['keeps indentation and the * marker of a nested item', '    * [ ] nested thing', 'plain', '    * [x] nested thing done:2026-11-20'],
    ['keeps an ordered marker', '12. [ ] numbered', 'plain', '12. [x] numbered done:2026-11-20'],
    ['works inside a block quote', '> - [ ] quoted', 'plain', '> - [x] quoted done:2026-11-20'],
    ['drops trailing spaces before the stamp', '- [ ] spaced   ', 'plain', '- [x] spaced done:2026-11-20'],
    ['unticks a done item and removes done:', '- [x] sent done:2026-11-19', 'plain', '- [ ] sent'],
    ['unticks [X] and removes ✅', '+ [X] sent ✅ 2026-11-19 #career', 'emoji', '+ [ ] sent #career'],
  ];
  for (const [what, line, style, expected] of ticks) {
    it(what, () => assert.equal(toggleDone(line, '2026-11-20', style), expected));
  }

  it('refuses a line that is not a task item', () => {
    for (const line of ['- plain bullet', 'text [ ] here', '```', '']) {
      assert.equal(toggleDone(line, '2026-11-20', 'plain'), undefined, line);
      assert.equal(setAfter(line, '2026-12-01', 'plain'), undefined, line);
    }
  });

  const snoozes: Array<[string, string, 'plain' | 'emoji', string]> = [
    ['adds after:', '- [ ] @me ask Dana', 'plain', '- [ ] @me ask Dana after:2026-12-01'],
    ['replaces an existing after:', '- [ ] @me ask Dana after:2026-11-25 due:2026-12-10', 'plain', '- [ ] @me ask Dana due:2026-12-10 after:2026-12-01'],
    ['uses 🛫 in emoji style and replaces the old one', '- [ ] ask 🛫 2026-11-25 📅 2026-12-10', 'emoji', '- [ ] ask 📅 2026-12-10 🛫 2026-12-01'],
  ];
  for (const [what, line, style, expected] of snoozes) {
    it(`snoozes: ${what}`, () => assert.equal(setAfter(line, '2026-12-01', style), expected));
  }
});
