import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describeImport, importPreviewMarkdown, minimalReplacement, parseOrgCsv, planOrgImport, summaryOf } from '../../src/core/orgImport';
import { setFrontmatterKeys } from '../../src/core/profileFrontmatter';
import { Journal } from '../../src/core/journal';

const fixture = (name: string): string => readFileSync(path.join(__dirname, '..', 'fixtures', 'csv', name), 'utf8');

describe('org chart import from CSV', () => {
  it('reads a header in any order, quoted fields, doubled quotes, a BOM and CRLF, and names the line of each row', () => {
    const result = parseOrgCsv(fixture('org-bom-crlf.csv'));
    assert.ok(result.ok);
    assert.deepEqual(result.rows, [
      { line: 2, name: 'Carly Chen', fields: { reportsTo: 'Dana Diaz', team: 'Platform', role: 'Engineer, Senior', email: 'carly@example.com' } },
      { line: 3, name: 'Dana Diaz', fields: { reportsTo: 'Maya Okafor', team: 'Platform', role: 'Engineering Manager' } },
      { line: 5, name: 'Evan Park', fields: { reportsTo: 'Dana Diaz', team: 'Platform', role: 'Staff "Principal" Engineer' } },
    ]);
    assert.deepEqual(result.skipped, [{ line: 6, reason: 'no name' }]);
  });

  const refusals: Array<[string, string, RegExp]> = [
    ['a row with more fields than the header', fixture('malformed.csv'), /^Line 3 has 3 fields.*Nothing was imported\.$/],
    ['a header without a name column', fixture('wrong-shape.csv'), /^Line 1 must be a header with a "name" column/],
    ['an unclosed quote', 'name,team\n"Ana,Platform\n', /opens a quote that is never closed/],
    ['a quote inside an unquoted field', 'name,team\nA"na,Platform\n', /^Line 2 has a quote inside a field that does not start with one/],
    ['an empty file', '', /empty/],
  ];
  for (const [what, text, message] of refusals) {
    it(`refuses ${what} with a message naming the line`, () => {
      const result = parseOrgCsv(text);
      assert.equal(result.ok, false);
      assert.match(result.ok ? '' : result.error, message);
    });
  }

  it('skips a repeated name and says where', () => {
    const result = parseOrgCsv('name,team\nAna Lu,A\nana lu,B\n');
    assert.ok(result.ok);
    assert.deepEqual(result.rows.map((r) => r.name), ['Ana Lu']);
    assert.deepEqual(result.skipped, [{ line: 3, reason: '"ana lu" appears earlier in the file' }]);
  });

  it('creates new profiles under the people folder without clobbering a taken path, and updates existing ones by name or alias', () => {
    const parsed = parseOrgCsv('name,reportsTo,team,role\nCarly,Dana Diaz,Platform,Senior Engineer\nNew Person,Carly Chen,,\nSam Lee,,,\n');
    assert.ok(parsed.ok);
    const existing = [{ uri: 'file:///j/people/carly.md', name: 'Carly Chen', aliases: ['Carly'], text: '---\nkind: person\nname: Carly Chen\naliases: [Carly]\nrole: Engineer\nhobby: climbing # keep me\n---\nLikes ramen.\n' }];
    const plan = planOrgImport(parsed.rows, existing, 'people', new Set(['people/sam-lee.md']));
    assert.deepEqual(plan.create.map((c) => [c.path, c.name]), [['people/new-person.md', 'New Person'], ['people/sam-lee-2.md', 'Sam Lee']]);
    assert.equal(plan.create[0].text, '---\nkind: person\nname: New Person\nreportsTo: Carly Chen\n---\n\n');
    assert.equal(plan.update.length, 1);
    assert.equal(plan.update[0].text, '---\nkind: person\nname: Carly Chen\naliases: [Carly]\nrole: Senior Engineer\nhobby: climbing # keep me\nreportsTo: Dana Diaz\nteam: Platform\n---\nLikes ramen.\n');
  });

  it('reports an unchanged profile as unchanged and writes nothing for it', () => {
    const parsed = parseOrgCsv('name,team\nCarly Chen,Platform\n');
    assert.ok(parsed.ok);
    const plan = planOrgImport(parsed.rows, [{ uri: 'u', name: 'Carly Chen', aliases: [], text: '---\nkind: person\nname: Carly Chen\nteam: Platform\n---\n' }], 'people', new Set());
    assert.deepEqual([plan.create.length, plan.update.length, plan.unchanged], [0, 0, ['Carly Chen']]);
  });

  it('round-trips: the imported profiles parse back into the same org chart', () => {
    const parsed = parseOrgCsv(fixture('org-bom-crlf.csv'));
    assert.ok(parsed.ok);
    const plan = planOrgImport(parsed.rows, [], 'people', new Set());
    const journal = new Journal({ me: 'Maya Okafor' });
    journal.set('file:///j/people/maya.md', '---\nkind: person\nname: Maya Okafor\n---\n');
    for (const c of plan.create) journal.set(`file:///j/${c.path}`, c.text);
    const directory = journal.directory();
    const view = parsed.rows.map((r) => {
      const p = directory.resolve(r.name)!;
      return [p.name, p.managerName, p.profile?.team, p.profile?.role, p.profile?.email, p.relationship];
    });
    assert.deepEqual(view, [
      ['Carly Chen', 'Dana Diaz', 'Platform', 'Engineer, Senior', 'carly@example.com', 'skip'],
      ['Dana Diaz', 'Maya Okafor', 'Platform', 'Engineering Manager', undefined, 'direct'],
      ['Evan Park', 'Dana Diaz', 'Platform', 'Staff "Principal" Engineer', undefined, 'skip'],
    ]);
    assert.deepEqual(journal.diagnostics().filter((d) => d.severity !== 'hint'), []);
  });

  it('keeps CRLF line endings, a BOM and the body byte for byte when updating keys', () => {
    const text = '\uFEFF---\r\nkind: person\r\nname: A\r\n---\r\nBody line\r\n';
    assert.equal(setFrontmatterKeys(text, { team: 'X' }), '\uFEFF---\r\nkind: person\r\nname: A\r\nteam: X\r\n---\r\nBody line\r\n');
  });

  it('quotes values YAML would misread', () => {
    const out = setFrontmatterKeys('---\nkind: person\nname: A\n---\n', { role: 'yes', team: 'R&D: Core', email: '2026-11-20' });
    assert.equal(out, '---\nkind: person\nname: A\nrole: "yes"\nteam: "R&D: Core"\nemail: "2026-11-20"\n---\n');
  });
});

describe('org chart import: the right line, field-by-field changes, the preview', () => {
  const lineCases: Array<[string, string, RegExp]> = [
    ['an unclosed quote on line 3 of a CRLF file', 'name,team\r\nAna,A\r\n"Bo,B\r\nCy,C\r\nDe,D\r\n', /^Line 3 opens a quote that is never closed/],
    ['an unclosed quote on line 3 of an LF file', 'name,team\nAna,A\n"Bo,B\nCy,C\nDe,D\n', /^Line 3 opens a quote that is never closed/],
    ['an unclosed quote in the second field', 'name,team\nAna,A\nBo,"B\nCy,C\n', /^Line 3 opens a quote/],
    ['too many fields after a quoted field spanning CRLF lines', 'name,team\r\n"Ana\r\nLu",A\r\nBo,B,x\r\n', /^Line 4 has 3 fields/],
    ['too many fields in a CR-only file', 'name,team\rAna,A\rBo,B,x\r', /^Line 3 has 3 fields/],
  ];
  for (const [what, text, message] of lineCases) {
    it(`names the line of ${what}`, () => {
      const result = parseOrgCsv(text);
      assert.equal(result.ok, false);
      assert.match(result.ok ? '' : result.error, message);
    });
  }

  it('names the line of each row after a quoted field that spans CRLF lines', () => {
    const result = parseOrgCsv('name,role\r\n"Ana\r\nLu",Lead\r\n,x\r\nBo,Dev\r\n');
    assert.ok(result.ok);
    assert.deepEqual(result.rows.map((r) => [r.line, r.name]), [[2, 'Ana Lu'], [5, 'Bo']]);
    assert.deepEqual(result.skipped, [{ line: 4, reason: 'no name' }]);
  });

  it('lists every change field by field: created with their fields, updated from → to', () => {
    const parsed = parseOrgCsv('name,reportsTo,team,role\nCarly,Dana Diaz,Platform,Senior Engineer\nNew Person,Carly Chen,,\n');
    assert.ok(parsed.ok);
    const existing = [{ uri: 'u', name: 'Carly Chen', aliases: ['Carly'], text: '---\r\nkind: person\r\nname: Carly Chen\r\naliases: [Carly]\r\nrole: "Engineer"\r\nteam: Platform\r\n---\r\n' }];
    const plan = planOrgImport(parsed.rows, existing, 'people', new Set());
    assert.deepEqual(plan.create.map((c) => [c.name, c.changes]), [['New Person', [{ field: 'reportsTo', from: null, to: 'Carly Chen' }]]]);
    assert.deepEqual(plan.update.map((u) => [u.name, u.changes]), [['Carly Chen', [
      { field: 'role', from: 'Engineer', to: 'Senior Engineer' },
      { field: 'reportsTo', from: null, to: 'Dana Diaz' },
    ]]]);
    const summary = summaryOf(plan, [{ line: 9, reason: 'no name' }]);
    assert.equal(describeImport(summary), 'created New Person; updated Carly Chen (role, reportsTo); skipped line 9 (no name)');
    assert.equal(describeImport(summary, (n) => n.split(' ').map((w) => w[0]).join('.')), 'created N.P; updated C.C (role, reportsTo); skipped line 9 (no name)');
    assert.equal(importPreviewMarkdown('org.csv', plan, summary.skipped), [
      '# Import org chart from org.csv',
      '',
      "Nothing is written until you choose **Apply** (this editor's title bar, or the notification). One undo reverts the whole import.",
      '',
      '## Create 1 profile',
      '',
      '- **New Person** — `people/new-person.md`',
      '  - reportsTo: Carly Chen',
      '',
      '## Update 1 profile',
      '',
      '- **Carly Chen**',
      '  - role: Engineer → Senior Engineer',
      '  - reportsTo: (none) → Dana Diaz',
      '',
      '## Skipped: 1 row',
      '',
      '- line 9: no name',
      '',
    ].join('\n'));
  });

  const replacements: Array<[string, string, string, { start: number; end: number; text: string }]> = [
    ['one changed line', 'a\nrole: x\nbody\n', 'a\nrole: y\nbody\n', { start: 8, end: 9, text: 'y' }],
    ['an added line before the fence', '---\nname: A\n---\nbody', '---\nname: A\nteam: T\n---\nbody', { start: 12, end: 12, text: 'team: T\n' }],
    ['nothing changed', 'same', 'same', { start: 4, end: 4, text: '' }],
  ];
  for (const [what, before, after, expected] of replacements) {
    it(`edits only what changes: ${what}`, () => {
      const r = minimalReplacement(before, after);
      assert.deepEqual(r, expected);
      assert.equal(before.slice(0, r.start) + r.text + before.slice(r.end), after);
    });
  }
});
