/**
 * Import of an org chart from CSV (docs/FORMAT.md#people): header `name,reportsTo,team,role,email` in any
 * order, quoted fields, BOM, CRLF. Plans profile files to create and updates to make, never
 * touching a profile's body or frontmatter keys the CSV does not own.
 */
import { readCsv, type CsvProblem } from './csv';
import { nameKey, slugify } from './names';
import { frontmatterScalar, profileScalar, setFrontmatterKeys } from './profileFrontmatter';

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
  const csv = readCsv(text);
  if (!csv.ok) return { ok: false, error: `${describeCsvProblem(csv.problem)} Nothing was imported.` };
  const { records, lines } = csv;
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

function describeCsvProblem(problem: CsvProblem): string {
  const line = `Line ${problem.line}`;
  switch (problem.code) {
    case 'field-count':
      return `${line} has ${problem.fields} fields, not as many as the header.`;
    case 'unclosed-quote':
      return `${line} opens a quote that is never closed: add the closing " (a quote inside a quoted field is written "").`;
    case 'text-after-quote':
      return `${line} has text right after a closing quote.`;
    case 'quote-inside-field':
      return `${line} has a quote inside a field that does not start with one: quote the whole field and write the quote inside it as "".`;
  }
}

/** An existing profile, as the import sees it. */
export interface ExistingProfile {
  uri: string;
  name: string;
  aliases: readonly string[];
  text: string;
}

/** One field the import sets: its value before (null when the profile has none) and after. */
export interface FieldChange {
  field: string;
  from: string | null;
  to: string;
}

export interface ImportPlan {
  /** New profiles, with the fields they get (all `from: null`). */
  create: Array<{ path: string; name: string; text: string; changes: FieldChange[] }>;
  /** Existing profiles whose frontmatter changes, field by field. */
  update: Array<{ uri: string; name: string; text: string; changes: FieldChange[] }>;
  unchanged: string[];
  skipped: Array<{ line: number; reason: string }>;
}

const FIELD_ORDER = ['role', 'team', 'reportsTo', 'email'] as const;

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
      const changes = FIELD_ORDER.flatMap((field): FieldChange[] => {
        const to = row.fields[field];
        const from = frontmatterScalar(existing.text, field) ?? null;
        return to && to !== from ? [{ field, from, to }] : [];
      });
      if (text === existing.text) plan.unchanged.push(existing.name);
      else plan.update.push({ uri: existing.uri, name: existing.name, text, changes });
      continue;
    }
    const slug = slugify(row.name);
    let path = `${folder ? `${folder}/` : ''}${slug}.md`;
    for (let n = 2; taken.has(path); n++) path = `${folder ? `${folder}/` : ''}${slug}-${n}.md`;
    taken.add(path);
    const changes = FIELD_ORDER.flatMap((field): FieldChange[] => (row.fields[field] ? [{ field, from: null, to: row.fields[field]! }] : []));
    plan.create.push({ path, name: row.name, text: newProfileText(row), changes });
  }
  return plan;
}

function newProfileText(row: OrgRow): string {
  const lines = ['---', 'kind: person', `name: ${profileScalar(row.name)}`];
  for (const key of FIELD_ORDER) {
    const value = row.fields[key];
    if (value) lines.push(`${key}: ${profileScalar(value)}`);
  }
  lines.push('---', '', '');
  return lines.join('\n');
}

/** What an applied import did, for the message and the command's result. */
export interface ImportSummary {
  created: string[];
  updated: Array<{ name: string; fields: string[] }>;
  unchanged: string[];
  skipped: Array<{ line: number; reason: string }>;
}

export function summaryOf(plan: ImportPlan, skipped: ImportPlan['skipped']): ImportSummary {
  return {
    created: plan.create.map((c) => c.name),
    updated: plan.update.map((u) => ({ name: u.name, fields: u.changes.map((c) => c.field) })),
    unchanged: plan.unchanged,
    skipped,
  };
}

const MAX_NAMED = 5;

function namedList(names: readonly string[]): string {
  return names.length <= MAX_NAMED ? names.join(', ') : `${names.slice(0, MAX_NAMED).join(', ')} and ${names.length - MAX_NAMED} more`;
}

/**
 * `Org chart imported: created Zoe Quint; updated Dana Diaz (role, team); 2 unchanged; skipped
 * line 4 (no name).` `show` is how a name is put on screen (the privacy layer's).
 */
export function describeImport(s: ImportSummary, show: (name: string) => string = (n) => n): string {
  const parts = [
    s.created.length ? `created ${namedList(s.created.map(show))}` : '',
    s.updated.length ? `updated ${namedList(s.updated.map((u) => `${show(u.name)} (${u.fields.join(', ')})`))}` : '',
    s.unchanged.length ? `${s.unchanged.length} unchanged` : '',
    s.skipped.length ? `skipped ${s.skipped.slice(0, 3).map((x) => `line ${x.line} (${x.reason})`).join(', ')}${s.skipped.length > 3 ? ` and ${s.skipped.length - 3} more` : ''}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : 'nothing to import';
}

/**
 * The preview shown before anything is written: every profile to create or update, field by
 * field, what stays unchanged and the rows skipped with their line. `show` masks names.
 */
export function importPreviewMarkdown(source: string, plan: ImportPlan, skipped: ImportPlan['skipped'], show: (name: string) => string = (n) => n): string {
  const value = (c: FieldChange, v: string | null): string => (v === null ? '(none)' : c.field === 'reportsTo' ? show(v) : v);
  const lines = [
    `# Import org chart from ${source}`,
    '',
    plan.create.length + plan.update.length > 0
      ? 'Nothing is written until you choose **Apply** (this editor\'s title bar, or the notification). One undo reverts the whole import.'
      : 'There is nothing to write: every profile already says what the CSV says.',
    '',
  ];
  if (plan.create.length) {
    lines.push(`## Create ${plan.create.length} profile${plan.create.length === 1 ? '' : 's'}`, '');
    for (const c of plan.create) {
      lines.push(`- **${show(c.name)}** — \`${c.path}\``);
      for (const ch of c.changes) lines.push(`  - ${ch.field}: ${value(ch, ch.to)}`);
    }
    lines.push('');
  }
  if (plan.update.length) {
    lines.push(`## Update ${plan.update.length} profile${plan.update.length === 1 ? '' : 's'}`, '');
    for (const u of plan.update) {
      lines.push(`- **${show(u.name)}**`);
      for (const ch of u.changes) lines.push(`  - ${ch.field}: ${value(ch, ch.from)} → ${value(ch, ch.to)}`);
    }
    lines.push('');
  }
  if (plan.unchanged.length) lines.push(`## Unchanged: ${plan.unchanged.length}`, '', plan.unchanged.map(show).join(', '), '');
  if (skipped.length) {
    lines.push(`## Skipped: ${skipped.length} row${skipped.length === 1 ? '' : 's'}`, '');
    for (const s of skipped) lines.push(`- line ${s.line}: ${s.reason}`);
    lines.push('');
  }
  return lines.join('\n');
}

/**
 * The smallest replacement turning `before` into `after`: offsets into `before` and the new text,
 * so an update touches only the lines that change (never the body, never another line).
 */
export function minimalReplacement(before: string, after: string): { start: number; end: number; text: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < before.length - start && tail < after.length - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
}
