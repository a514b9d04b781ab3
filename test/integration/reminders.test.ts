/**
 * Reminders in the real VS Code (issue 17, SPEC §6): off by default; once enabled, one digest
 * for today with the sample journal's counts and names, "1:1 today: …"; in privacy mode counts
 * only. The expected wording comes from the core over the same journal, so the test checks the
 * wiring (settings, timer, state, privacy), not the numbers' rules, which the unit tests own.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { digestCounts, digestText } from '../../src/core/reminders';
import type { Digest } from '../../src/features/reminders';
import { activeApi, today, viewOptions, waitFor, within } from './lib/helpers';

describe('reminders', function () {
  this.timeout(60_000);
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('oneOnOne');

  after(async () => {
    await config().update('reminders.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    await config().update('reminders.time', undefined, vscode.ConfigurationTarget.Workspace);
  });

  /** What the core says the digest is today, names as written (privacy off) or counts only. */
  async function expected(withNames: boolean): Promise<string> {
    const api = await activeApi();
    const { journal } = api;
    const counts = digestCounts(journal.directory(), journal.meetings(), journal.followUps(), today(), undefined, viewOptions().weekMode);
    const text = digestText(counts, withNames ? (n) => n : undefined);
    assert.ok(text, 'the sample journal should have something due on its "today"');
    assert.ok(counts.due.length > 0, 'the sample journal should have 1:1s due today, to check the names');
    return `1:1 today: ${text}`;
  }

  it('shows nothing while reminders are off (the default)', async () => {
    const api = await activeApi();
    assert.equal(config().get('reminders.enabled'), false);
    assert.equal(api.reminders.lastShown(), undefined);
  });

  it('shows one digest for today once enabled, past the reminder time, with the names of who is due', async () => {
    const api = await activeApi();
    const text = await expected(true);
    const shown = new Promise<Digest>((resolve) => {
      const sub = api.reminders.onDidShow((d) => { sub.dispose(); resolve(d); });
    });
    await config().update('reminders.time', '00:00', vscode.ConfigurationTarget.Workspace);
    await config().update('reminders.enabled', true, vscode.ConfigurationTarget.Workspace);
    const digest = await within(shown, 20_000, 'the digest');
    assert.deepEqual(digest, { date: today(), text });
    assert.match(digest.text, /^1:1 today: \d+ 1:1s? due today \(/);

    // Another settings change the same day does not show it again.
    let again = 0;
    const sub = api.reminders.onDidShow(() => again++);
    try {
      await config().update('reminders.time', '00:01', vscode.ConfigurationTarget.Workspace);
      await waitFor('the new time to be read', () => config().get('reminders.time') === '00:01', 10_000);
      assert.equal(api.reminders.lastShown()?.date, today());
      assert.equal(again, 0, 'the digest was shown twice in one day');
    } finally {
      sub.dispose();
    }
  });

  it('says counts only in privacy mode: no name of anyone due', async () => {
    const api = await activeApi();
    const due = digestCounts(api.journal.directory(), api.journal.meetings(), api.journal.followUps(), today(), undefined, viewOptions().weekMode).due;
    await vscode.commands.executeCommand('oneOnOne.togglePrivacyMode');
    try {
      // Cool-offs ended are counted since the last digest (today): compare the rest of the wording.
      const text = await api.reminders.preview();
      assert.ok(text, 'nothing to say in privacy mode');
      assert.match(text, /^1:1 today: \d+ 1:1s? due today(?: · \d+ follow-ups? due)?(?: · \d+ cool-offs? ended)?$/);
      for (const name of due) {
        for (const part of name.split(' ')) assert.ok(!text.includes(part), `"${part}" of ${name} is in the privacy-mode digest: ${text}`);
      }
      assert.ok((await expected(false)).startsWith(text.split(' · ')[0]), text);
    } finally {
      await vscode.commands.executeCommand('oneOnOne.togglePrivacyMode');
    }
  });
});
