/**
 * End-to-end check of writing notes: "1:1: New 1:1 Note…" from the command palette, a person
 * picked in the quick pick, the default meeting type accepted, the note opened from its template.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { waitFor } from '../../scripts/lib/poll';
import { normalise, type Workbench } from './workbench';

const TITLE = '1:1: New 1:1 Note…';
// Not Carly: a new, still empty note with her would end the status streak the dashboard's
// drift card shows for the sample journal (and its screenshot would show no drift).
const PERSON = 'Dana Diaz';

export async function newNoteFromPalette(workbench: Workbench, folder: string, today: string): Promise<void> {
  const page = workbench.page;
  const input = page.locator('.quick-input-widget input');
  const title = page.locator('.quick-input-widget .quick-input-title');
  const listText = async (): Promise<string> => normalise((await page.locator('.quick-input-list').innerText().catch(() => '')) || '(nothing)');
  /** Waits for the quick input titled `wanted`, retrying the palette when it answered too early. */
  const waitForTitle = async (wanted: string): Promise<void> => {
    await page.waitForFunction(
      ([selector, text]) => (document.querySelector(selector as string)?.textContent ?? '').includes(text as string),
      ['.quick-input-widget .quick-input-title', wanted],
      { timeout: 15_000 },
    ).catch(async () => {
      throw new Error(`expected a quick pick titled "${wanted}"; it showed the title "${await title.innerText().catch(() => '')}" and:\n${await listText()}`);
    });
  };

  // The palette itself (workbench.runCommand waits for the palette to close, which a command
  // that opens its own quick pick never lets it do).
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill(`>${TITLE}`);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: TITLE }).first();
    try {
      await row.waitFor({ state: 'visible', timeout: 5_000 });
      await row.click();
      break;
    } catch (error) {
      if (attempt >= 4) throw new Error(`command palette: expected a command titled "${TITLE}", the palette showed:\n${await listText()}`, { cause: error });
    }
  }

  await waitForTitle('New 1:1 Note');
  await input.fill(PERSON);
  const person = page.locator('.quick-input-list .monaco-list-row.focused', { hasText: PERSON });
  await person.waitFor({ state: 'visible', timeout: 10_000 }).catch(async () => {
    throw new Error(`expected "${PERSON}" focused in the people quick pick after typing the name; it showed:\n${await listText()}`);
  });
  await page.keyboard.press('Enter');

  await waitForTitle(`New 1:1 Note with ${PERSON}`);
  const focused = normalise((await page.locator('.quick-input-list .monaco-list-row.focused').first().innerText().catch(() => '')) || '');
  if (!/one-on-one/.test(focused) || !/default/.test(focused)) {
    throw new Error(`expected the direct report's default type "1:1 (one-on-one)" first and focused; the quick pick showed:\n${await listText()}`);
  }
  await page.keyboard.press('Enter');

  const name = `${today}.md`;
  await page.locator(`.tabs-container .tab.active:has-text(${JSON.stringify(name)})`).waitFor({ timeout: 15_000 }).catch(() => {
    throw new Error(`expected the new note ${name} to open in the active editor tab`);
  });
  const file = path.join(folder, '1on1s', 'dana-diaz', name);
  await waitFor('the new note on disk and in the editor', async () => {
    const shown = await workbench.editorText();
    const lines = shown.split('\n');
    const onDisk = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (lines.includes(`person: ${PERSON}`) && lines.includes('## Check-in') && onDisk.includes('type: one-on-one\n')) return true;
    throw new Error(`expected ${path.relative(folder, file)} on disk (type one-on-one) and in the editor with "person: ${PERSON}" and "## Check-in"; `
      + `on disk: ${onDisk ? `${onDisk.split('\n').length} lines` : 'missing'}; the editor showed:\n${lines.slice(0, 15).map((l) => `    ${l}`).join('\n')}`);
  }, 10_000, 200);
}
