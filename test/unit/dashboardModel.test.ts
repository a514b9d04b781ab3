import assert from 'node:assert/strict';
import { computeInsights, readDriftContents, type NoteContent } from '../../src/core/insights';
import { initials } from '../../src/core/names';
import { dashboardHtml, makeNonce } from '../../src/features/dashboard/dashboardHtml';
import { buildDashboardModel } from '../../src/features/dashboard/dashboardModel';
import { loadJournal } from '../../src/node/loadJournal';
import { fixturePath } from './helpers/fixtures';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

const TODAY = '2027-01-06';

async function modelOf(privacy: boolean): Promise<ReturnType<typeof buildDashboardModel> & { names: string[] }> {
  const root = fixturePath('insights');
  const loaded = await loadJournal(root);
  const { journal } = loaded;
  const contents = new Map<string, NoteContent>();
  await readDriftContents(journal.directory(), journal.meetings(), TODAY, contents, async (uri) =>
    fs.readFile(path.join(root, loaded.relativePaths.get(uri)!), 'utf8'));
  const insights = computeInsights({
    directory: journal.directory(), meetings: journal.meetings(), followUps: journal.followUps(), today: TODAY, weeks: 4, weekMode: 'iso',
    contentOf: (uri) => contents.get(uri),
  });
  const built = buildDashboardModel(insights, { privacy, name: privacy ? initials : (n) => n });
  return { ...built, names: journal.directory().people.map((p) => p.name) };
}

describe('dashboard model', () => {
  it('shows names, teams and dates when privacy mode is off', async () => {
    const { model } = await modelOf(false);
    assert.deepEqual(model.heatmap.map((r) => r.label), ['Evan Park', 'Fay Lin', 'Priya Raman', 'Rob Stone']);
    assert.deepEqual(model.coverage.byBranch.map((b) => b.label), ['Evan Park (Platform)']);
    assert.deepEqual(model.drift[0].notes.map((n) => n.label), ['Jan 5', 'Dec 29, 2026', 'Dec 22, 2026']);
    assert.equal(model.thisWeek.skipLevel?.label, 'Jo Kim');
  });

  it('in privacy mode holds initials and counts only: no name, team, path, reason or date next to a person', async () => {
    const { model, names } = await modelOf(true);
    const text = JSON.stringify(model);
    for (const name of names) {
      for (const part of name.split(' ')) assert.ok(!text.includes(part), `"${part}" (of ${name}) is on the page`);
    }
    for (const secret of ['Platform', 'Payments', '1on1s', '.md', 'file:', 'Dec 29', 'Jan 5', 'reports to']) {
      assert.ok(!text.includes(secret), `"${secret}" is on the page`);
    }
    assert.deepEqual(model.heatmap.map((r) => r.label), ['E.P.', 'F.L.', 'P.R.', 'R.S.']);
    assert.deepEqual(model.drift.map((d) => [d.label, d.notes.map((n) => n.label)]), [['E.P.', ['note 1', 'note 2', 'note 3']]]);
    assert.deepEqual(model.aging.mine.map((c) => c.count), [1, 3, 0, 0]);
  });

  it('has a Mood column with the trend of the window\'s notes, oldest first, for those with a mood', async () => {
    const { model } = await modelOf(false);
    assert.equal(model.moodColumn, true);
    const moods = model.heatmap.map((r) => [r.label, r.mood && { values: r.mood.values, word: r.mood.word, direction: r.mood.direction }]);
    assert.deepEqual(moods, [
      ['Evan Park', null],
      // Dec 16: 4, Jan 4: low (2); the note of Jan 8 is after today.
      ['Fay Lin', { values: [4, 2], word: 'low', direction: 'down' }],
      ['Priya Raman', null],
      ['Rob Stone', null],
    ]);
    assert.equal(model.heatmap[1].mood?.label, 'Fay Lin, mood over the last 2 notes: 4 → 2 · low, down');
  });

  it('in privacy mode has no Mood column and no mood at all', async () => {
    const { model } = await modelOf(true);
    assert.equal(model.moodColumn, false);
    assert.deepEqual(model.heatmap.map((r) => r.mood), [null, null, null, null]);
    assert.doesNotMatch(JSON.stringify(model), /mood over|\b(?:rough|low|okay|good|great)\b/);
  });

  it('links only through tokens it knows: cells open their week\'s latest note', async () => {
    const { model, links } = await modelOf(false);
    const fay = model.heatmap.find((r) => r.label === 'Fay Lin')!;
    assert.deepEqual(fay.cells.map((c) => c.link !== undefined), [true, false, false, true]);
    const target = links.get(fay.cells[3].link!);
    assert.ok(target?.kind === 'note' && target.uri.endsWith('/1on1s/fay/2027-01-04.md'), JSON.stringify(target));
    assert.ok(!JSON.stringify(model).includes('file:'), 'no URI reaches the page');
    const aging = links.get(model.aging.mine[1].link!);
    assert.ok(aging?.kind === 'followUps' && aging.items.length === 3);
  });
});

describe('dashboard page', () => {
  it('has a strict Content-Security-Policy with a nonce and no remote resources', () => {
    const nonce = makeNonce();
    assert.match(nonce, /^[A-Za-z0-9]{32}$/);
    assert.notEqual(makeNonce(), nonce);
    const html = dashboardHtml({ cspSource: 'vscode-resource:', nonce, scriptUri: 'vscode-resource:/media/dashboard.js', styleUri: 'vscode-resource:/media/dashboard.css' });
    const csp = /content="([^"]+)"/.exec(html)![1];
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, new RegExp(`script-src 'nonce-${nonce}'`));
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:/);
    assert.doesNotMatch(html, /https?:\/\//);
    assert.match(html, new RegExp(`<script nonce="${nonce}" src=`));
  });
});
