/**
 * The privacy sweep (issue 14): with privacy mode on, every surface the extension draws — the
 * three views with every row expanded and hovered, the pickers, completion, the notifications —
 * must show no full name, alias, role, team or confidential text of the fixture journal. The
 * strings are collected from the fixture's files, never written here.
 */
import { loadJournal } from '../../src/node/loadJournal';
import { normalise, type Workbench } from './workbench';

/** What must not show in privacy mode, read from the fixture journal. */
export async function fixtureSecrets(folder: string): Promise<string[]> {
  const { journal } = await loadJournal(folder);
  const people = journal.directory().people;
  const secrets = new Set<string>();
  for (const p of people) {
    if (p.name.includes(' ')) secrets.add(p.name);
    // Short aliases ("CC") would match unrelated words of the workbench; three letters and up.
    for (const alias of p.aliases) if (alias.length >= 3) secrets.add(alias);
    if (p.profile?.role) secrets.add(p.profile.role);
    if (p.profile?.team) secrets.add(p.profile.team);
  }
  for (const f of journal.followUps({ includeDone: true })) if (f.confidential && f.text.length > 8) secrets.add(f.text);
  return [...secrets];
}

/** The secrets found in `text` as whole words. */
export function leaksIn(text: string, secrets: readonly string[]): string[] {
  return secrets.filter((s) => new RegExp(`(?<![\\p{L}\\p{N}_])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_])`, 'u').test(text));
}

/** Everything an element shows, or says to a screen reader: text, aria-labels and titles. */
async function surfaceText(workbench: Workbench, selector: string): Promise<string> {
  return workbench.page.locator(selector).evaluateAll((elements) => elements.map((root) => {
    const parts = [(root as HTMLElement).innerText];
    root.querySelectorAll('[aria-label], [title]').forEach((e) => parts.push(e.getAttribute('aria-label') ?? '', e.getAttribute('title') ?? ''));
    return parts.join('\n');
  }).join('\n')).then(normalise);
}

/**
 * Runs the sweep; privacy mode must be on, with the notifications from before it went on cleared
 * (the notification center keeps what was shown while it was off). Returns what each surface leaked (empty = clean).
 * `views` are the titles of the side-bar views.
 */
export async function sweepPrivacy(workbench: Workbench, folder: string, views: readonly string[]): Promise<string[]> {
  const secrets = await fixtureSecrets(folder);
  const problems: string[] = [];
  const check = (surface: string, text: string): void => {
    const leaks = leaksIn(text, secrets);
    if (leaks.length > 0) problems.push(`${surface} shows: ${leaks.join(' | ')}`);
  };
  const page = workbench.page;

  // Every view, every row expanded, every row hovered.
  for (const view of views) {
    for (const other of views) if (other !== view) await workbench.setPaneExpanded(other, false);
    await workbench.readView(view, { expandAll: true });
    check(`the "${view}" view`, await surfaceText(workbench, `.part.sidebar .pane:has(> .pane-header:has(h3.title:text-is(${JSON.stringify(view)})))`));
    const rows = workbench.pane(view).locator('.monaco-list-row');
    const count = await rows.count();
    for (let i = 0; i < count; i++) {
      await rows.nth(i).hover().catch(() => undefined);
      const hover = page.locator('.workbench-hover-container, .monaco-hover').first();
      await hover.waitFor({ state: 'visible', timeout: 2_500 }).catch(() => undefined);
      check(`the tooltip of row ${i + 1} of "${view}"`, await surfaceText(workbench, '.workbench-hover-container, .monaco-hover'));
      await page.mouse.move(2, 2);
    }
  }
  for (const view of views) await workbench.setPaneExpanded(view, true);

  // Every picker, and one search by a real name: typing it still finds the masked row.
  const { journal } = await loadJournal(folder);
  const someone = journal.directory().people.find((p) => p.name.includes(' ') && p.relationship === 'direct');
  for (const title of ['1:1: New 1:1 Note…', '1:1: Open Last Note With…', '1:1: Copy Shareable Summary', '1:1: Suggest Skip-Level']) {
    try {
      // The palette hands over to the command's own picker: run it by hand and wait for that one.
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill(`>${title}`);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10_000 });
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => !(document.querySelector('.quick-input-widget input') as HTMLInputElement | null)?.value.startsWith('>'), undefined, { timeout: 10_000 });
      await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 10_000 });
      check(`the "${title}" picker`, await surfaceText(workbench, '.quick-input-widget'));
      if (title === '1:1: New 1:1 Note…' && someone) {
        await page.keyboard.type(someone.name.split(' ')[0]);
        // The extension answers each keystroke from its host: wait for the masked row to come back.
        const masked = page.locator('.quick-input-list .monaco-list-row', { hasText: /^\s*\S\.\S\./ }).first();
        const found = await masked.waitFor({ state: 'visible', timeout: 10_000 }).then(() => true, () => false);
        const rows = normalise(await page.locator('.quick-input-list').innerText());
        if (!found) problems.push(`typing "${someone.name.split(' ')[0]}" in New 1:1 Note finds no masked person; the picker shows:\n${rows}`);
        check(`the "${title}" picker after typing a name`, await surfaceText(workbench, '.quick-input-widget'));
      }
    } catch (error) {
      problems.push(`${title}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      await page.keyboard.press('Escape');
    }
  }

  // The notifications (each path that ran above, and privacy mode's own offer).
  check('the notifications', await workbench.notificationsText());
  check('the status bar', await surfaceText(workbench, '.part.statusbar'));
  return problems;
}
