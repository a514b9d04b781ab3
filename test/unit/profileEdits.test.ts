import assert from 'node:assert/strict';
import { upcomingOf } from '../../src/core/cadence';
import { Journal } from '../../src/core/journal';
import { DISPLAY_ONLY_PROFILE_FIELDS } from '../../src/core/journalEntry';

const TODAY = '2026-11-20';
const ANN = 'file:///j/people/ann.md';
const PROFILES: Record<string, string> = {
  'file:///j/people/maya.md': '---\nkind: person\nname: Maya\nrelationship: self\n---\n',
  [ANN]: '---\nkind: person\nname: Ann Lee\naliases: [Ann]\nreportsTo: Maya\nrole: Engineer\nteam: Core\nemail: ann@example.com\nactive: true\n---\n',
  'file:///j/people/bo.md': '---\nkind: person\nname: Bo Ray\nreportsTo: Ann Lee\n---\n',
};
const NOTES: Record<string, string> = {
  'file:///j/n1.md': '---\nperson: Ann\ndate: 2026-11-10\n---\n- [ ] @Ann send the plan\n',
  'file:///j/n2.md': '---\nperson: Bo Ray\ndate: 2026-11-12\ntype: skip\n---\n- [ ] @me ask\n',
};

/**
 * [field edited, the edit of Ann's profile, whether it can change how names resolve, the org
 * chart or Upcoming]. Only the display-only fields leave the directory's people and the memos
 * built on them alone; everything else rebuilds them.
 */
const EDITS: Array<[string, (text: string) => string, boolean]> = [
  ['role', (t) => t.replace('role: Engineer', 'role: Staff Engineer'), false],
  ['team (privacy mode hides team names, so the people change)', (t) => t.replace('team: Core', 'team: Platform'), true],
  ['email', (t) => t.replace('email: ann@example.com', 'email: ann.lee@example.com'), false],
  ['role removed', (t) => t.replace('role: Engineer\n', ''), false],
  ['talking points in the body', (t) => `${t}## Next 1:1\n- the offsite\n`, false],
  ['name', (t) => t.replace('name: Ann Lee', 'name: Ann Li'), true],
  ['aliases', (t) => t.replace('aliases: [Ann]', 'aliases: [Annie]'), true],
  ['reportsTo', (t) => t.replace('reportsTo: Maya', 'reportsTo: Bo Ray'), true],
  ['reportsTo moved to another line', (t) => t.replace('aliases: [Ann]\nreportsTo: Maya', 'reportsTo: Maya\naliases: [Ann]'), true],
  ['relationship', (t) => t.replace('active: true', 'active: true\nrelationship: peer'), true],
  ['cadence', (t) => t.replace('active: true', 'active: true\ncadence: weekly'), true],
  ['away', (t) => t.replace('active: true', 'active: true\naway: 2026-11-18..2026-11-30'), true],
  ['active', (t) => t.replace('active: true', 'active: false'), true],
  ['a YAML error', (t) => t.replace('role: Engineer', 'role: "Engineer'), true],
];

function journal(): Journal {
  const j = new Journal();
  for (const [uri, text] of Object.entries({ ...PROFILES, ...NOTES })) j.set(uri, text);
  return j;
}

const describeView = (j: Journal): string => JSON.stringify({
  upcoming: upcomingOf(j, TODAY, { weekMode: 'iso' }).map((e) => [e.person.name, e.status, e.nextDue, e.cadenceDays, e.person.profile?.role, e.person.profile?.team, e.person.profile?.talkingPoints]),
  people: j.directory().people.map((p) => [p.name, p.aliases, p.relationship, p.managerName, p.profile?.role, p.profile?.team, p.profile?.email, p.active]),
  followUps: j.followUps().map((f) => [f.uri, f.line, f.owner, f.person, f.type]),
  diagnostics: j.diagnostics().map((d) => [d.uri, d.line, d.code]),
});

describe('a profile edit re-indexes as little as it can', () => {
  it('names the display-only fields', () => {
    assert.deepEqual([...DISPLAY_ONLY_PROFILE_FIELDS], ['role', 'email', 'talkingPoints']);
  });

  for (const [field, edit, resolves] of EDITS) {
    it(`${resolves ? 'rebuilds the directory and Upcoming' : 'patches the directory and keeps Upcoming'} when ${field} is edited, and shows what a fresh index shows`, () => {
      const j = journal();
      const upcomingBefore = upcomingOf(j, TODAY, { weekMode: 'iso' });
      const directoryBefore = j.directory();
      const structure = j.structureVersion;
      const edited = edit(PROFILES[ANN]);
      assert.notEqual(edited, PROFILES[ANN]);
      j.set(ANN, edited);
      assert.equal(j.structureVersion === structure, !resolves, 'structure version');
      assert.equal(j.directory() === directoryBefore, !resolves, 'the same directory');
      assert.equal(upcomingOf(j, TODAY, { weekMode: 'iso' }) === upcomingBefore, !resolves, 'the same Upcoming entries');
      const oracle = journal();
      oracle.set(ANN, edited);
      assert.equal(describeView(j), describeView(oracle));
    });
  }
});
