/**
 * Deterministic corpus generator for the benchmark: a manager's journal of realistic 1:1 notes.
 *
 *   tsx bench/generate.ts --notes 10000 [--worst] [--seed 1] [--today 2026-11-20] [--force] [out-dir]
 *
 * Default output: `bench/corpus/<realistic|worst>-<N>/` (git-ignored). Same arguments, same bytes:
 * a folder already holding this corpus (same options and generator version, see `corpus.json`) is
 * kept as it is unless `--force` is given.
 *
 * The journal (realistic profile):
 * - 97 person profiles: me (`relationship: self`), my manager and their manager, four peers,
 *   two other VPs and three managers of other departments, and 84 people in an org four levels
 *   deep below me (6 direct reports, 24 at depth 2, 36 at depth 3, 18 at depth 4). Aliases,
 *   cadences, `away:` and inactive people are mixed in, like a real folder. A few people met in
 *   peer notes have no profile.
 * - Notes spread over `clamp(ceil(N / 1500), 2, 8)` years up to `today` (1 % scheduled in the next
 *   two weeks): 60 % one-on-ones with direct reports, 25 % skip-levels (depth ≥ 2), 15 % peer 1:1s;
 *   `type` written in full, as an alias (`1:1`, `skip`, `direct`…) or left out. 2–5 KB each:
 *   headings, prose, bullets, nested lists, quotes, links, the odd table, HTML comment or fenced code
 *   block (half of those hold a `- [ ]` line that is not a follow-up: ≈ 6 % of notes).
 * - 3–8 follow-ups per note (10 % of notes have none), in both token styles (`due:`/`after:`/`done:`
 *   and 📅/🛫/✅), owners `@me`, `@First`, `@"First Last"` or none, some nested, some `*` or `1.`
 *   markers, a few `#escalate` / `#confidential`.
 * - Items of notes older than six weeks are mostly done: 85 % of those notes have every item done,
 *   the others keep one or two stale open items (≈ 97 % of old items done). Items of the last six
 *   weeks are open with probability 0.7.
 *
 * `--worst`: every note has 3–8 items and at least one open item (each open with probability 0.5),
 * so no note can skip its body parse.
 *
 * `--long`: the realistic journal with long notes (20–60 KB each: many more sections, the
 * follow-ups still at the end), as someone who pastes whole documents into their notes writes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { seededRandom as prng } from './random';

export interface CorpusOptions {
  notes: number;
  worst: boolean;
  /** Long notes (20–60 KB) instead of 2–5 KB. */
  long?: boolean;
  seed: number;
  /** The journal's "today" (YYYY-MM-DD); the benchmark passes the same date to the core. */
  today: string;
}

export interface CorpusManifest extends CorpusOptions {
  generator: number;
  profiles: number;
  bytes: number;
  notesWithItems: number;
  notesWithOpenItems: number;
  openItems: number;
  items: number;
}

/** Bump when the output changes, so stale corpora are regenerated. */
export const GENERATOR_VERSION = 4;

export const MANIFEST = 'corpus.json';

export function defaultCorpusDir(options: Pick<CorpusOptions, 'notes' | 'worst' | 'long'>): string {
  return path.join(__dirname, 'corpus', `${options.worst ? 'worst' : options.long ? 'long' : 'realistic'}-${options.notes}`);
}

// ── Seeded randomness ──────────────────────────────────────────────────────────────────────────


class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = prng(seed);
  }
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
}

// ── Dates ──────────────────────────────────────────────────────────────────────────────────────

const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

// ── People ─────────────────────────────────────────────────────────────────────────────────────

const FIRST = ['Aiko', 'Amara', 'Anders', 'Ana', 'Bea', 'Bilal', 'Carly', 'Chen', 'Dana', 'Dev', 'Diego', 'Elif', 'Emeka',
  'Evan', 'Farah', 'Femi', 'Gita', 'Greta', 'Hana', 'Hugo', 'Ines', 'Ivan', 'Jonah', 'Jun', 'Kai', 'Kwame', 'Lena', 'Leo',
  'Lucia', 'Malik', 'Marco', 'Mei', 'Nadia', 'Nikhil', 'Noor', 'Olga', 'Omar', 'Pablo', 'Priya', 'Quinn', 'Rafael', 'Rosa',
  'Ruth', 'Sami', 'Sofia', 'Tariq', 'Tomás', 'Una', 'Vera', 'Wen', 'Xavier', 'Yara', 'Yusuf', 'Zoe', 'José', 'Søren'];
const LAST = ['Adeyemi', 'Alvarez', 'Bakker', 'Bellini', 'Chen', 'Costa', 'Diaz', 'Dubois', 'Eriksen', 'Ferreira', 'Garcia',
  'Haddad', 'Ito', 'Jensen', 'Kowalski', 'Kumar', 'Lindqvist', 'Mensah', 'Moreau', 'Nakamura', 'Novak', 'Okafor', 'Olsen',
  'Park', 'Patel', 'Quispe', 'Raman', 'Rossi', 'Santos', 'Schmidt', 'Silva', 'Tanaka', 'Usman', 'Vogel', 'Wagner', 'Whitaker',
  'Yilmaz', 'Zhang', 'Núñez', 'O’Brien'];
const TEAMS = ['Platform', 'Payments', 'Mobile', 'Data', 'Growth', 'Identity'];
const ROLES = ['Software Engineer', 'Software Engineer II', 'Senior Engineer', 'Staff Engineer', 'Engineer (iOS)',
  'Engineer (Android)', 'Site Reliability Engineer', 'Data Engineer', 'QA Engineer'];

interface GenPerson {
  name: string;
  first: string;
  slug: string;
  /** Depth below me; 0 = me; undefined = not below me. */
  depth?: number;
  group: 'me' | 'manager' | 'peer' | 'outside' | 'below';
  reportsTo?: string;
  role: string;
  team: string;
  hasProfile: boolean;
}

function slugOf(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function buildOrg(rng: Rng): GenPerson[] {
  const used = new Set<string>();
  const people: GenPerson[] = [];
  const newName = (): { name: string; first: string } => {
    for (;;) {
      const first = rng.pick(FIRST);
      const name = `${first} ${rng.pick(LAST)}`;
      if (!used.has(name)) {
        used.add(name);
        return { name, first };
      }
    }
  };
  const add = (p: Omit<GenPerson, 'name' | 'first' | 'slug' | 'hasProfile'> & { hasProfile?: boolean }): GenPerson => {
    const { name, first } = newName();
    const person: GenPerson = { ...p, name, first, slug: slugOf(name), hasProfile: p.hasProfile ?? true };
    people.push(person);
    return person;
  };
  const cto = add({ group: 'outside', role: 'CTO', team: 'Engineering' });
  const vp = add({ group: 'manager', role: 'VP Engineering', team: 'Engineering', reportsTo: cto.name });
  const me = add({ group: 'me', depth: 0, role: 'Director of Engineering', team: 'Engineering', reportsTo: vp.name });
  for (let i = 0; i < 4; i++) add({ group: 'peer', role: 'Director of Engineering', team: rng.pick(TEAMS), reportsTo: vp.name });
  const otherVps = [add({ group: 'outside', role: 'VP Product', team: 'Product', reportsTo: cto.name }),
    add({ group: 'outside', role: 'VP Design', team: 'Design', reportsTo: cto.name })];
  for (const ovp of otherVps) {
    for (let i = 0; i < 2; i++) add({ group: 'peer', role: `Director of ${ovp.team}`, team: ovp.team, reportsTo: ovp.name });
  }
  // People met in peer notes who never got a profile.
  for (let i = 0; i < 3; i++) add({ group: 'peer', role: 'Partner', team: 'Sales', hasProfile: false });

  // Four levels below me: 6 → 24 → 36 → 18.
  const level1 = Array.from({ length: 6 }, (_, i) => add({ group: 'below', depth: 1, role: 'Engineering Manager', team: TEAMS[i], reportsTo: me.name }));
  const level2: GenPerson[] = [];
  for (const m of level1) {
    for (let i = 0; i < 4; i++) {
      level2.push(add({ group: 'below', depth: 2, role: i < 2 ? 'Tech Lead Manager' : rng.pick(ROLES), team: m.team, reportsTo: m.name }));
    }
  }
  const level3: GenPerson[] = [];
  level2.forEach((m, i) => {
    if (i % 4 >= 2) return;
    for (let k = 0; k < 3; k++) level3.push(add({ group: 'below', depth: 3, role: k === 0 ? 'Staff Engineer (Tech Lead)' : rng.pick(ROLES), team: m.team, reportsTo: m.name }));
  });
  level3.forEach((m, i) => {
    if (i % 4 !== 0) return;
    for (let k = 0; k < 2; k++) add({ group: 'below', depth: 4, role: k === 0 ? 'Software Engineer' : 'Intern', team: m.team, reportsTo: m.name });
  });
  return people;
}

function profileText(p: GenPerson, rng: Rng, today: string): string {
  const initials = p.name.split(' ').map((w) => w[0]).join('');
  const lines = ['---', 'kind: person', `name: ${p.name}`, `aliases: [${p.first}, ${initials}]`, `role: ${p.role}`, `team: ${p.team}`];
  if (p.reportsTo) {
    // Sometimes written with the manager's first name or as a wiki link, as people do.
    const r = rng.float();
    lines.push(`reportsTo: ${r < 0.15 ? p.reportsTo.split(' ')[0] : r < 0.25 ? `"[[${p.reportsTo}]]"` : p.reportsTo}`);
  }
  if (p.group === 'me') lines.push('relationship: self');
  if (p.group === 'peer' && p.reportsTo && !p.role.startsWith('Director of Engineering')) lines.push('relationship: peer');
  if (p.depth === 1 && rng.chance(0.3)) lines.push(`cadence: ${rng.pick(['biweekly', 'every 2 weeks', 'weekly'])}`);
  if (rng.chance(0.05)) {
    const from = dayNumber(today) + rng.int(-5, 20);
    lines.push(`away: ${isoOf(from)}..${isoOf(from + rng.int(5, 30))}`);
  }
  lines.push(`active: ${p.depth !== undefined && p.depth >= 2 && rng.chance(0.05) ? 'false' : 'true'}`);
  lines.push('---');
  lines.push(`${p.role} in ${p.team}.`, '');
  for (let i = 0, n = rng.int(2, 6); i < n; i++) lines.push(`- ${rng.pick(PROSE)}`);
  lines.push('');
  return lines.join('\n');
}

// ── Note text ──────────────────────────────────────────────────────────────────────────────────

const PROSE = [
  'Tired but in good spirits; the release went out on Tuesday without a rollback.',
  'Said the on-call rotation is finally sustainable since the new runbooks landed.',
  'Wants more time for design work and less time in status meetings.',
  'We talked about how decisions get made in the team when the tech lead is out.',
  'Estimates slip when the work is the fifth settings screen this year; the team knows it.',
  'Asked what would happen if nobody picked up non-primary pages for two weeks.',
  'The migration is two weeks behind, mostly because the vendor sandbox keeps timing out.',
  'Feedback for me: my questions after incidents land as blame. Ask before, not after.',
  'Interested in mentoring the two new hires; has done it informally since September.',
  'Feels the roadmap changed three times this quarter without anyone explaining why.',
  'Shared a draft of the reliability plan; good structure, needs numbers for the SLOs.',
  'Worried about the reorg rumours. Told them what I can: nothing is decided yet.',
  'Promotion case: strong on scope and impact, thinner on written evidence of influence.',
  'The design review on Thursday went well; two teams want to reuse the approach.',
  'PLAT-1423 and PAY-877 are blocked on the same flaky integration test.',
  'Would like to present at the internal tech talk in January; offered to help with the outline.',
  'Pairing with the data team on the events schema has removed most of the weekly breakages.',
  'Energy is low; the move and the new baby are a lot. Offered flexibility on hours.',
  'We agreed to try a written pre-read before the architecture review instead of slides.',
  'Retro outcome: fewer parallel projects, one owner per incident follow-up.',
  'Hiring loop feedback has been slow; candidates wait a week for a decision.',
  'Says the best part of the job right now is the customer calls with support.',
  'The `deploy-canary` job has been red for days and nobody owns it.',
  'Read the [incident review](https://wiki.example.com/incidents/2031) together and agreed on two changes.',
  'Asked for **clearer priorities** between the platform work and the feature requests.',
  'Working hours across time zones: Lisbon overlap is only two hours a day.',
];
const QUOTES = ['"Keeping things running never shows up in reviews."', '"I would rather hear it from you than from the rumour mill."',
  '"Give me the problem, not the solution."', '"We keep re-deciding the same thing."'];
const VERBS = ['send', 'draft', 'review', 'ask', 'share', 'book', 'write up', 'follow up on', 'check', 'schedule', 'prepare', 'update',
  'close', 'raise', 'find'];
const OBJECTS = ['the budget for the conference', 'the on-call proposal', 'the promotion packet', 'feedback from the design review',
  'the staffing plan with HR', 'a rotation into Payments', 'the reliability plan numbers', 'the hiring loop calibration',
  'the migration timeline with the vendor', 'the exit-interview themes', 'a skip-level with the new hires',
  'the Q1 roadmap draft', 'the runbook for the failover scripts', 'the retro action items', 'an intro to the data team',
  'the tech talk outline', 'the interview rubric', 'the postmortem for INC-2291', 'the SLO dashboard', 'the offsite agenda'];
const SECTIONS: Record<string, string[]> = {
  'one-on-one': ['Check-in', 'Their topics', 'My topics', 'Growth & feedback'],
  'skip-level': ['How are things', 'How the work happens', 'What would you change', 'Feedback for me'],
  peer: ['Shared topics', 'Dependencies', 'Asks'],
};
const TAGS = ['career', 'on-call', 'feedback', 'hiring', 'reorg', 'growth', 'retention', 'planning', 'incident'];
const TYPE_WRITTEN: Record<string, string[]> = {
  'one-on-one': ['one-on-one', 'one-on-one', 'one-on-one', '1:1', 'direct', ''],
  'skip-level': ['skip-level', 'skip-level', 'skip', 'skip level'],
  peer: ['peer', 'peer', 'peer-1:1'],
};

interface ItemStats {
  items: number;
  open: number;
}

function followUpItem(rng: Rng, people: readonly GenPerson[], person: GenPerson, noteDay: number, done: boolean, emoji: boolean, skip: boolean): string {
  const owner = rng.float();
  const who = owner < 0.4 ? '@me ' : owner < 0.65 ? `@${person.first} ` : owner < 0.75 ? `@"${person.name}" `
    : owner < 0.85 ? '' : `@${rng.pick(people).first} `;
  let text = `${who}${rng.pick(VERBS)} ${rng.pick(OBJECTS)}`;
  if (rng.chance(0.6)) text += emoji ? ` 📅 ${isoOf(noteDay + rng.int(3, 21))}` : ` due:${isoOf(noteDay + rng.int(3, 21))}`;
  if (rng.chance(skip ? 0.3 : 0.08)) text += emoji ? ` 🛫 ${isoOf(noteDay + rng.int(7, 28))}` : ` after:${isoOf(noteDay + rng.int(7, 28))}`;
  if (rng.chance(0.01)) text += ' #escalate';
  if (rng.chance(0.03)) text += ' #confidential';
  if (done && rng.chance(0.8)) text += emoji ? ` ✅ ${isoOf(noteDay + rng.int(1, 20))}` : ` done:${isoOf(noteDay + rng.int(1, 20))}`;
  return `[${done ? (rng.chance(0.9) ? 'x' : 'X') : ' '}] ${text}`;
}

function noteText(
  rng: Rng, people: readonly GenPerson[], person: GenPerson, type: string, noteDay: number, todayDay: number, worst: boolean, stats: ItemStats, long = false,
): string {
  const out: string[] = ['---'];
  const nameForm = rng.float();
  out.push(`person: ${nameForm < 0.8 ? person.name : nameForm < 0.9 ? person.first : `"[[${person.name}]]"`}`);
  const written = rng.pick(TYPE_WRITTEN[type]);
  if (written) out.push(`type: ${written}`);
  const date = isoOf(noteDay);
  out.push(`date: ${rng.chance(0.05) ? `${date}T${String(rng.int(8, 17)).padStart(2, '0')}:30:00-08:00` : date}`);
  if (rng.chance(0.7)) out.push(`tags: [${[rng.pick(TAGS), rng.pick(TAGS)].filter((t, i, a) => a.indexOf(t) === i).join(', ')}]`);
  if (type === 'peer' && rng.chance(0.3)) out.push('confidentiality: shareable');
  out.push('---');
  if (rng.chance(0.2)) out.push(`# ${type === 'skip-level' ? 'Skip-level' : '1:1'} with ${person.first} — ${date}`, '');

  // Follow-ups first, so the body can be sized around them.
  const age = todayDay - noteDay;
  const hasItems = worst || !rng.chance(0.1);
  const items: string[] = [];
  if (hasItems) {
    const n = rng.int(3, 8);
    const emoji = rng.chance(0.4);
    let open: boolean[];
    if (worst) {
      open = Array.from({ length: n }, () => rng.chance(0.5));
      if (!open.includes(true)) open[rng.int(0, n - 1)] = true;
    } else if (age > 42) {
      open = Array.from({ length: n }, () => false);
      if (rng.chance(0.15)) {
        open[rng.int(0, n - 1)] = true;
        if (rng.chance(0.2)) open[rng.int(0, n - 1)] = true;
      }
    } else {
      open = Array.from({ length: n }, () => rng.chance(0.7));
    }
    for (let i = 0; i < n; i++) {
      const marker = rng.chance(0.9) ? '-' : rng.chance(0.5) ? '*' : `${i + 1}.`;
      const nested = i > 0 && rng.chance(0.12);
      const itemEmoji = rng.chance(0.05) ? !emoji : emoji;
      items.push(`${nested ? '  ' : ''}${marker} ${followUpItem(rng, people, person, noteDay, !open[i], itemEmoji, type === 'skip-level')}`);
      stats.items++;
      if (open[i]) stats.open++;
    }
  }

  const target = long ? rng.int(20_000, 60_000) : rng.int(2000, 5000);
  let size = out.reduce((s, l) => s + l.length + 1, 0) + items.reduce((s, l) => s + l.length + 1, 0) + 40;
  const sections = SECTIONS[type];
  // A task item placed in the prose instead of under "Follow-ups", as people do.
  const inline = items.length > 3 && rng.chance(0.15) ? items.pop() : undefined;
  const push = (...lines: string[]): void => {
    for (const line of lines) {
      out.push(line);
      size += line.length + 1;
    }
  };
  let s = 0;
  while (size < target || s < sections.length) {
    push(`## ${sections[s % sections.length]}${s >= sections.length ? ' (cont.)' : ''}`);
    const kind = rng.float();
    if (kind < 0.35) {
      // A paragraph wrapped at ~100 columns.
      let para = '';
      for (let k = 0, n = rng.int(2, 4); k < n; k++) para += (para ? ' ' : '') + rng.pick(PROSE);
      for (const line of para.match(/.{1,100}(?:\s|$)/g) ?? [para]) push(line.trimEnd());
    } else {
      for (let k = 0, n = rng.int(2, 5); k < n; k++) {
        push(`- ${rng.pick(PROSE)}`);
        if (rng.chance(0.15)) push(`  - ${rng.pick(PROSE)}`);
      }
    }
    const extra = rng.float();
    if (extra < 0.06) push('', `> ${rng.pick(QUOTES)}`);
    else if (extra < 0.09) push('', '| Metric | Last month | This month |', '|---|---|---|', `| Pages | ${rng.int(5, 40)} | ${rng.int(5, 40)} |`, `| Deploys | ${rng.int(20, 90)} | ${rng.int(20, 90)} |`);
    else if (extra < 0.105) {
      push('', '```text', rng.chance(0.5) ? '- [ ] this checklist is a pasted template, not a follow-up' : '$ ./scripts/failover --dry-run', 'kubectl rollout status deploy/api', '```');
    } else if (extra < 0.12) push('', '<!-- prompt from the template: what is on your mind this week? -->');
    if (inline && s === 1) push('', inline);
    push('');
    s++;
    if (s > (long ? 600 : 60)) break;
  }
  if (hasItems) {
    push('## Follow-ups');
    for (const item of items) push(item);
  } else if (rng.chance(0.5)) {
    push('## Follow-ups', 'Nothing this week.');
  }
  push('');
  return out.join('\n');
}

// ── The corpus ─────────────────────────────────────────────────────────────────────────────────

/**
 * Writes the corpus to `targetDir`. It is built in a sibling temporary folder and moved into place
 * at the end, so a reader (another bench run) never sees a half-written corpus.
 */
export function generateCorpus(options: CorpusOptions, targetDir: string): CorpusManifest {
  const rng = new Rng(options.seed);
  const people = buildOrg(rng);
  const outDir = `${targetDir.replace(/[/\\]+$/, '')}.tmp-${process.pid}`;
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(outDir, 'people'), { recursive: true });
  let bytes = 0;
  const write = (rel: string, text: string): void => {
    fs.writeFileSync(path.join(outDir, rel), text);
    bytes += Buffer.byteLength(text);
  };
  let profiles = 0;
  for (const p of people) {
    if (!p.hasProfile) continue;
    write(`people/${p.slug}.md`, profileText(p, rng, options.today));
    profiles++;
  }

  const directs = people.filter((p) => p.depth === 1);
  const skips = people.filter((p) => p.depth !== undefined && p.depth >= 2);
  const peers = people.filter((p) => p.group === 'peer' || p.group === 'manager');
  const todayDay = dayNumber(options.today);
  const years = Math.min(8, Math.max(2, Math.ceil(options.notes / 1500)));
  const startDay = todayDay - years * 365;
  const madeDirs = new Set<string>();
  const usedPaths = new Set<string>();
  const stats: ItemStats = { items: 0, open: 0 };
  let notesWithItems = 0;
  let notesWithOpen = 0;
  for (let i = 0; i < options.notes; i++) {
    const r = rng.float();
    const type = r < 0.6 ? 'one-on-one' : r < 0.85 ? 'skip-level' : 'peer';
    const person = rng.pick(type === 'one-on-one' ? directs : type === 'skip-level' ? skips : peers);
    const noteDay = rng.chance(0.01) ? todayDay + rng.int(1, 14) : rng.int(startDay, todayDay);
    const before = { ...stats };
    const text = noteText(rng, people, person, type, noteDay, todayDay, options.worst, stats, options.long ?? false);
    if (stats.items > before.items) notesWithItems++;
    if (stats.open > before.open) notesWithOpen++;
    const dir = `1on1s/${person.slug}`;
    if (!madeDirs.has(dir)) {
      fs.mkdirSync(path.join(outDir, dir), { recursive: true });
      madeDirs.add(dir);
    }
    let rel = `${dir}/${isoOf(noteDay)}.md`;
    for (let k = 2; usedPaths.has(rel); k++) rel = `${dir}/${isoOf(noteDay)}-${k}.md`;
    usedPaths.add(rel);
    write(rel, text);
  }
  const manifest: CorpusManifest = {
    ...options, generator: GENERATOR_VERSION, profiles, bytes, notesWithItems, notesWithOpenItems: notesWithOpen, items: stats.items, openItems: stats.open,
  };
  fs.writeFileSync(path.join(outDir, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
  fs.rmSync(targetDir, { recursive: true, force: true });
  fs.renameSync(outDir, targetDir);
  return manifest;
}

/** The manifest of an existing corpus when it was generated with these options by this generator. */
export function existingCorpus(options: CorpusOptions, dir: string): CorpusManifest | undefined {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8')) as CorpusManifest;
    const same = manifest.generator === GENERATOR_VERSION && manifest.notes === options.notes && manifest.worst === options.worst
      && (manifest.long ?? false) === (options.long ?? false)
      && manifest.seed === options.seed && manifest.today === options.today;
    return same ? manifest : undefined;
  } catch {
    return undefined;
  }
}

export const DEFAULT_SEED = 1;
export const DEFAULT_TODAY = '2026-11-20';

function main(argv: string[]): void {
  const options: CorpusOptions = { notes: 2000, worst: false, seed: DEFAULT_SEED, today: DEFAULT_TODAY };
  let out: string | undefined;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--notes') options.notes = Number(argv[++i]);
    else if (arg === '--worst') options.worst = true;
    else if (arg === '--long') options.long = true;
    else if (arg === '--seed') options.seed = Number(argv[++i]);
    else if (arg === '--today') options.today = argv[++i];
    else if (arg === '--force') force = true;
    else if (arg === '--help' || arg === '-h' || arg.startsWith('-')) {
      throw new Error('Usage: tsx bench/generate.ts --notes N [--worst | --long] [--seed S] [--today YYYY-MM-DD] [--force] [out-dir]');
    } else out = arg;
  }
  if (!Number.isInteger(options.notes) || options.notes < 1) throw new Error('--notes needs a positive integer.');
  if (!Number.isInteger(options.seed)) throw new Error('--seed needs an integer.');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today)) throw new Error('--today needs YYYY-MM-DD.');
  const dir = out ?? defaultCorpusDir(options);
  const started = performance.now();
  const existing = force ? undefined : existingCorpus(options, dir);
  if (existing) {
    process.stdout.write(`${dir}: up to date (${existing.notes} notes + ${existing.profiles} profiles); --force regenerates it\n`);
    return;
  }
  const m = generateCorpus(options, dir);
  process.stdout.write(`${dir}: ${m.notes} notes + ${m.profiles} profiles, ${(m.bytes / 1e6).toFixed(1)} MB `
    + `(mean ${(m.bytes / (m.notes + m.profiles) / 1000).toFixed(1)} KB), ${m.notesWithOpenItems} notes with open items, `
    + `${m.openItems}/${m.items} items open, in ${Math.round(performance.now() - started)} ms\n`);
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
}
