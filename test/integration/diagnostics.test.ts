import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activeApi, waitFor, workspaceFolder } from './lib/helpers';

/** Bad notes, each with the diagnostic code the core reports and the 0-based line it points at. */
const BAD_NOTES: ReadonlyArray<{ file: string; text: string; code: string; line: number }> = [
  {
    file: 'malformed-yaml.md',
    text: '---\nperson: Quinn Example\ndate: 2026-11-02\ntags: [career\n---\n## Notes\n',
    code: 'yaml',
    line: -1, // wherever the YAML parser points: checked against the core below
  },
  { file: 'bad-type.md', text: '---\nperson: Quinn Example\ntype: standup\ndate: 2026-11-03\n---\n', code: 'bad-type', line: 2 },
  { file: 'bad-date.md', text: '---\nperson: Quinn Example\ndate: 2026-13-45\n---\n', code: 'bad-date', line: 2 },
  { file: 'missing-date.md', text: '---\nperson: Quinn Example\ntype: one-on-one\n---\n', code: 'missing-date', line: -1 },
  {
    file: 'shareable-skip.md',
    text: '---\nperson: Quinn Example\ntype: skip-level\ndate: 2026-11-04\nconfidentiality: shareable\n---\n',
    code: 'skip-level-shareable',
    line: 4,
  },
  {
    file: 'deep-nesting.md',
    text: `---\nperson: Quinn Example\ndate: 2026-11-05\n---\n${'>'.repeat(5000)} - [ ] hidden\n${'- '.repeat(4000)}[ ] hidden too\n`,
    code: 'too-complex',
    line: 4,
  },
  // Never opened: its items are all done, yet the bad date shows, as `oneonone check` reports it.
  { file: 'done-bad-date.md', text: '---\nperson: Quinn Example\ndate: 2026-11-06\n---\n- [x] sent it done:2026-11-31\n', code: 'bad-follow-up-date', line: 4 },
];

// Written into a folder that exists (and is watched) from the start: a file created in a
// brand-new folder can take long to reach a file watcher under load.
const DIR = '1on1s';
const PREFIX = 'zz-integration-';

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === '1:1 Journal');
}

function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}

function formatDiagnostics(list: readonly vscode.Diagnostic[]): string {
  return list.length === 0 ? '(none)' : list.map((d) => `${codeOf(d)}@${d.range.start.line + 1}: ${d.message}`).join('; ');
}

describe('diagnostics', () => {
  const fileOf = (name: string): string => path.join(workspaceFolder().fsPath, DIR, PREFIX + name);

  before(async () => {
    await activeApi();
    for (const note of BAD_NOTES) fs.writeFileSync(fileOf(note.file), note.text);
  });

  after(() => {
    for (const note of BAD_NOTES) fs.rmSync(fileOf(note.file), { force: true });
  });

  it('the fixture journal itself has no errors in the Problems collection', async () => {
    const api = await activeApi();
    const errors = api.journal.diagnostics().filter((d) => d.severity === 'error' && !d.uri.includes(PREFIX));
    assert.deepEqual(errors.map((d) => `${d.uri}:${d.line} ${d.code}`), [], 'the core reports errors in the fixture journal');
  });

  for (const note of BAD_NOTES) {
    it(`a note with ${note.code} gets that diagnostic in vscode.languages.getDiagnostics()`, async () => {
      const uri = vscode.Uri.file(fileOf(note.file));
      const api = await activeApi();
      const found = await waitFor(`a ${note.code} diagnostic on ${note.file}`, () => ours(uri).find((d) => codeOf(d) === note.code), 20_000)
        .catch((error: Error) => assert.fail(`${error.message}; the Problems collection holds for it: ${formatDiagnostics(ours(uri))}` +
          (api.journal.has(uri.toString()) ? '' : ' (the journal has not indexed the file: no file-watcher event reached it)')));
      if (note.line >= 0) assert.equal(found.range.start.line, note.line, `the ${note.code} diagnostic points at line ${found.range.start.line + 1}, expected ${note.line + 1}`);
      assert.ok(found.message.length > 0, 'the diagnostic has no message');
    });
  }

  it('publishes exactly the diagnostics the core computes for each bad note', async () => {
    const api = await activeApi();
    for (const note of BAD_NOTES) {
      const uri = vscode.Uri.file(fileOf(note.file));
      const core = api.journal.diagnosticsFor(uri.toString()).map((d) => `${d.code}@${d.line}: ${d.message}`).sort();
      const shown = ours(uri).map((d) => `${codeOf(d)}@${d.range.start.line + 1}: ${d.message}`).sort();
      assert.deepEqual(shown, core, `${note.file}: the Problems collection differs from the core's diagnostics`);
    }
  });

  it('keeps listing the other notes\' follow-ups beside a pathologically nested note', async () => {
    const api = await activeApi();
    const deep = vscode.Uri.file(fileOf('deep-nesting.md')).toString();
    await waitFor('the deep note to be indexed', () => api.journal.has(deep), 20_000);
    const open = api.journal.followUps();
    assert.ok(open.length > 0, 'no follow-ups listed');
    assert.deepEqual(open.filter((f) => f.uri === deep), []);
  });

  it('clears a diagnostic when the note is fixed on disk', async () => {
    const uri = vscode.Uri.file(fileOf('bad-type.md'));
    fs.writeFileSync(uri.fsPath, '---\nperson: Quinn Example\ntype: one-on-one\ndate: 2026-11-03\n---\n');
    await waitFor('the bad-type diagnostic to go away after the fix', () => !ours(uri).some((d) => codeOf(d) === 'bad-type'), 20_000)
      .catch((error: Error) => assert.fail(`${error.message}; still shown: ${formatDiagnostics(ours(uri))}`));
  });
});
