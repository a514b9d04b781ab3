import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { relativeDates } from '../../src/core/noteEdits';
import { COACHING_SECTION } from '../../src/core/coachingDue';
import { BUILT_IN_TEMPLATES, firstAgendaPosition, openFollowUpsFor, renderOpenFollowUps, renderTemplate } from '../../src/core/templates';
import { activeApi, extension, today, waitFor, workspaceFolder } from './lib/helpers';

const DIR = 'zz-integration-writing';

/** Files the suite creates outside its own folder, removed afterwards. */
const created: string[] = [];

function file(...parts: string[]): string {
  return path.join(workspaceFolder().fsPath, ...parts);
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === '1:1 Journal');
}

function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

function insertTextOf(item: vscode.CompletionItem): string {
  const text = item.insertText ?? labelOf(item);
  return typeof text === 'string' ? text : text.value;
}

async function activeEditorFor(fsPath: string): Promise<vscode.TextEditor> {
  return waitFor(`an editor on ${path.basename(fsPath)}`, () => {
    const editor = vscode.window.activeTextEditor;
    return editor && editor.document.uri.fsPath === fsPath ? editor : undefined;
  });
}

async function completions(uri: vscode.Uri, position: vscode.Position, trigger?: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position, trigger);
  return list.items;
}

/** Opens a note, sets its whole text (unsaved), and returns the document. */
async function noteWith(name: string, text: string): Promise<vscode.TextDocument> {
  const fsPath = file(DIR, name);
  fs.writeFileSync(fsPath, text);
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(fsPath));
  await vscode.window.showTextDocument(doc);
  return doc;
}

describe('writing notes', () => {
  before(async () => {
    await activeApi();
    fs.mkdirSync(file(DIR), { recursive: true });
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(file(DIR), { recursive: true, force: true });
    for (const f of created) fs.rmSync(f, { recursive: true, force: true });
  });

  describe('New 1:1 Note', () => {
    const notePath = (): string => file('1on1s', 'carly-chen', `${today()}.md`);

    it('creates the note at oneOnOne.newNotePath from the built-in template, linking the open follow-ups, cursor in Check-in', async () => {
      const api = await activeApi();
      created.push(notePath());
      assert.ok(!fs.existsSync(notePath()), `${notePath()} exists before the test`);
      const noteUri = vscode.Uri.file(notePath()).toString();
      const reminders = openFollowUpsFor(api.journal.followUps(), 'Carly Chen', today());
      assert.ok(reminders.length > 0, 'the sample journal should have open follow-ups with Carly Chen');
      const expected = renderTemplate(BUILT_IN_TEMPLATES['one-on-one'], {
        person: 'Carly Chen', date: today(), type: 'one-on-one', openFollowUps: renderOpenFollowUps(reminders, { noteUri, date: today() }),
        // Carly manages a team and no note with her has "Their 1:1s" filled in: the coaching prompt is due.
        coaching: COACHING_SECTION,
      }).text;
      assert.ok(expected.includes('## Their 1:1s'), 'a manager direct with the prompt due gets the "Their 1:1s" section');

      await vscode.commands.executeCommand('oneOnOne.newNote', 'Carly', 'one-on-one');
      const editor = await activeEditorFor(notePath());
      assert.equal(fs.readFileSync(notePath(), 'utf8'), expected);
      assert.match(expected, /\]\(2026-11-19\.md#L23\)/, 'the reminder links to the line of the earlier note');
      const at = firstAgendaPosition(expected);
      assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [at.line, at.character]);
      assert.equal(editor.document.lineAt(at.line - 2).text, '## Check-in');
      await waitFor('the journal to index the new note', () => api.journal.meetings().find((m) => m.note.uri === noteUri && m.person === 'Carly Chen' && m.type === 'one-on-one'));
    });

    it('opens the existing note for that person and date instead of creating a duplicate', async () => {
      const api = await activeApi();
      const marker = `${fs.readFileSync(notePath(), 'utf8')}\nwritten by the test\n`;
      fs.writeFileSync(notePath(), marker);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      const before = fs.readdirSync(file('1on1s', 'carly-chen')).sort();
      await vscode.commands.executeCommand('oneOnOne.newNote', 'Carly Chen', { type: 'peer' });
      await activeEditorFor(notePath());
      assert.equal(fs.readFileSync(notePath(), 'utf8'), marker, 'the existing note was overwritten');
      assert.deepEqual(fs.readdirSync(file('1on1s', 'carly-chen')).sort(), before, 'a second note was created');
      assert.equal(api.journal.meetings().filter((m) => m.person === 'Carly Chen' && m.note.date === today()).length, 1);
    });

    it('uses the workspace template in oneOnOne.templatesFolder, leaving an unknown placeholder as written', async () => {
      const templates = file('.1on1', 'templates');
      created.push(file('.1on1'), file('1on1s', 'priya-raman', '2026-11-27.md'));
      fs.mkdirSync(templates, { recursive: true });
      fs.writeFileSync(path.join(templates, 'peer.md'), '---\nperson: ${person}\ntype: ${type}\ndate: ${date}\n---\n# Peer sync with ${person} (${mood})\n\n## Notes\n- \n');
      await vscode.commands.executeCommand('oneOnOne.newNote', { person: 'Priya Raman', type: 'peer', date: '2026-11-27' });
      const target = file('1on1s', 'priya-raman', '2026-11-27.md');
      const editor = await activeEditorFor(target);
      assert.equal(fs.readFileSync(target, 'utf8'), '---\nperson: Priya Raman\ntype: peer\ndate: 2026-11-27\n---\n# Peer sync with Priya Raman (${mood})\n\n## Notes\n- \n');
      assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [8, 2]);
    });

    it('starts a new note from an Upcoming row with nothing scheduled, and opens the note of a scheduled one', async () => {
      const api = await activeApi();
      const provider = api.views.upcoming as vscode.TreeDataProvider<unknown>;
      const commands: Array<{ status: string; command?: vscode.Command }> = [];
      for (const group of (await provider.getChildren()) ?? []) {
        for (const row of (await provider.getChildren(group)) ?? []) {
          const item = await provider.getTreeItem(row);
          commands.push({ status: String(item.contextValue), ...(item.command ? { command: item.command } : {}) });
        }
      }
      const scheduled = commands.filter((c) => c.status === 'upcoming.scheduled');
      const other = commands.filter((c) => c.status !== 'upcoming.scheduled');
      assert.ok(scheduled.length > 0 && other.length > 0, 'the sample journal should have scheduled and unscheduled rows');
      for (const c of scheduled) assert.equal(c.command?.command, 'oneOnOne.openLocation');
      for (const c of other) {
        assert.equal(c.command?.command, 'oneOnOne.newNote');
        const name = c.command?.arguments?.[0] as string;
        assert.equal(api.journal.directory().resolve(name)?.name, name, `the row starts a note for "${name}", not a person's name`);
      }
    });

    it('offers "New 1:1 Note" inline on Upcoming and People rows', () => {
      const menus = (extension().packageJSON as { contributes: { menus: Record<string, Array<{ command: string; when?: string; group?: string }>> } }).contributes.menus;
      const inline = menus['view/item/context'].filter((m) => m.command === 'oneOnOne.newNote' && m.group?.startsWith('inline'));
      assert.ok(inline.some((m) => m.when?.includes('view == oneOnOne.upcoming')), 'no inline New 1:1 Note on Upcoming rows');
      assert.ok(inline.some((m) => m.when?.includes('view == oneOnOne.people')), 'no inline New 1:1 Note on People rows');
    });
  });

  describe('Add Follow-up, Open Last Note With…, Add Person', () => {
    it('adds "- [ ] " with the due date at the end of the Follow-ups section, cursor after the checkbox', async () => {
      const doc = await noteWith('follow-ups.md', '---\nperson: Carly Chen\ndate: 2026-11-18\n---\n## Follow-ups\n- [ ] first\n\n## Later\n');
      const editor = await activeEditorFor(doc.uri.fsPath);
      assert.equal(await vscode.commands.executeCommand('oneOnOne.addFollowUp', '2026-11-27'), true);
      assert.equal(doc.getText(), '---\nperson: Carly Chen\ndate: 2026-11-18\n---\n## Follow-ups\n- [ ] first\n- [ ]  due:2026-11-27\n\n## Later\n');
      assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [6, 6]);
    });

    it('creates the Follow-ups section at the end when the note has none', async () => {
      const doc = await noteWith('no-section.md', '---\nperson: Carly Chen\ndate: 2026-11-17\n---\n## Check-in\nfine\n');
      await activeEditorFor(doc.uri.fsPath);
      assert.equal(await vscode.commands.executeCommand('oneOnOne.addFollowUp', 'none'), true);
      assert.equal(doc.getText(), '---\nperson: Carly Chen\ndate: 2026-11-17\n---\n## Check-in\nfine\n\n## Follow-ups\n- [ ] \n');
    });

    it('opens the latest past note with a person, not a scheduled one', async () => {
      await vscode.commands.executeCommand('oneOnOne.openLastNote', 'Kwame');
      await activeEditorFor(file('1on1s', 'kwame-mensah', '2026-11-10.md'));
    });

    it('creates a person profile from the answers, and refuses to overwrite one', async () => {
      const api = await activeApi();
      const profile = file('people', 'zed-writer.md');
      created.push(profile);
      const answers = { name: 'Zed Writer', role: 'Engineer', team: 'Payments', reportsTo: 'Carly Chen' };
      await vscode.commands.executeCommand('oneOnOne.addPerson', answers);
      await activeEditorFor(profile);
      const person = await waitFor('the new profile in the journal', () => api.journal.directory().resolve('Zed Writer')?.profile);
      assert.deepEqual([person.role, person.team, person.reportsTo], ['Engineer', 'Payments', 'Carly Chen']);
      fs.writeFileSync(profile, `${fs.readFileSync(profile, 'utf8')}edited\n`);
      const again = await vscode.commands.executeCommand('oneOnOne.addPerson', answers);
      assert.equal(again, undefined);
      assert.match(fs.readFileSync(profile, 'utf8'), /edited\n$/, 'the profile was overwritten');
    });
  });

  describe('completion', () => {
    it('offers people after @, each once with their aliases as filter text, quoting names with spaces', async () => {
      const doc = await noteWith('completion.md', '---\nperson: Carly Chen\ndate: 2026-11-16\n---\n## Follow-ups\n- [ ] @Car\n- [ ] ask @"Ines M\n');
      const items = await completions(doc.uri, new vscode.Position(5, 10), '@');
      const byLabel = new Map(items.filter((i) => i.kind === vscode.CompletionItemKind.User).map((i) => [labelOf(i), i]));
      assert.equal(insertTextOf(byLabel.get('Carly Chen')!), '@"Carly Chen"');
      assert.ok(!byLabel.has('Carly'), 'an alias is an item of its own');
      assert.match(String(byLabel.get('Carly Chen')!.filterText), /(^| )@Carly( |$)/, 'the alias Carly does not find Carly Chen');
      assert.equal(insertTextOf(byLabel.get('me')!), '@me');
      const quoted = await completions(doc.uri, new vscode.Position(6, doc.lineAt(6).text.length));
      const ines = quoted.find((i) => labelOf(i) === 'Ines Moreau' && i.kind === vscode.CompletionItemKind.User);
      assert.ok(ines, `no Ines Moreau after @"Ines M; offered: ${quoted.map(labelOf).slice(0, 10).join(', ')}`);
      assert.equal(insertTextOf(ines), '@"Ines Moreau"');
    });

    it('offers today, tomorrow, next Monday and in 1 or 2 weeks as dates after due: and after:', async () => {
      const doc = await noteWith('dates.md', '---\nperson: Carly Chen\ndate: 2026-11-15\n---\n- [ ] a due:\n- [ ] b after:\n');
      for (const line of [4, 5]) {
        const items = (await completions(doc.uri, new vscode.Position(line, doc.lineAt(line).text.length), ':'))
          .filter((i) => i.kind === vscode.CompletionItemKind.Value);
        const shown = items.map((i) => `${labelOf(i)}=${insertTextOf(i)}`);
        assert.deepEqual(shown, relativeDates(today()).map((d) => `${d.label}=${d.date}`));
        if (today() === '2026-11-20') assert.deepEqual(shown.slice(1, 3), ['tomorrow=2026-11-21', 'next Monday=2026-11-23']);
        for (const item of items) assert.match(String(item.detail), /^\d{4}-\d{2}-\d{2}$/);
      }
    });

    it('offers people as person: and reportsTo: values and the three types as type: values', async () => {
      const doc = await noteWith('frontmatter.md', '---\nperson: \ntype: \ndate: 2026-11-14\n---\n');
      const people = (await completions(doc.uri, new vscode.Position(1, 8), ' ')).map(labelOf);
      assert.ok(people.includes('Carly Chen') && people.includes('Kwame Mensah'), `person: offered ${people.slice(0, 10).join(', ')}`);
      assert.ok(!people.includes('Maya Okafor'), 'person: should not offer me');
      const types = (await completions(doc.uri, new vscode.Position(2, 6), ' ')).filter((i) => i.kind === vscode.CompletionItemKind.EnumMember).map(labelOf);
      assert.deepEqual(types, ['one-on-one', 'skip-level', 'peer']);
    });
  });

  describe('quick fixes', () => {
    const cases: Array<{ name: string; code: string; text: string; title: RegExp; after: (text: string) => boolean; describe: string }> = [
      {
        name: 'alias.md', code: 'type-alias', text: '---\nperson: Carly Chen\ntype: 1:1\ndate: 2026-11-02\n---\n',
        title: /one-on-one/, after: (t) => t.includes('\ntype: one-on-one\n'), describe: 'writes a type alias as its canonical value',
      },
      {
        name: 'skip.md', code: 'skip-level-shareable', text: '---\nperson: Ines Moreau\ntype: skip-level\ndate: 2026-11-03\nconfidentiality: shareable # oops\n---\n',
        title: /confidential/, after: (t) => t.includes('\nconfidentiality: confidential # oops\n'), describe: 'sets a skip-level note back to confidential',
      },
      {
        name: 'date-slashes.md', code: 'bad-date', text: '---\nperson: Carly Chen\ndate: 2026/11/04\n---\n',
        title: /2026-11-04/, after: (t) => t.includes('\ndate: 2026-11-04\n'), describe: 'rewrites a date written 2026/11/04',
      },
      {
        name: 'date-dots.md', code: 'bad-date', text: '---\nperson: Carly Chen\ndate: 5.11.2026\n---\n',
        title: /2026-11-05/, after: (t) => t.includes('\ndate: 2026-11-05\n'), describe: 'rewrites a date written 5.11.2026',
      },
    ];
    for (const c of cases) {
      it(`${c.describe} (${c.code}), and the diagnostic goes away`, async () => {
        const doc = await noteWith(c.name, c.text);
        const diagnostic = await waitFor(`a ${c.code} diagnostic on ${c.name}`, () => ours(doc.uri).find((d) => codeOf(d) === c.code));
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
        const fix = actions.find((a) => c.title.test(a.title));
        assert.ok(fix?.edit, `no quick fix matching ${c.title}; offered: ${actions.map((a) => a.title).join(' | ') || '(none)'}`);
        assert.ok(await vscode.workspace.applyEdit(fix.edit), 'applyEdit refused the fix');
        assert.ok(c.after(doc.getText()), `after the fix the note reads:\n${doc.getText()}`);
        await waitFor(`the ${c.code} diagnostic to go away`, () => !ours(doc.uri).some((d) => codeOf(d) === c.code));
      });
    }

    it('creates the missing person profile for an unknown person, and the diagnostic goes away', async () => {
      const api = await activeApi();
      const profile = file('people', 'quinn-newcomer.md');
      created.push(profile);
      const doc = await noteWith('unknown.md', '---\nperson: Quinn Newcomer\ndate: 2026-11-05\n---\n');
      const diagnostic = await waitFor('an unknown-person diagnostic', () => ours(doc.uri).find((d) => codeOf(d) === 'unknown-person'));
      assert.equal(diagnostic.range.start.line, 1);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((a) => /Create a person profile for Quinn Newcomer/.test(a.title));
      assert.ok(fix?.command, `no "Create a person profile" fix; offered: ${actions.map((a) => a.title).join(' | ') || '(none)'}`);
      await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
      await activeEditorFor(profile);
      assert.ok(fs.existsSync(profile), `${profile} was not created`);
      assert.match(fs.readFileSync(profile, 'utf8'), /^---\nkind: person\nname: Quinn Newcomer\n/);
      await waitFor('the profile in the journal', () => api.journal.directory().resolve('Quinn Newcomer')?.profile);
      await waitFor('the unknown-person diagnostic to go away', () => !ours(doc.uri).some((d) => codeOf(d) === 'unknown-person'));
    });
  });
});
