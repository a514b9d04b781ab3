import assert from 'node:assert/strict';
import { saysSelf, thisIsMeChanges, withoutSelf } from '../../src/core/me';

const profile = (name: string, extra = ''): string => `---\nkind: person\nname: ${name}\n${extra}active: true\n---\nNotes.\n`;

describe('This is me', () => {
  describe('saysSelf', () => {
    const cases: Array<[string, string, boolean]> = [
      ['relationship: self', profile('Ana', 'relationship: self\n'), true],
      ['relationship: me (an accepted spelling)', profile('Ana', 'relationship: me\n'), true],
      ['a quoted, capitalised Self', profile('Ana', 'relationship: "Self"\n'), true],
      ['relationship: self with a comment', profile('Ana', 'relationship: self  # that is me\n'), true],
      ['another relationship', profile('Ana', 'relationship: peer\n'), false],
      ['no relationship', profile('Ana'), false],
      ['relationship: self in the body only', `${profile('Ana')}relationship: self\n`, false],
      ['no frontmatter', 'relationship: self\n', false],
      ['an unclosed frontmatter', '---\nkind: person\nrelationship: self\n', false],
    ];
    for (const [what, text, expected] of cases) {
      it(`${expected ? 'finds' : 'does not find'} "me" in a profile with ${what}`, () => assert.equal(saysSelf(text), expected));
    }
  });

  it('removes only the relationship line, keeping CRLF, the BOM and every other byte', () => {
    const text = '\uFEFF---\r\nkind: person\r\nname: Ana\r\nrelationship: self\r\nactive: true\r\n---\r\nBody: relationship: self\r\n';
    assert.equal(withoutSelf(text), '\uFEFF---\r\nkind: person\r\nname: Ana\r\nactive: true\r\n---\r\nBody: relationship: self\r\n');
  });

  const cases: Array<{ what: string; target: string; others: Array<[string, string]>; expected: Array<[string, string]> }> = [
    {
      what: 'adds relationship: self to the target and removes it from the old me',
      target: profile('Ana'),
      others: [['b', profile('Ben', 'relationship: self\n')], ['c', profile('Cy', 'relationship: peer\n')]],
      expected: [['a', profile('Ana').replace('active: true\n---', 'active: true\nrelationship: self\n---')], ['b', profile('Ben')]],
    },
    {
      what: 'replaces another relationship of the target',
      target: profile('Ana', 'relationship: manager\n'),
      others: [],
      expected: [['a', profile('Ana', 'relationship: self\n')]],
    },
    {
      what: 'changes nothing when the target is already me and no one else is',
      target: profile('Ana', 'relationship: self\n'),
      others: [['c', profile('Cy', 'relationship: peer\n')]],
      expected: [],
    },
    {
      what: 'still removes a second "me" when the target already is me',
      target: profile('Ana', 'relationship: self\n'),
      others: [['b', profile('Ben', 'relationship: me\n')]],
      expected: [['b', profile('Ben')]],
    },
  ];
  for (const c of cases) {
    it(c.what, () => {
      const changes = thisIsMeChanges({ uri: 'a', text: c.target }, c.others.map(([uri, text]) => ({ uri, text })));
      assert.deepEqual(changes.map((x) => [x.uri, x.text]), c.expected);
    });
  }
});
