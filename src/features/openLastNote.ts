/** "Open Last Note With…": a person's latest 1:1 note up to today, most recently met first. */
import * as vscode from 'vscode';
import { shortDate } from '../core/format';
import type { IsoDate } from '../core/model';
import { Commands } from '../vscode/commands';
import type { FeatureContext } from '../vscode/featureContext';
import { openAt } from '../vscode/locations';
import { personArgument } from '../vscode/pickPerson';
import { today } from '../vscode/today';

async function openLastNote({ journal, privacy }: FeatureContext, arg?: unknown): Promise<vscode.TextEditor | undefined> {
  const t = today();
  const latest = new Map<string, { date: IsoDate; uri: string }>();
  for (const m of journal.meetings()) {
    const date = m.note.date;
    if (!date || date > t) continue;
    const seen = latest.get(m.person);
    if (!seen || date > seen.date || (date === seen.date && m.note.uri > seen.uri)) latest.set(m.person, { date, uri: m.note.uri });
  }
  let name = personArgument(arg);
  if (name) name = journal.directory().resolve(name)?.name ?? name;
  else {
    const people = [...latest].sort((a, b) => b[1].date.localeCompare(a[1].date) || a[0].localeCompare(b[0]));
    if (people.length === 0) {
      void vscode.window.showInformationMessage('There is no 1:1 note yet. Create one with "1:1: New 1:1 Note…".');
      return undefined;
    }
    const aliases = new Map(journal.directory().people.map((p) => [p.name, p.aliases]));
    const choice = await privacy.showQuickPick(
      people.map(([person, last]) => ({ label: privacy.person(person), description: privacy.detail([{ date: `last met ${shortDate(last.date, t)}` }]), person, match: [person, ...(aliases.get(person) ?? [])] })),
      { title: 'Open Last Note With…', placeHolder: 'Whose last 1:1 note?', matchOnDescription: true },
    );
    name = choice?.person;
  }
  if (!name) return undefined;
  const last = latest.get(name);
  if (!last) {
    void vscode.window.showInformationMessage(`There is no past 1:1 note with ${privacy.name(name)} yet.`);
    return undefined;
  }
  return openAt(last.uri, 1);
}

export function register(ctx: FeatureContext): void {
  ctx.extension.subscriptions.push(vscode.commands.registerCommand(Commands.openLastNote, (arg?: unknown) => openLastNote(ctx, arg)));
}
