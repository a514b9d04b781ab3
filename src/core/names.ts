/** Person-name handling shared by notes, profiles and follow-up owners. */

/** Strips wiki-link brackets and an alias part: `[[Carly Chen|Carly]]` → `Carly Chen`. */
export function stripWikiLink(name: string): string {
  const trimmed = name.trim();
  const m = /^\[\[([^\]|]+)(?:\|[^\]]*)?\]\]$/.exec(trimmed);
  return (m ? m[1] : trimmed).trim();
}

/** The key people are looked up by: case-, accent- and spacing-insensitive. */
export function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    key = stripWikiLink(name)
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLocaleLowerCase('en')
      .replace(/\s+/g, ' ')
      .trim();
    // A journal has few distinct names, looked up for every note and item: remember them.
    if (nameKeys.size >= MAX_REMEMBERED_NAMES) nameKeys.clear();
    nameKeys.set(name, key);
  }
  return key;
}

const MAX_REMEMBERED_NAMES = 10_000;
const nameKeys = new Map<string, string>();

/** A file-name slug: `Carly Chen` → `carly-chen`, `José Núñez` → `jose-nunez`. */
export function slugify(name: string): string {
  const slug = nameKey(name)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'person';
}

/** Initials for privacy mode: `Carly Chen` → `C.C.`. */
export function initials(name: string): string {
  const parts = stripWikiLink(name).split(/[\s-]+/).filter(Boolean);
  return parts.map((p) => `${Array.from(p)[0]?.toLocaleUpperCase() ?? ''}.`).join('') || '?';
}
