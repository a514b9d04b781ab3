/**
 * Coaching the managers on my team, in the real VS Code (issue 19): New 1:1 Note for a manager
 * direct asks about their 1:1s only when due; mood is completed, validated and drawn on the
 * person page (hidden in privacy mode); the starter kit holds no one's name or note text.
 * Works on people of its own (a manager direct and her report), removed afterwards.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { COACHING_HEADING } from '../../src/core/coachingDue';
import { addDays } from '../../src/core/dates';
import { splitLines } from '../../src/core/parse/fence';
import { NAME_STANDIN, STARTER_KIT_PATH } from '../../src/core/starterKit';
import type { PersonPageHandle } from '../../src/features/personPage';
import type { StarterKitOutcome } from '../../src/features/starterKit';
import { activeApi, today, waitFor, workspaceFolder } from './lib/helpers';

const DIR = 'zz-integration-coaching';
const MONA = 'Mona Quist-Adler';
const MONA_SLUG = 'mona-quist-adler';
const REX = 'Rex Lindahl-Oyelaran';

function file(...parts: string[]): string {
  return path.join(workspaceFolder().fsPath, ...parts);
}
/** Where New 1:1 Note puts a note with Mona (the default oneOnOne.newNotePath). */
const notePath = (date: string): string => file('1on1s', MONA_SLUG, `${date}.md`);
/**
 * Where the test writes earlier notes: a folder that exists (and is watched) from the start, as
 * a file created in a brand-new folder can take long to reach a file watcher under load.
 */
const earlierPath = (date: string): string => file('1on1s', `zz-integration-coaching-${date}.md`);

/** Writes an earlier note with Mona and waits for the journal to list it. */
async function earlierNote(date: string, body: string, extra = ''): Promise<void> {
  const api = await activeApi();
  fs.writeFileSync(earlierPath(date), `---\nperson: ${MONA}\ndate: ${date}\n${extra}---\n${body}`);
  await waitFor(`the note of ${date} in the journal`, () => api.journal.meetings().some((m) => m.person === MONA && m.note.date === date), 20_000);
}

async function removeNotes(): Promise<void> {
  const api = await activeApi();
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  fs.rmSync(file('1on1s', MONA_SLUG), { recursive: true, force: true });
  for (const name of fs.readdirSync(file('1on1s'))) {
    if (name.startsWith('zz-integration-coaching-')) fs.rmSync(file('1on1s', name), { force: true });
  }
  await waitFor('Mona\'s notes to leave the journal', () => !api.journal.meetings().some((m) => m.person === MONA), 20_000);
}

/** Runs New 1:1 Note for Mona on `date` and returns the text written to disk. */
async function newNoteText(date: string): Promise<string> {
  assert.ok(!fs.existsSync(notePath(date)), `${notePath(date)} exists before the test`);
  const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('oneOnOne.newNote', MONA, { type: 'one-on-one', date });
  assert.equal(editor?.document.uri.fsPath, notePath(date), `New 1:1 Note did not open the note of ${date} with Mona`);
  return fs.readFileSync(notePath(date), 'utf8');
}

describe('coaching the managers on my team', () => {
  before(async () => {
    const api = await activeApi();
    const me = api.journal.directory().me?.name;
    assert.ok(me, 'the sample journal has a person with relationship: self');
    // In folders that exist (and are watched) from the start, like the earlier notes.
    fs.writeFileSync(file('people', `${DIR}-mona.md`), `---\nkind: person\nname: ${MONA}\naliases: [Mona]\nrole: Engineering Manager\nteam: Ledger\nreportsTo: ${me}\n---\n`);
    fs.writeFileSync(file('people', `${DIR}-rex.md`), `---\nkind: person\nname: ${REX}\nreportsTo: Mona\n---\n`);
    await waitFor('Mona as a manager direct', () => {
      const directory = api.journal.directory();
      return directory.resolve(MONA)?.relationship === 'direct' && directory.reportsOf(MONA).length === 1;
    }, 20_000);
  });

  after(async () => {
    await removeNotes();
    for (const who of ['mona', 'rex']) fs.rmSync(file('people', `${DIR}-${who}.md`), { force: true });
    const api = await activeApi();
    await waitFor('Mona to leave the journal', () => !api.journal.directory().resolve(MONA), 20_000);
  });

  describe('New 1:1 Note for a manager direct asks about their 1:1s only when due', function () {
    this.timeout(60_000);
    afterEach(() => removeNotes());

    // what came before (days ago, the section's body or none), whether the prompt is due
    const cases: Array<[string, Array<[number, string]>, boolean]> = [
      ['no earlier note asked about them', [], true],
      ['a note a week ago has the section filled in', [[7, `${COACHING_HEADING}\n- weekly with all four; skipped one with Rex\n`]], false],
      ['a note exactly 4 weeks ago has it filled in (the period, default 4 weeks)', [[28, `${COACHING_HEADING}\n- fine\n`]], false],
      ['the last filled one is 5 weeks old', [[35, `${COACHING_HEADING}\n- fine\n`], [7, '## Check-in\n- tired\n']], true],
      ['a note a week ago has the section, but only its prompt', [[7, `${COACHING_HEADING}\n<!-- How are your 1:1s going? -->\n- \n`]], true],
    ];
    cases.forEach(([what, before, due], i) => {
      it(`${due ? 'includes' : 'leaves out'} "Their 1:1s" when ${what}`, async () => {
        // Each case meets on a day of its own (100 days apart), so no case sees another's note,
        // even one VS Code still holds in memory after its file was removed.
        const date = addDays(today(), -100 * i);
        for (const [daysAgo, body] of before) await earlierNote(addDays(date, -daysAgo), body);
        const text = await newNoteText(date);
        assert.equal(text.includes(COACHING_HEADING), due, text);
        if (due) assert.match(text, /## Their 1:1s\n<!-- How are your 1:1s going\?/);
        assert.doesNotMatch(text, /\$\{coaching\}/);
      });
    });
  });

  describe('mood', function () {
    this.timeout(60_000);
    afterEach(() => removeNotes());

    it('is offered after `mood:` in a note\'s frontmatter, as the five words', async () => {
      const date = addDays(today(), -1);
      await earlierNote(date, '## Check-in\n', 'mood: \n');
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(earlierPath(date)));
      await vscode.window.showTextDocument(doc);
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(3, 6));
      const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      assert.deepEqual(labels.filter((l) => ['rough', 'low', 'okay', 'good', 'great'].includes(l)), ['rough', 'low', 'okay', 'good', 'great']);
    });

    it('that is not one is a warning on its line, saying what to write', async () => {
      const date = addDays(today(), -2);
      await earlierNote(date, '## Check-in\n', 'mood: 9\n');
      const uri = vscode.Uri.file(earlierPath(date));
      const found = await waitFor('the bad-mood diagnostic', () => vscode.languages.getDiagnostics(uri)
        .find((d) => d.source === '1:1 Journal' && String(typeof d.code === 'object' ? d.code.value : d.code) === 'bad-mood'), 20_000);
      assert.equal(found.range.start.line, 3);
      assert.equal(found.severity, vscode.DiagnosticSeverity.Warning);
      assert.match(found.message, /`mood: 9` is not a mood: write a whole number from 1 \(rough\) to 5 \(great\)/);
    });

    it('draws a trend on the person page, hidden in privacy mode', async () => {
      await earlierNote(addDays(today(), -14), '## Check-in\n', 'mood: 2\n');
      await earlierNote(addDays(today(), -7), '## Check-in\n', 'mood: good\n');
      const page = await vscode.commands.executeCommand<PersonPageHandle>('oneOnOne.openPersonPage', MONA);
      assert.ok(page, 'the person page did not open');
      let privacyOn = false;
      try {
        await waitFor('the page to draw the two moods', () => (page.body().match(/class="mood-bar mood-\d"/g) ?? []).length === 2, 10_000);
        assert.match(page.body(), /aria-label="Mood over the last 2 notes: 2 → 4 · good, up"/);
        assert.match(page.body(), /<dt>Team<\/dt><dd>Ledger<\/dd>/);
        assert.match(page.body(), /<dt>Manages<\/dt><dd>1 person \(a manager direct\)<\/dd>/);

        await vscode.commands.executeCommand('oneOnOne.togglePrivacyMode');
        privacyOn = true;
        await waitFor('the page to hide the mood', () => !page.body().includes('mood-bar') && !page.body().includes('Mona'), 10_000);
        assert.doesNotMatch(page.body(), /\bgood\b|aria-label="Mood|Ledger/);
      } finally {
        if (privacyOn) await vscode.commands.executeCommand('oneOnOne.togglePrivacyMode');
        page.panel.dispose();
      }
    });
  });

  describe('the starter kit', function () {
    this.timeout(60_000);
    const kitPath = (): string => file(STARTER_KIT_PATH);
    const templatePath = (): string => file('.1on1', 'templates', 'peer.md');
    let createdTemplates = false;

    after(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      fs.rmSync(kitPath(), { force: true });
      fs.rmSync(templatePath(), { force: true });
      if (createdTemplates) fs.rmSync(file('.1on1'), { recursive: true, force: true });
    });

    /**
     * What the kit must never hold, collected from the fixture journal: every name and alias,
     * and every line of text written in a note or a profile (headings, prompts and short
     * fragments that are also agenda words left out).
     */
    async function journalStrings(): Promise<{ names: string[]; lines: string[] }> {
      const api = await activeApi();
      const people = api.journal.directory().people;
      const names = people.flatMap((p) => [p.name, ...p.aliases]).filter((n) => n.length >= 2);
      const uris = [...api.journal.meetings().map((m) => m.note.uri), ...api.journal.profiles().map((p) => p.uri)];
      const lines = new Set<string>();
      for (const uri of uris) {
        const text = fs.readFileSync(vscode.Uri.parse(uri).fsPath, 'utf8');
        const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '').replace(/<!--[\s\S]*?-->/g, '');
        for (const raw of splitLines(body)) {
          const line = raw.replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, '').trim();
          if (line.startsWith('#') || line.startsWith('>') || line.split(/\s+/).length < 4) continue;
          lines.add(line);
        }
      }
      return { names, lines: [...lines] };
    }

    it('writes one shareable file with the templates, the questions and the practice, and opens it', async () => {
      const outcome = await vscode.commands.executeCommand<StarterKitOutcome>('oneOnOne.exportStarterKit', { ifExists: 'overwrite' });
      assert.equal(outcome?.kind, 'written');
      assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, kitPath());
      const kit = fs.readFileSync(kitPath(), 'utf8');
      for (const heading of ['# 1:1 Starter Kit', '### Keep 1:1s confidential', '### Cool off after a skip-level', '### Snooze what can wait',
        '### Rotate skip-levels through the whole organisation', '### Peers every few weeks', '### 1:1 with a direct report', '### Skip-level 1:1',
        '### Peer 1:1', '## Good questions']) {
        assert.ok(kit.includes(`\n${heading}\n`) || kit.startsWith(`${heading}\n`), `missing ${heading}`);
      }
      const api = await activeApi();
      assert.ok(!api.journal.note(vscode.Uri.file(kitPath()).toString()), 'the kit must not read as a 1:1 note');
    });

    it('holds no name or alias of anyone in the journal, and no line of any note or profile', async () => {
      const { names, lines } = await journalStrings();
      assert.ok(names.length > 20 && lines.length > 100, `the fixture journal should give many strings to look for (${names.length} names, ${lines.length} lines)`);
      await vscode.commands.executeCommand<StarterKitOutcome>('oneOnOne.exportStarterKit', { ifExists: 'overwrite' });
      const kit = fs.readFileSync(kitPath(), 'utf8');
      const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const namesFound = names.filter((n) => new RegExp(`(?<![\\p{L}\\p{N}_])${escape(n)}(?![\\p{L}\\p{N}_])`, 'u').test(kit));
      assert.deepEqual(namesFound, [], 'names in the kit');
      assert.deepEqual(lines.filter((l) => kit.includes(l)), [], 'note or profile text in the kit');
    });

    it('uses the workspace\'s template when there is one, and takes the names written in it out', async () => {
      const { names } = await journalStrings();
      const someone = names.find((n) => n.includes(' '))!;
      createdTemplates = !fs.existsSync(file('.1on1'));
      fs.mkdirSync(path.dirname(templatePath()), { recursive: true });
      fs.writeFileSync(templatePath(), `---\nperson: \${person}\ntype: peer\ndate: \${date}\n---\n## Dependencies\n<!-- Ask ${someone} about the Q3 roadmap first. -->\n- \n`);
      const outcome = await vscode.commands.executeCommand<StarterKitOutcome>('oneOnOne.exportStarterKit', { ifExists: 'overwrite' });
      assert.deepEqual(outcome && outcome.kind === 'written' ? outcome.workspaceTemplates : undefined, 1);
      const kit = fs.readFileSync(kitPath(), 'utf8');
      assert.ok(kit.includes(`<!-- Ask ${NAME_STANDIN} about the Q3 roadmap first. -->`), kit);
      assert.ok(!kit.includes(someone), `${someone} is in the kit`);
      assert.ok(kit.includes("From this team's template (`.1on1/templates/peer.md`)"), 'the kit does not say the peer template is the workspace\'s');
    });

    it('keeps an existing kit when told to, without writing', async () => {
      fs.writeFileSync(kitPath(), 'my own edits\n');
      const outcome = await vscode.commands.executeCommand<StarterKitOutcome>('oneOnOne.exportStarterKit', { ifExists: 'keep' });
      assert.equal(outcome?.kind, 'exists');
      assert.equal(fs.readFileSync(kitPath(), 'utf8'), 'my own edits\n');
    });
  });
});
