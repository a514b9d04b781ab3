/**
 * Preparing the next 1:1 in the real VS Code: talking points added, sent and moved into a new
 * note (one undo restores both files), the person page opened from a People row and following
 * the journal, and the review export. Works on people of its own, removed afterwards.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { addDays } from '../../src/core/dates';
import { parseTalkingPoints } from '../../src/core/talkingPoints';
import type { PersonPageHandle } from '../../src/features/personPage';
import type { ReviewExportOutcome } from '../../src/features/reviewExport';
import type { TalkingPointOutcome } from '../../src/features/talkingPoints';
import { activeApi, today, waitFor, workspaceFolder } from './lib/helpers';

const DIR = 'zz-integration-prepare';
const TESS = 'Tess Tanaka-Reid';
const TESS_SLUG = 'tess-tanaka-reid';
/** A CRLF profile with two points queued, between other sections. */
const PROFILE = [
  '---', 'kind: person', `name: ${TESS}`, 'aliases: [Tess]', 'role: Staff Engineer', 'team: Ledger', 'reportsTo: Maya Okafor', '---',
  'Wants to grow into a tech lead.', '', '## Next 1:1', '- the ledger on-call rota', '- conference talk proposal', '', '## Goals', '- lead the ledger rewrite', '',
].join('\r\n');

function file(...parts: string[]): string {
  return path.join(workspaceFolder().fsPath, ...parts);
}

const profilePath = (): string => file(DIR, 'people', `${TESS_SLUG}.md`);
const notePath = (date: string): string => file('1on1s', TESS_SLUG, `${date}.md`);

async function docOf(fsPath: string): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument(vscode.Uri.file(fsPath));
}

async function upcomingLabel(): Promise<string | undefined> {
  const api = await activeApi();
  const provider = api.views.upcoming as vscode.TreeDataProvider<unknown>;
  for (const group of (await provider.getChildren()) ?? []) {
    for (const row of (await provider.getChildren(group)) ?? []) {
      const item = await provider.getTreeItem(row);
      const text = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
      // The name is the label, the facts (` · 3 topics`) the description.
      if (text === TESS) return `${text} — ${typeof item.description === 'string' ? item.description : ''}`;
    }
  }
  return undefined;
}

/**
 * Writes Tess's profile afresh and waits until the journal has read it. A profile VS Code holds
 * open is rewritten through the editor (and saved), so the editor and the disk never disagree.
 */
async function resetProfile(text = PROFILE): Promise<void> {
  const api = await activeApi();
  const uri = vscode.Uri.file(profilePath());
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(0, 0, open.lineCount, 0), text);
    assert.ok(await vscode.workspace.applyEdit(edit), 'could not reset the open profile');
    assert.ok(await open.save(), 'could not save the reset profile');
  } else {
    fs.writeFileSync(profilePath(), text);
  }
  const expected = parseTalkingPoints(text).length;
  await waitFor('the profile in the journal', () => {
    const profile = api.journal.directory().resolve(TESS)?.profile;
    return profile && (profile.talkingPoints?.length ?? 0) === expected && profile.role === 'Staff Engineer';
  }, 10_000);
  assert.equal(fs.readFileSync(profilePath(), 'utf8'), text);
}

/** After an undo removed a note: nothing unsaved of it is left for a save (or auto save) to write back as an empty file. */
function assertNoUnsavedCopy(fsPath: string): void {
  const left = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === fsPath);
  assert.ok(!left?.isDirty, `an unsaved copy of the removed note is left, holding ${JSON.stringify(left?.getText())}`);
}

describe('preparing the next 1:1', () => {
  before(async () => {
    await activeApi();
    fs.mkdirSync(file(DIR, 'people'), { recursive: true });
    await resetProfile();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    fs.rmSync(file(DIR), { recursive: true, force: true });
    fs.rmSync(file('1on1s', TESS_SLUG), { recursive: true, force: true });
    fs.rmSync(file('reviews'), { recursive: true, force: true });
    const api = await activeApi();
    await waitFor('Tess to leave the journal', () => !api.journal.directory().resolve(TESS), 10_000);
  });

  describe('talking points', function () {
    // Each test saves the profile two or three times; on a busy machine a save takes seconds.
    this.timeout(90_000);
    beforeEach(() => resetProfile());

    it('queues a point at the end of ## Next 1:1 of the profile, CRLF kept, and the Upcoming row counts it', async () => {
      const outcome = await vscode.commands.executeCommand<TalkingPointOutcome>('oneOnOne.addTalkingPoint', TESS, 'pairing with the new hire');
      assert.deepEqual(outcome && [outcome.kind, outcome.queued], ['profile', 3]);
      const text = fs.readFileSync(profilePath(), 'utf8');
      assert.ok(text.includes('- conference talk proposal\r\n- pairing with the new hire\r\n\r\n## Goals'), JSON.stringify(text));
      assert.ok(!/[^\r]\n/.test(text), 'an LF line ending was written into a CRLF profile');
      await waitFor('the Upcoming row to show 3 topics', async () => (await upcomingLabel())?.endsWith('· 3 topics'), 10_000);
    });

    it('sends a point to ## My topics of the note already scheduled with them, leaving the profile alone', async () => {
      const date = addDays(today(), 3);
      fs.mkdirSync(path.dirname(notePath(date)), { recursive: true });
      fs.writeFileSync(notePath(date), `---\nperson: ${TESS}\ndate: ${date}\n---\n## My topics\n- \n\n## Follow-ups\n`);
      const api = await activeApi();
      await waitFor('the scheduled note in the journal', () => api.journal.meetings().some((m) => m.person === TESS && m.note.date === date));
      try {
        const outcome = await vscode.commands.executeCommand<TalkingPointOutcome>('oneOnOne.addTalkingPoint', 'Tess', 'budget for the offsite');
        assert.equal(outcome?.kind, 'note');
        assert.equal(fs.readFileSync(notePath(date), 'utf8'), `---\nperson: ${TESS}\ndate: ${date}\n---\n## My topics\n- budget for the offsite\n\n## Follow-ups\n`);
        assert.equal(fs.readFileSync(profilePath(), 'utf8'), PROFILE);
      } finally {
        fs.rmSync(notePath(date), { force: true });
        await waitFor('the scheduled note to leave the journal', () => !api.journal.meetings().some((m) => m.person === TESS && m.note.date === date));
      }
    });

    it('sends the editor\'s selection with "Send to the Next 1:1 with…"', async () => {
      const scratch = file(DIR, 'scratch.md');
      fs.writeFileSync(scratch, 'Thoughts on Tuesday:\n- the release train keeps slipping\n');
      const editor = await vscode.window.showTextDocument(await docOf(scratch));
      editor.selection = new vscode.Selection(1, 0, 1, editor.document.lineAt(1).text.length);
      const outcome = await vscode.commands.executeCommand<TalkingPointOutcome>('oneOnOne.sendSelectionToNextOneOnOne', TESS);
      assert.equal(outcome?.kind, 'profile');
      assert.deepEqual(parseTalkingPoints(fs.readFileSync(profilePath(), 'utf8')).map((p) => p.text),
        ['the ledger on-call rota', 'conference talk proposal', 'the release train keeps slipping']);
    });

    it('New 1:1 Note moves the queued points into My topics, and one undo restores both files', async () => {
      const target = notePath(today());
      const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('oneOnOne.newNote', TESS, 'one-on-one');
      assert.equal(editor?.document.uri.fsPath, target);
      const note = editor.document;
      const profile = await docOf(profilePath());
      try {
        assert.match(note.getText(), /## My topics\n<!--[\s\S]*?-->\n- the ledger on-call rota\n- conference talk proposal\n\n## Growth/);
        assert.deepEqual(parseTalkingPoints(profile.getText()), [], 'the points are still queued in the profile');
        assert.ok(profile.getText().includes('## Next 1:1\r\n\r\n## Goals'), JSON.stringify(profile.getText()));
        assert.ok(!profile.isDirty && !note.isDirty, 'both files are saved');
        assert.deepEqual(parseTalkingPoints(fs.readFileSync(profilePath(), 'utf8')), []);
        await waitFor('the Upcoming row to lose its topics', async () => !(await upcomingLabel())?.includes('topic'), 10_000);

        await vscode.window.showTextDocument(note);
        await vscode.commands.executeCommand('undo');
        await waitFor('one undo to restore the profile', () => profile.getText() === PROFILE, 5_000);
        // The same undo takes the new note away, points and all: no file is left behind on disk
        // (empty or not), and no unsaved copy that a save (or auto save) would write back.
        await waitFor('one undo to remove the new note from disk', () => !fs.existsSync(target), 10_000)
          .catch(() => assert.fail(`after one undo the note is still on disk, holding ${JSON.stringify(fs.readFileSync(target, 'utf8'))}`));
        assertNoUnsavedCopy(target);
      } finally {
        for (const doc of [note, profile]) {
          if (!doc.isDirty) continue;
          await vscode.window.showTextDocument(doc);
          await vscode.commands.executeCommand('workbench.action.files.revert');
        }
        fs.rmSync(target, { force: true });
      }
    });
  });

  describe('New 1:1 Note with nothing queued', function () {
    this.timeout(60_000);
    before(() => resetProfile(PROFILE.replace('- the ledger on-call rota\r\n- conference talk proposal\r\n', '')));
    after(() => resetProfile());

    it('creates the note so that one undo removes it again, leaving no file behind', async () => {
      const target = notePath(today());
      assert.ok(!fs.existsSync(target), `${target} exists before the test`);
      const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('oneOnOne.newNote', TESS, 'one-on-one');
      assert.equal(editor?.document.uri.fsPath, target);
      try {
        assert.ok(fs.readFileSync(target, 'utf8').startsWith(`---\nperson: ${TESS}\n`), 'the note is not on disk');
        assert.ok(!editor.document.isDirty, 'the new note is written, not left unsaved');
        await vscode.window.showTextDocument(editor.document);
        await vscode.commands.executeCommand('undo');
        await waitFor('one undo to remove the new note from disk', () => !fs.existsSync(target), 10_000)
          .catch(() => assert.fail(`after one undo the note is still on disk, holding ${JSON.stringify(fs.readFileSync(target, 'utf8'))}`));
        assertNoUnsavedCopy(target);
      } finally {
        const left = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === target);
        if (left?.isDirty) {
          await vscode.window.showTextDocument(left);
          await vscode.commands.executeCommand('workbench.action.files.revert');
        }
        fs.rmSync(target, { force: true });
      }
    });
  });

  describe('the person page', () => {
    before(() => resetProfile());

    it('opens from a People row and follows the journal as notes change', async () => {
      const api = await activeApi();
      const provider = api.views.people as vscode.TreeDataProvider<unknown>;
      const find = async (parent?: unknown): Promise<vscode.TreeItem | undefined> => {
        for (const child of (await provider.getChildren(parent)) ?? []) {
          const item = await provider.getTreeItem(child);
          if (item.label === TESS) return item;
          const below = await find(child);
          if (below) return below;
        }
        return undefined;
      };
      const row = await waitFor('Tess in the People view', () => find(), 10_000);
      assert.equal(row.command?.command, 'oneOnOne.openPersonPage');
      const page = await vscode.commands.executeCommand<PersonPageHandle>(row.command!.command, ...(row.command!.arguments ?? []));
      assert.ok(page, 'the row did not open a page');
      assert.equal(page.panel.title, `${TESS} · 1:1s`);
      for (const text of ['Staff Engineer', 'the ledger on-call rota', 'No 1:1 note with them yet.']) assert.ok(page.body().includes(text), text);

      const date = addDays(today(), -2);
      fs.mkdirSync(path.dirname(notePath(date)), { recursive: true });
      fs.writeFileSync(notePath(date), `---\nperson: ${TESS}\ndate: ${date}\n---\n## Growth & feedback\n- asked to mentor the interns\n`);
      try {
        await waitFor('the page to show the new note', () => page.body().includes('asked to mentor the interns'), 10_000);

        await vscode.commands.executeCommand('oneOnOne.togglePrivacyMode');
        await waitFor('the page to hide names and confidential text', () => !page.body().includes('Tess') && !page.body().includes('mentor'), 10_000);
        assert.ok(page.body().includes('T.T.R.'), page.body());
        assert.equal(page.panel.title, 'T.T.R. · 1:1s');
      } finally {
        if (api.journal.directory().resolve(TESS) && page.panel.title.startsWith('T.')) await vscode.commands.executeCommand('oneOnOne.togglePrivacyMode');
        fs.rmSync(notePath(date), { force: true });
        page.panel.dispose();
      }
    });
  });

  describe('Export Review Notes', () => {
    it('writes one confidential file under reviews/, links back to the notes, and keeps it when told not to overwrite', async () => {
      const date = addDays(today(), -9);
      fs.mkdirSync(path.dirname(notePath(date)), { recursive: true });
      fs.writeFileSync(notePath(date), `---\nperson: ${TESS}\ndate: ${date}\n---\n## Growth & feedback\n- ran the incident review well\n\n## Follow-ups\n- [x] @me nominate for the award done:${date}\n`);
      const api = await activeApi();
      await waitFor('the note in the journal', () => api.journal.meetings().some((m) => m.person === TESS && m.note.date === date));
      const range = { from: addDays(today(), -30), to: today() };
      const expected = file('reviews', `${TESS_SLUG}-${range.from}-${range.to}.md`);
      try {
        const outcome = await vscode.commands.executeCommand<ReviewExportOutcome>('oneOnOne.exportReviewNotes', TESS, range);
        assert.deepEqual(outcome && [outcome.kind, vscode.Uri.parse(outcome.uri).fsPath], ['written', expected]);
        const text = fs.readFileSync(expected, 'utf8');
        assert.match(text, /^---\nkind: review\n/);
        assert.match(text, /\nconfidentiality: confidential\n/);
        assert.doesNotMatch(text, /^person:/m);
        assert.ok(text.includes('- ran the incident review well'), text);
        assert.ok(text.includes(`(../1on1s/${TESS_SLUG}/${date}.md#L5)`), text);
        assert.ok(text.includes('nominate for the award'), text);
        await waitFor('the review file to be indexed', () => api.journal.has(vscode.Uri.file(expected).toString()), 10_000);
        assert.equal(api.journal.note(vscode.Uri.file(expected).toString()), undefined, 'the review file is read as a 1:1 note');

        fs.writeFileSync(expected, text + '\nMy own words.\n');
        const again = await vscode.commands.executeCommand<ReviewExportOutcome>('oneOnOne.exportReviewNotes', TESS, { ...range, ifExists: 'keep' });
        assert.equal(again?.kind, 'exists');
        assert.ok(fs.readFileSync(expected, 'utf8').endsWith('\nMy own words.\n'), 'the existing review was overwritten');
      } finally {
        fs.rmSync(notePath(date), { force: true });
      }
    });
  });
});
