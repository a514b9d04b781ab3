/**
 * Import of an org chart from CSV (SPEC §1.3): header `name,reportsTo,team,role,email` in any
 * order, quoted fields, BOM, CRLF. Plans profile files to create and updates to make, never
 * touching a profile's body or frontmatter keys the CSV does not own.
 */
import { parse } from 'csv-parse/sync';
import { nameKey, slugify } from './names';
import { closingFenceIndex, isOpeningFence } from './parse/fence';

/** The columns the CSV may hold, by their normalised header name. */
const COLUMNS = { name: 'name', reportsto: 'reportsTo', team: 'team', role: 'role', email: 'email' } as const;
type Field = (typeof COLUMNS)[keyof typeof COLUMNS];

export interface OrgRow {
  /** 1-based line of the row in the CSV file. */
  line: number;
  name: string;
  fields: Partial<Record<Exclude<Field, 'name'>, string>>;
}

export type OrgCsvResult =
  | { ok: true; rows: OrgRow[]; skipped: Array<{ line: number; reason: string }>; ignoredColumns: string[] }
  | { ok: false; error: string };

function normaliseHeader(header: string): string {
  return header.trim().toLowerCase().replace(/[\s_-]+/g, '');
}

/** Reads and validates the CSV; on any structural problem returns an error naming the line. */
export function parseOrgCsv(text: string): OrgCsvResult {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: false }) as string[][];
  } catch (error) {
    return { ok: false, error: `${describeCsvError(error)} Nothing was imported.` };
  }
  if (records.length === 0) return { ok: false, error: 'This CSV is empty. Nothing was imported.' };
  const header = records[0].map(normaliseHeader);
  const columnOf = new Map<Field, number>();
  const ignoredColumns: string[] = [];
  header.forEach((h, i) => {
    const field = (COLUMNS as Record<string, Field>)[h];
    if (field && !columnOf.has(field)) columnOf.set(field, i);
    else ignoredColumns.push(records[0][i]);
  });
  if (!columnOf.has('name') || columnOf.size < 2) {
    return {
      ok: false,
      error: `Line 1 must be a header with a "name" column and at least one of reportsTo, team, role, email (any order); found "${records[0].join(',')}". Nothing was imported.`,
    };
  }
  // csv-parse counts records, not lines; a quoted field may span lines, so map record → line.
  const lines = recordLines(text, records.length);
  const rows: OrgRow[] = [];
  const skipped: Array<{ line: number; reason: string }> = [];
  const seen = new Set<string>();
  for (let r = 1; r < records.length; r++) {
    const record = records[r];
    const line = lines[r] ?? r + 1;
    const clean = (value: string | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();
    const name = clean(record[columnOf.get('name')!]);
    if (!name) {
      skipped.push({ line, reason: 'no name' });
      continue;
    }
    if (seen.has(nameKey(name))) {
      skipped.push({ line, reason: `"${name}" appears earlier in the file` });
      continue;
    }
    seen.add(nameKey(name));
    const fields: OrgRow['fields'] = {};
    for (const field of ['reportsTo', 'team', 'role', 'email'] as const) {
      const i = columnOf.get(field);
      const value = i === undefined ? '' : clean(record[i]);
      if (value) fields[field] = value;
    }
    rows.push({ line, name, fields });
  }
  return { ok: true, rows, skipped, ignoredColumns };
}

function describeCsvError(error: unknown): string {
  const e = error as { code?: string; lines?: number; message?: string; record?: unknown[] };
  const line = typeof e.lines === 'number' ? `Line ${e.lines}` : 'A line';
  switch (e.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
    case 'CSV_RECORD_INCONSISTENT_COLUMNS':
      return `${line} has ${Array.isArray(e.record) ? e.record.length : 'a different number of'} fields, not as many as the header.`;
    case 'CSV_QUOTE_NOT_CLOSED':
      return `${line} opens a quote that is never closed.`;
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return `${line} has text right after a closing quote.`;
    default:
      return `${line} is not valid CSV: ${String(e.message ?? error).split('\n')[0]}`;
  }
}

/** The 1-based line on which each record starts (records may span lines inside quotes). */
function recordLines(text: string, count: number): number[] {
  const starts: number[] = [];
  let line = 1;
  let inQuotes = false;
  let atRecordStart = true;
  for (let i = 0; i < text.length && starts.length < count; i++) {
    const c = text[i];
    if (atRecordStart && c !== '\n' && c !== '\r' && c !== '\uFEFF') {
      starts.push(line);
      atRecordStart = false;
    }
    if (c === '"') inQuotes = !inQuotes;
    if (c === '\n') {
      line++;
      if (!inQuotes) atRecordStart = true;
    }
  }
  return starts;
}

/** An existing profile, as the import sees it. */
export interface ExistingProfile {
  uri: string;
  name: string;
  aliases: readonly string[];
  text: string;
}

export interface ImportPlan {
  create: Array<{ path: string; name: string; text: string }>;
  update: Array<{ uri: string; name: string; text: string }>;
  unchanged: string[];
  skipped: Array<{ line: number; reason: string }>;
}

/**
 * Decides, per row, whether to create a profile at `<peopleFolder>/<slug>.md` or update the
 * existing one (matched by name or alias). `existingPaths` are the workspace-relative paths
 * already taken, so a new file never lands on another file.
 */
export function planOrgImport(rows: readonly OrgRow[], profiles: readonly ExistingProfile[], peopleFolder: string, existingPaths: ReadonlySet<string>): ImportPlan {
  const byKey = new Map<string, ExistingProfile>();
  for (const p of profiles) {
    for (const n of [p.name, ...p.aliases]) if (!byKey.has(nameKey(n))) byKey.set(nameKey(n), p);
  }
  const plan: ImportPlan = { create: [], update: [], unchanged: [], skipped: [] };
  const taken = new Set(existingPaths);
  const folder = peopleFolder.replace(/^\.?\/+|\/+$/g, '');
  for (const row of rows) {
    const existing = byKey.get(nameKey(row.name));
    if (existing) {
      const text = setFrontmatterKeys(existing.text, row.fields);
      if (text === existing.text) plan.unchanged.push(existing.name);
      else plan.update.push({ uri: existing.uri, name: existing.name, text });
      continue;
    }
    const slug = slugify(row.name);
    let path = `${folder ? `${folder}/` : ''}${slug}.md`;
    for (let n = 2; taken.has(path); n++) path = `${folder ? `${folder}/` : ''}${slug}-${n}.md`;
    taken.add(path);
    plan.create.push({ path, name: row.name, text: newProfileText(row) });
  }
  return plan;
}

function newProfileText(row: OrgRow): string {
  const lines = ['---', 'kind: person', `name: ${yamlScalar(row.name)}`];
  for (const key of ['role', 'team', 'reportsTo', 'email'] as const) {
    const value = row.fields[key];
    if (value) lines.push(`${key}: ${yamlScalar(value)}`);
  }
  lines.push('---', '', '');
  return lines.join('\n');
}

/**
 * Sets top-level frontmatter keys, line by line: an existing key's line is replaced, a missing
 * key is added before the closing fence. Other keys, comments and the body stay byte for byte.
 */
export function setFrontmatterKeys(text: string, values: Readonly<Record<string, string | undefined>>): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const lines = text.slice(bom.length).split(/\r?\n/);
  if (!isOpeningFence(lines[0] ?? '')) {
    const added = Object.entries(values).filter(([, v]) => v).map(([k, v]) => `${k}: ${yamlScalar(v!)}`);
    return bom + ['---', 'kind: person', ...added, '---', ''].join(eol) + text.slice(bom.length);
  }
  let close = closingFenceIndex(lines) ?? -1;
  if (close < 0) return text; // malformed frontmatter: leave it alone
  for (const [key, value] of Object.entries(values)) {
    if (!value) continue;
    const rendered = `${key}: ${yamlScalar(value)}`;
    const at = lines.findIndex((l, i) => i > 0 && i < close && new RegExp(`^${key}\\s*:`).test(l));
    if (at >= 0) {
      if (currentScalar(lines[at]) !== value) lines[at] = rendered;
    } else {
      lines.splice(close, 0, rendered);
      close++;
    }
  }
  return bom + lines.join(eol);
}

function currentScalar(line: string): string {
  return line.slice(line.indexOf(':') + 1).replace(/\s+#.*$/, '').trim().replace(/^(['"])(.*)\1$/, '$2');
}

/** A YAML scalar: bare when safe, double-quoted otherwise. */
function yamlScalar(value: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} .,'()&/+-]*$/u.test(value) && !/^(true|false|yes|no|null|on|off|~)$/i.test(value) && !/^\d[\d:.-]*$/.test(value)
    ? value
    : JSON.stringify(value);
}
