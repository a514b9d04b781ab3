/** Readers for the values managers write in frontmatter: types, cadences, ranges, lists. */
import { isIsoDate, parseCalendarDate } from '../dates';
import type { IsoDate, MeetingType, Relationship } from '../model';

const TYPE_ALIASES: Readonly<Record<string, MeetingType>> = {
  'one-on-one': 'one-on-one',
  'one on one': 'one-on-one',
  'one-to-one': 'one-on-one',
  '1:1': 'one-on-one',
  '1-1': 'one-on-one',
  '1on1': 'one-on-one',
  direct: 'one-on-one',
  'skip-level': 'skip-level',
  'skip level': 'skip-level',
  skiplevel: 'skip-level',
  skip: 'skip-level',
  peer: 'peer',
  'peer-1:1': 'peer',
  'peer 1:1': 'peer',
  'peer-one-on-one': 'peer',
};

/** Normalises a meeting type or one of its aliases; undefined when it is none of them. */
export function parseMeetingType(value: unknown): MeetingType | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  return TYPE_ALIASES[String(value).trim().toLowerCase()];
}

const RELATIONSHIPS: readonly Relationship[] = ['direct', 'skip', 'peer', 'manager', 'self'];

export function parseRelationship(value: unknown): Exclude<Relationship, 'other'> | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'skip-level') return 'skip';
  if (v === 'me') return 'self';
  return RELATIONSHIPS.includes(v as Relationship) ? (v as Exclude<Relationship, 'other'>) : undefined;
}

const NAMED_CADENCES: Readonly<Record<string, number | null>> = {
  daily: 1,
  weekly: 7,
  'every week': 7,
  biweekly: 14,
  'bi-weekly': 14,
  fortnightly: 14,
  'every other week': 14,
  monthly: 30,
  'every month': 30,
  quarterly: 91,
  none: null,
  never: null,
};

/**
 * Cadence in days: `weekly`, `biweekly`, `monthly`, `every N weeks`, `N days`, `every N days`,
 * `N weeks`, or a bare number of days. `none` = no cadence (null). undefined = not a cadence.
 */
export function parseCadence(value: unknown): number | null | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase().replace(/\s+/g, ' ');
  if (v in NAMED_CADENCES) return NAMED_CADENCES[v];
  const m = /^(?:every )?(\d+) ?(d|days?|w|weeks?)$/.exec(v);
  if (!m) return /^\d+$/.test(v) && Number(v) > 0 ? Number(v) : undefined;
  const n = Number(m[1]);
  if (n <= 0) return undefined;
  return m[2].startsWith('w') ? n * 7 : n;
}

/** `2026-12-20..2027-01-05` (also `to` or an en dash between). Inclusive. */
export function parseDateRange(value: unknown): { from: IsoDate; to: IsoDate } | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\S+)\s*(?:\.\.|–|—|\bto\b)\s*(\S+)\s*$/.exec(value);
  if (!m) return undefined;
  const from = parseCalendarDate(m[1]);
  const to = parseCalendarDate(m[2]);
  if (!from || !to || to < from) return undefined;
  return { from, to };
}

/**
 * `away`: one range, a YAML list of ranges, or ranges separated by commas → the valid ranges
 * sorted by start, and each item that is not a range, as written, with its place in the list.
 */
export function parseDateRanges(value: unknown): { ranges: { from: IsoDate; to: IsoDate }[]; bad: { index: number; text: string }[] } {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value];
  const ranges: { from: IsoDate; to: IsoDate }[] = [];
  const bad: { index: number; text: string }[] = [];
  items.forEach((item, index) => {
    if (typeof item === 'string' && !item.trim() && !Array.isArray(value)) return; // `a..b,` — a trailing comma
    const range = parseDateRange(item);
    if (range) ranges.push(range);
    else bad.push({ index, text: item instanceof Date ? item.toISOString().slice(0, 10) : String(item).trim() });
  });
  ranges.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
  return { ranges, bad };
}

/** A YAML list or a comma-separated string → trimmed non-empty strings. */
export function parseStringList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return items
    .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
    .map((v) => String(v).trim())
    .filter(Boolean);
}

export function parseBoolean(value: unknown, fallback: boolean): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase();
    if (['true', 'yes', 'on'].includes(v)) return true;
    if (['false', 'no', 'off'].includes(v)) return false;
  }
  return fallback;
}

/** Suggests the ISO form of a date written `2026/11/20`, `20.11.2026` or `11/20/2026`-like. */
export function suggestIsoDate(value: string): IsoDate | undefined {
  const v = value.trim();
  let m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(v);
  if (m) return iso(m[1], m[2], m[3]);
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  if (m) return iso(m[3], m[2], m[1]);
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  if (m) return iso(m[1], m[2], m[3]);
  return undefined;
}

function iso(y: string, m: string, d: string): IsoDate | undefined {
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isIsoDate(date) ? date : undefined;
}
