/**
 * A quick pick of the journal's people, most due first (the Upcoming 1:1s order), then everyone
 * else by name. Names go through the privacy layer; in privacy mode the details that would
 * identify someone next to their initials (role, team, dates) are left out, and a row is still
 * found by the real name or an alias.
 */
import * as vscode from 'vscode';
import { describeUpcoming, upcomingOf } from '../core/cadence';
import type { Journal } from '../core/journal';
import type { Person } from '../core/model';
import type { Privacy, SearchableItem } from './privacy';
import type { Settings } from './settings';
import { today } from './today';

type PersonItem = SearchableItem & { person?: Person };

export interface PickPersonOptions {
  title: string;
  placeHolder: string;
  /** Only people this returns true for (default: everyone but me). */
  filter?: (person: Person) => boolean;
}

export async function pickPerson(journal: Journal, settings: Settings, privacy: Privacy, options: PickPersonOptions): Promise<Person | undefined> {
  const directory = journal.directory();
  const t = today();
  const keep = options.filter ?? ((p: Person) => p !== directory.me);
  const entries = upcomingOf(journal, t, { weekMode: settings.weekMode }).filter((e) => keep(e.person));
  const details = (person: Person): string | undefined => (privacy.on ? undefined : [person.profile?.role, person.profile?.team].filter(Boolean).join(' · ') || undefined);
  const items: PersonItem[] = [];
  if (entries.length > 0) items.push({ label: 'Most due first', kind: vscode.QuickPickItemKind.Separator });
  for (const entry of entries) {
    items.push({
      label: privacy.name(entry.person.name),
      ...(details(entry.person) ? { description: details(entry.person) } : {}),
      ...(privacy.on ? {} : { detail: describeUpcoming(entry, t) }),
      match: [entry.person.name, ...entry.person.aliases],
      person: entry.person,
    });
  }
  const listed = new Set(entries.map((e) => e.person));
  const rest = directory.people.filter((p) => !listed.has(p) && keep(p)).sort((a, b) => a.name.localeCompare(b.name));
  if (rest.length > 0) items.push({ label: 'Everyone else', kind: vscode.QuickPickItemKind.Separator });
  for (const person of rest) {
    items.push({ label: privacy.name(person.name), ...(details(person) ? { description: details(person) } : {}), match: [person.name, ...person.aliases], person });
  }
  if (!items.some((i) => i.person)) {
    void vscode.window.showInformationMessage('There is nobody in the journal yet: add a person profile or write a 1:1 note first.');
    return undefined;
  }
  // In privacy mode the rows show initials and are still found by the real name.
  const choice = await privacy.showQuickPick(items, { title: options.title, placeHolder: options.placeHolder, matchOnDescription: true });
  return choice?.person;
}

/** A person's name from a command argument: a string, an Upcoming row or a People row. */
export function personArgument(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg.trim() || undefined;
  if (!arg || typeof arg !== 'object') return undefined;
  const node = arg as { entry?: { person?: { name?: unknown } }; person?: unknown };
  if (typeof node.entry?.person?.name === 'string') return node.entry.person.name;
  if (typeof node.person === 'string') return node.person;
  if (node.person && typeof node.person === 'object' && typeof (node.person as { name?: unknown }).name === 'string') {
    return (node.person as { name: string }).name;
  }
  return undefined;
}
