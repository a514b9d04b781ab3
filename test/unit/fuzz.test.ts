import assert from 'node:assert/strict';
import { compareWithFullParse, fuzzFlatYaml, fuzzFollowUps } from '../fuzz/harness';

/** Fixed, so a failure here is the same failure on every machine; `npm run fuzz` explores new seeds. */
const SEED = 20261201;
const RUNS = Number(process.env.FUZZ_UNIT_RUNS ?? 2000);

describe('follow-up detection under fuzzing', function () {
  this.timeout(120_000);

  it(`agrees item by item with a full remark parse from the top on ${RUNS} generated notes (seed ${SEED})`, () => {
    const result = fuzzFollowUps(RUNS, SEED);
    assert.equal(result.failure, undefined, result.failure && `${result.failure.difference}\nnote: ${JSON.stringify(result.failure.text)}`);
    assert.equal(result.runs, RUNS);
  });

  /** Every mismatch the fuzzer (or issue 13) found, kept as a case: test/fuzz/FINDINGS.md. */
  const findings: Array<[string, string]> = [
    ['the first task nested on its marker line', 'intro\n\n- - [ ] a\n\nmore\n\n- [ ] b\n'],
    ['the first task nested in an ordered item', 'intro\n\n1. - [ ] x\n\nmore\n\n- [ ] b\n'],
    ['a task whose checkbox starts a later line of its item', 'intro\n\n-\n  [ ] a\n\nmore\n\n- [ ] b\n'],
    ['an empty HTML comment `<!-->`', 'intro\n\n<!-->\n\n- [ ] a\n\n<!-- x -->\n\nfoo\n\n- [ ] b\n'],
    ['an empty HTML comment `<!--->`', 'intro\n\n<!--->\n\n- [ ] a\n\n<!-- x -->\n\nfoo\n\n- [ ] b\n'],
    ['a closing fence followed by a non-breaking space', 'intro\n\n```\n- [ ] code\n```\u00A0\n\nfoo\n\n- [ ] b\n'],
    ['a fence opened in a list item, ending with the item', 'intro\n\n- item\n  ```\n- [ ] a\n\n```\n\nfoo\n\n- [ ] b\n'],
    ['an HTML comment opened in a list item, ending with the item', 'intro\n\n- item\n  <!--\n- [ ] a\n\n-->\n\nfoo\n\n- [ ] b\n'],
    ['a line holding only U+00A0 (text, not a blank line)', 'intro\n\u00A0\n-\n  [ ] a\n'],
    ['a line holding only U+3000 (text, not a blank line)', 'intro\n\u3000\n-\n  [ ] a\n'],
    ['old Mac line endings', 'intro\r\r- - [ ] a\r\rmore\r\r- [ ] b\r'],
    ['a `---` that never closes', '---\na\n\n- [ ] x\n'],
    ['a checkbox split by a line ending (micromark reads `[`, a line ending and `]` as one)', 'intro\n\n- [\n] a\n'],
    ['a split checkbox before the first whole one', 'intro\n\n- [\r\n] a\r\n\r\nfoo\r\n\r\n- [ ] b\r\n'],
    ['an empty checkbox whose text on the next line starts with a checkbox', '  - [ ]\n[ ] @me send the plan due:2026-01-08\n'],
    ['an empty checkbox and a space, then a checkbox on the next line', '  - [ ] \n[ ] @me send the plan due:2026-01-08\n'],
    ['a checkbox followed by a checkbox-like text', '- [ ] [x] b\n- [x] [ ](u) c\n- [ ]\r\n[ ] d\r\n'],
    ['a split checkbox whose text starts on the next line', 'intro\n\n* [\n]\n  b\n\n1. [x] c\n'],
  ];
  for (const [what, note] of findings) {
    it(`gives exactly what the full parse gives after ${what}`, () => {
      const comparison = compareWithFullParse(`---\nperson: Carly\n---\n${note}`);
      assert.ok(comparison.ok, comparison.difference);
      const bare = compareWithFullParse(note);
      assert.ok(bare.ok, bare.difference);
    });
  }
});

describe('the flat frontmatter reader under fuzzing', function () {
  this.timeout(120_000);

  it(`reads what js-yaml reads wherever it reads a text, on ${RUNS * 5} generated frontmatters (seed ${SEED})`, () => {
    const result = fuzzFlatYaml(RUNS * 5, SEED);
    assert.equal(result.failure, undefined, result.failure && `${result.failure.difference}\nYAML: ${JSON.stringify(result.failure.text)}`);
    assert.ok(result.flat > RUNS / 2, `the flat reader read only ${result.flat} of them`);
  });
});
