/**
 * Which people completion offers, in which order (docs/FORMAT.md#views-and-commands): each
 * person once, with every name they go by to filter on (aliases find the person, they are not
 * rows of their own); in a note, the note's own person first — the follow-ups written in a 1:1
 * are mostly theirs or mine — then me, then everyone else by name. Pure.
 */
import type { Person } from './model';
import { nameKey } from './names';
import type { Directory } from './people';

/** One person to offer: `names` are the name and then the aliases, each once. */
export interface PersonOffer {
  person: Person;
  /** `note`: the person of the note being written; `me`: the person with `relationship: self`. */
  role: 'note' | 'me' | 'other';
  names: string[];
}

/** The name and aliases, without repeats (case-, accent- and spacing-insensitive). */
export function namesOf(person: Pick<Person, 'name' | 'aliases'>): string[] {
  const seen = new Set<string>();
  return [person.name, ...person.aliases].filter((n) => {
    const key = nameKey(n);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The people to offer: the note's person first (`notePerson`, any name or alias they go by),
 * then me when `includeMe`, then the others by name. Nobody twice, whatever the aliases.
 */
export function peopleToOffer(directory: Pick<Directory, 'people' | 'me' | 'resolve'>, options: { notePerson?: string; includeMe: boolean }): PersonOffer[] {
  const notePerson = options.notePerson ? directory.resolve(options.notePerson) : undefined;
  const offers: PersonOffer[] = [];
  const taken = new Set<Person>();
  const add = (person: Person | undefined, role: PersonOffer['role']): void => {
    if (!person || taken.has(person)) return;
    if (person === directory.me && !options.includeMe) return;
    taken.add(person);
    offers.push({ person, role: person === directory.me ? 'me' : role, names: namesOf(person) });
  };
  add(notePerson, 'note');
  add(directory.me, 'me');
  for (const person of [...directory.people].sort((a, b) => a.name.localeCompare(b.name))) add(person, 'other');
  return offers;
}

/**
 * The `person:` written in a frontmatter being typed (before the index has read it): the value
 * of the first `person:` line, without quotes, wiki-link brackets or a trailing comment.
 */
export function personInFrontmatter(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const m = /^\s*['"]?person['"]?\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    let value = m[1].replace(/\s+#.*$/, '').trim();
    value = value.replace(/^(['"])(.*)\1$/, '$2').replace(/^\[\[(.*)\]\]$/, '$1').trim();
    return value || undefined;
  }
  return undefined;
}
