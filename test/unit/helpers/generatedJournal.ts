/**
 * Large journals written to a temporary folder for the CLI's load tests: `notes` 1:1 notes spread
 * over `people` people, each with open and done follow-ups, so the output runs to megabytes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Writes the journal under `root` and returns how many open follow-ups it holds. */
export function writeGeneratedJournal(root: string, notes: number, people = 40): { openFollowUps: number } {
  let open = 0;
  for (let p = 0; p < people; p++) {
    fs.mkdirSync(path.join(root, '1on1s', `person-${p}`), { recursive: true });
  }
  fs.mkdirSync(path.join(root, 'people'), { recursive: true });
  for (let p = 0; p < people; p++) {
    fs.writeFileSync(path.join(root, 'people', `person-${p}.md`), `---\nkind: person\nname: Person ${p}\nreportsTo: Dana Diaz\n---\n`);
  }
  fs.writeFileSync(path.join(root, 'people', 'dana-diaz.md'), '---\nkind: person\nname: Dana Diaz\nrelationship: self\n---\n');
  for (let i = 0; i < notes; i++) {
    const p = i % people;
    const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const body = [
      '## Follow-ups',
      `- [ ] send Person ${p} the notes from meeting ${i} due:2030-01-01`,
      `- [ ] @Person${p} review the proposal number ${i} — a longer line so the output grows past any pipe buffer`,
      `- [x] book the room for meeting ${i}`,
    ];
    open += 2;
    fs.writeFileSync(path.join(root, '1on1s', `person-${p}`, `${day}.md`), `---\nperson: Person ${p}\ndate: ${day}\n---\n${body.join('\n')}\n`);
  }
  return { openFollowUps: open };
}
