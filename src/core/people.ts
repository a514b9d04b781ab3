/**
 * The people directory: profiles and the people met in notes, the org chart from `reportsTo`,
 * who "me" is, and each person's relationship to me. Pure: built from parsed files on demand.
 */
import type { JournalDiagnostic, MeetingType, Note, Person, PersonProfile, Relationship } from './model';
import { nameKey } from './names';
import { diagnosticMessage, type Part } from './privacy';

export interface DirectoryInput {
  profiles: readonly PersonProfile[];
  /** The notes, or (cheaper, what the journal keeps up to date) one summary per person name. */
  notes?: readonly Note[];
  noteSummaries?: readonly NoteSummary[];
  /** The `oneOnOne.me` setting: name or alias of me, used when no profile says `relationship: self`. */
  me?: string;
}

/** What the directory needs of the notes written with one `person` name. */
export interface NoteSummary {
  personName: string;
  /** The first of those notes in URI order: who writes a name first decides its spelling. */
  firstUri: string;
  /** The latest of those notes (by date, then URI) and its type (no type = one-on-one). */
  latest: { date: string; uri: string; type: MeetingType };
}

/** Summarises notes per `person` name (names as written). */
export function summarizeNotes(notes: readonly Note[]): NoteSummary[] {
  const byName = new Map<string, NoteSummary>();
  for (const note of notes) {
    if (!note.personName) continue;
    const date = note.date ?? '';
    const type = note.explicitType ?? 'one-on-one';
    const seen = byName.get(note.personName);
    if (!seen) {
      byName.set(note.personName, { personName: note.personName, firstUri: note.uri, latest: { date, uri: note.uri, type } });
      continue;
    }
    if (note.uri < seen.firstUri) seen.firstUri = note.uri;
    if (isLater({ date, uri: note.uri }, seen.latest)) seen.latest = { date, uri: note.uri, type };
  }
  return [...byName.values()];
}

function isLater(a: { date: string; uri: string }, b: { date: string; uri: string }): boolean {
  return a.date > b.date || (a.date === b.date && a.uri > b.uri);
}

export interface Directory {
  people: readonly Person[];
  me?: Person;
  /** Finds a person by name, alias or wiki-link form; case- and accent-insensitive. */
  resolve(name: string): Person | undefined;
  /** Canonical names of the direct reports of `name` (by the chart). */
  reportsOf(name: string): readonly Person[];
  diagnostics: readonly JournalDiagnostic[];
}

const TYPE_RELATIONSHIP: Readonly<Record<MeetingType, Relationship>> = {
  'one-on-one': 'direct',
  'skip-level': 'skip',
  peer: 'peer',
};

/** The meeting type a note with this person has when its frontmatter does not say. */
export function defaultMeetingType(relationship: Relationship | undefined): MeetingType {
  if (relationship === 'skip') return 'skip-level';
  if (relationship === 'peer') return 'peer';
  return 'one-on-one';
}

export function buildDirectory(input: DirectoryInput): Directory {
  const diagnostics: JournalDiagnostic[] = [];
  const byKey = new Map<string, Person>();
  const people: Person[] = [];

  // Profiles first, in a stable order, so the first one to claim a name keeps it.
  const profiles = [...input.profiles].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  for (const profile of profiles) {
    const existing = byKey.get(nameKey(profile.name));
    if (existing) {
      diagnostics.push({
        uri: profile.uri, line: 1, severity: 'warning', code: 'duplicate-person',
        // The other file's path names the person too: left out in privacy mode.
        ...diagnosticMessage(['Another profile already uses the name "', { person: profile.name }, '"', existing.profile ? { path: ` (${existing.profile.uri})` } : ' (a note)', '; this one is ignored.']),
      });
      continue;
    }
    const person: Person = { name: profile.name, aliases: profile.aliases, profile, relationship: 'other', active: profile.active };
    people.push(person);
    byKey.set(nameKey(profile.name), person);
  }
  for (const person of people) {
    for (const alias of person.aliases) {
      const key = nameKey(alias);
      if (!byKey.has(key)) byKey.set(key, person);
    }
  }
  // A first name that belongs to exactly one person also finds them (`@Dev` → Dev Patel).
  const firstNames = new Map<string, Person | null>();
  const addFirstName = (person: Person): void => {
    const first = nameKey(person.name).split(' ')[0];
    if (first && first !== nameKey(person.name)) firstNames.set(first, firstNames.has(first) ? null : person);
  };
  people.forEach(addFirstName);
  const resolve = (name: string): Person | undefined => byKey.get(nameKey(name)) ?? firstNames.get(nameKey(name)) ?? undefined;

  // People met only in notes, in a stable order: the name first written (in URI order) wins.
  const summaries = input.noteSummaries ?? summarizeNotes(input.notes ?? []);
  const unknown = summaries.filter((n) => !resolve(n.personName))
    .sort((a, b) => (a.firstUri < b.firstUri ? -1 : a.firstUri > b.firstUri ? 1 : 0));
  for (const summary of unknown) {
    if (resolve(summary.personName)) continue;
    const person: Person = { name: summary.personName, aliases: [], relationship: 'other', active: true };
    people.push(person);
    byKey.set(nameKey(summary.personName), person);
    addFirstName(person);
  }

  // Me: the profile with relationship: self, else the setting.
  const me = people.find((p) => p.profile?.relationship === 'self') ?? (input.me ? resolve(input.me) : undefined);

  // The chart.
  const managerOf = new Map<Person, Person>();
  for (const person of people) {
    const profile = person.profile;
    if (!profile?.reportsTo) continue;
    const manager = resolve(profile.reportsTo);
    if (!manager || !manager.profile) {
      diagnostics.push({
        uri: profile.uri, line: profile.reportsToLine ?? 1, severity: 'warning', code: 'unknown-reports-to',
        ...diagnosticMessage(['reportsTo "', { person: profile.reportsTo }, '" is not a known person: create a profile for them or fix the name.']),
        data: { value: profile.reportsTo },
      });
      continue;
    }
    if (manager === person) {
      diagnostics.push({
        uri: profile.uri, line: profile.reportsToLine ?? 1, severity: 'error', code: 'reports-to-cycle',
        ...diagnosticMessage([{ person: person.name }, ' reports to themselves.']),
      });
      continue;
    }
    managerOf.set(person, manager);
    person.managerName = manager.name;
  }
  breakCycles(people, managerOf, diagnostics);

  // Depth below me.
  if (me) {
    for (const person of people) {
      let depth = 0;
      for (let p: Person | undefined = person; p && p !== me; p = managerOf.get(p)) depth++;
      if (depth > 0 && isBelow(person, me, managerOf)) person.depth = depth;
    }
  }

  // Relationships: explicit, else the chart, else the latest note's type.
  const latestNoteType = latestTypeByPerson(summaries, resolve);
  const myManager = me ? managerOf.get(me) : undefined;
  for (const person of people) {
    const explicit = person.profile?.relationship;
    if (person === me) person.relationship = 'self';
    else if (explicit) person.relationship = explicit;
    else if (person.depth === 1) person.relationship = 'direct';
    else if (person.depth !== undefined) person.relationship = 'skip';
    else if (myManager && person === myManager) person.relationship = 'manager';
    else if (myManager && managerOf.get(person) === myManager) person.relationship = 'peer';
    else {
      const type = latestNoteType.get(person);
      person.relationship = type ? TYPE_RELATIONSHIP[type] : 'other';
    }
  }

  const reports = new Map<Person, Person[]>();
  for (const [person, manager] of managerOf) {
    const list = reports.get(manager) ?? [];
    list.push(person);
    reports.set(manager, list);
  }
  for (const list of reports.values()) list.sort((a, b) => a.name.localeCompare(b.name));

  return {
    people,
    ...(me ? { me } : {}),
    resolve,
    reportsOf: (name: string) => {
      const person = resolve(name);
      return person ? reports.get(person) ?? [] : [];
    },
    diagnostics,
  };
}

function isBelow(person: Person, me: Person, managerOf: Map<Person, Person>): boolean {
  for (let p = managerOf.get(person); p; p = managerOf.get(p)) if (p === me) return true;
  return false;
}

/** Finds `reportsTo` cycles, reports each member once, and cuts the cycle so walks terminate. */
function breakCycles(people: readonly Person[], managerOf: Map<Person, Person>, diagnostics: JournalDiagnostic[]): void {
  const done = new Set<Person>();
  for (const start of people) {
    const path: Person[] = [];
    const onPath = new Set<Person>();
    let p: Person | undefined = start;
    while (p && !done.has(p) && !onPath.has(p)) {
      path.push(p);
      onPath.add(p);
      p = managerOf.get(p);
    }
    if (p && onPath.has(p)) {
      const cycle = path.slice(path.indexOf(p));
      const names = [...cycle, p].flatMap((c, i): Part[] => (i === 0 ? [{ person: c.name }] : [' → ', { person: c.name }]));
      for (const member of cycle) {
        diagnostics.push({
          uri: member.profile!.uri, line: member.profile!.reportsToLine ?? 1, severity: 'error', code: 'reports-to-cycle',
          ...diagnosticMessage(['reportsTo forms a cycle: ', ...names, '. The org chart ignores this link until it is fixed.']),
        });
      }
      // Cut the link from the last member back into the cycle.
      const last = cycle[cycle.length - 1];
      managerOf.delete(last);
      delete last.managerName;
    }
    for (const q of path) done.add(q);
  }
}

function latestTypeByPerson(summaries: readonly NoteSummary[], resolve: (name: string) => Person | undefined): Map<Person, MeetingType> {
  const latest = new Map<Person, NoteSummary['latest']>();
  for (const summary of summaries) {
    const person = resolve(summary.personName);
    if (!person) continue;
    const seen = latest.get(person);
    // A note without a type is a one-on-one (docs/FORMAT.md#notes), so its person is a direct 1:1 partner.
    if (!seen || isLater(summary.latest, seen)) latest.set(person, summary.latest);
  }
  return new Map([...latest].map(([p, v]) => [p, v.type]));
}
