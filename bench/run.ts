/**
 * `npm run bench`: the journal core, the CLI as a process and a naive remark pipeline as a
 * process against the I/O floor, on generated corpora of every shape (bench/generate.ts:
 * realistic, worst = every note has open items, long = 20–60 KB notes), all measured in one
 * run. Prints one markdown table on stdout (progress goes to stderr) and writes it to
 * bench/RESULTS.md with the machine it ran on.
 *
 *   node --expose-gc --import tsx bench/run.ts [--runs 3] [--changes 200] [--no-naive] [--no-write]
 *     [--corpora realistic-2k,realistic-10k,worst-10k,long-2k] [--reindex 2k,10k,40k]
 *
 * `--corpora` and `--reindex` run a subset while iterating (the default is all of them);
 * RESULTS.md should come from a full run.
 *
 * What is timed (medians of `--runs` runs after a warm-up; the kinds of run are interleaved
 * round by round, so background load hits them alike; gc before each run):
 * - floor, sequential: `fs.readFileSync` of every file, one after the other (the fastest way to
 *   read them here), and bounded-concurrent: `fs.promises.readFile` with at most 24 at once
 *   (src/node/loadJournal's `readFilesBounded`). Listing is not timed (the file list is made
 *   beforehand);
 * - ours: the CLI's reads (src/node/loadJournal's `readFilesInOrder`: sequential), `journal.setBytes`
 *   of every file in one `batch`, `upcomingOf` (= Upcoming data ready), then `journal.followUps()`
 *   (= every open follow-up known);
 * - CLI: `node dist/cli.js followups <dir> --json` as a process (start, settings, listing, reads,
 *   index, output to /dev/null), built by `npm run build` first;
 * - naive: `node bench/naive.mjs <dir>` as a process: list, read, unified + remark-parse +
 *   remark-frontmatter + remark-gfm `parse()` of every file and a walk for task items. Once per
 *   corpus (it is by far the slowest; `--no-naive` skips it);
 * - re-index at 2k / 10k / 40k (realistic): `journal.set` of one changed note + the views'
 *   queries (`upcomingOf`, `followUps()`, `meetings()`, `directory()`), `--changes` random
 *   body edits; a profile's role and a note's date edited, 40 each, as separate samples;
 * - heap: a fresh child process indexes the realistic 10,000-note corpus (every open follow-up
 *   known), drops the file buffers, gc, `heapUsed` (and the file bytes the index still keeps
 *   outside the heap for bodies not parsed yet, `arrayBuffers`, beside it);
 * - bundles: esbuild.js's own options with `--production` (minified), in memory (dist/ is left alone).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import * as esbuild from 'esbuild';
import { Journal } from '../src/core/journal';
import { upcomingOf, type UpcomingOptions } from '../src/core/cadence';
import { fileUri, listMarkdownFiles, readFilesBounded, readFilesInOrder } from '../src/node/loadJournal';
import { DEFAULT_SEED, DEFAULT_TODAY, defaultCorpusDir, existingCorpus, generateCorpus, type CorpusManifest } from './generate';
import { seededRandom as prng } from './random';

const ROOT = path.resolve(__dirname, '..');
const TODAY = DEFAULT_TODAY;
const UPCOMING: UpcomingOptions = { weekMode: 'iso' };

/** Targets of issue 15 (ratios within this run). */
const TARGET = { naiveOverOurs: 10, oursOverFloor: 3, reindexP95Ms: 1, heapMb: 150, bundleKb: 400 };

// ── Helpers ────────────────────────────────────────────────────────────────────────────────────

const startedAt = performance.now();
const loadavg = (): string => os.loadavg().map((l) => l.toFixed(2)).join(', ');
const loadAtStart = loadavg();
let sourceAtStart = '';
const log = (message: string): void => {
  process.stderr.write(`[bench ${((performance.now() - startedAt) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);
};

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const percentile = (xs: readonly number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};

const ms = (x: number): string => (x >= 100 ? Math.round(x).toLocaleString('en-US') : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const spread = (xs: readonly number[]): string => `${ms(median(xs))} (${ms(Math.min(...xs))}–${ms(Math.max(...xs))})`;
const ratio = (x: number): string => `${x >= 10 ? x.toFixed(1) : x.toFixed(2)}×`;


// ── Corpora ────────────────────────────────────────────────────────────────────────────────────

interface Corpus {
  label: string;
  notes: number;
  worst: boolean;
  long: boolean;
  dir: string;
  manifest: CorpusManifest;
  files: string[];
  uris: string[];
}

async function prepareCorpus(notes: number, shape: 'realistic' | 'worst' | 'long'): Promise<Corpus> {
  const worst = shape === 'worst';
  const long = shape === 'long';
  const options = { notes, worst, long, seed: DEFAULT_SEED, today: TODAY };
  const dir = defaultCorpusDir(options);
  let manifest = existingCorpus(options, dir);
  if (!manifest) {
    log(`generating ${path.relative(ROOT, dir)}…`);
    manifest = generateCorpus(options, dir);
  }
  // The same lister the CLI uses; listing is not timed (neither floor nor ours pays for it).
  const files = await listMarkdownFiles(dir, () => true, []);
  return { label: `${shape} ${notes / 1000}k`, notes, worst, long, dir, manifest, files, uris: files.map(fileUri) };
}

/** Reads every file exactly as src/node/loadJournal does for the CLI (one after the other). */
function readAll(files: readonly string[]): Buffer[] {
  return buffersOf(readFilesInOrder(files));
}

function buffersOf(contents: Array<Uint8Array | Error>): Buffer[] {
  return contents.map((c) => {
    if (c instanceof Error) throw c;
    return c as Buffer;
  });
}

// ── The pipelines ──────────────────────────────────────────────────────────────────────────────

async function floorRun(corpus: Corpus): Promise<number> {
  const t0 = performance.now();
  const buffers = buffersOf(await readFilesBounded(corpus.files));
  const t = performance.now() - t0;
  if (buffers.length !== corpus.files.length) throw new Error('short read');
  return t;
}

/** Every file read one after the other, synchronously: the sequential floor. */
function sequentialFloorRun(corpus: Corpus): number {
  const t0 = performance.now();
  let bytes = 0;
  for (const file of corpus.files) bytes += fs.readFileSync(file).length;
  const t = performance.now() - t0;
  if (bytes === 0) throw new Error('read nothing');
  return t;
}

/** Wall time of a child process (start to exit), its stdout discarded. */
function processRun(args: string[]): number {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 24 });
  const t = performance.now() - t0;
  if (child.status !== 0) throw new Error(`${args.join(' ')} failed (exit ${child.status}): ${child.stderr}`);
  return t;
}

const cliRun = (corpus: Corpus): number => processRun([path.join(ROOT, 'dist', 'cli.js'), 'followups', corpus.dir, '--json']);
const naiveRun = (corpus: Corpus): number => processRun([path.join(__dirname, 'naive.mjs'), corpus.dir]);

interface OursResult {
  upcomingMs: number;
  allMs: number;
  /** Bodies still unparsed when Upcoming was ready (= none was parsed for it). */
  pendingAtUpcoming: number;
  /** Bodies that may hold an open item (parsed for `followUps()`). */
  bodiesParsed: number;
  openFollowUps: number;
  upcomingRows: number;
}

function oursRun(corpus: Corpus): OursResult {
  const t0 = performance.now();
  const buffers = readAll(corpus.files);
  const journal = new Journal();
  journal.batch(() => {
    for (let i = 0; i < buffers.length; i++) journal.setBytes(corpus.uris[i], buffers[i]);
  });
  const upcoming = upcomingOf(journal, TODAY, UPCOMING);
  const t1 = performance.now();
  const pendingAtUpcoming = journal.pendingBodies();
  const followUps = journal.followUps();
  const t2 = performance.now();
  return {
    upcomingMs: t1 - t0, allMs: t2 - t0, pendingAtUpcoming, bodiesParsed: pendingAtUpcoming - journal.pendingBodies(),
    openFollowUps: followUps.length, upcomingRows: upcoming.length,
  };
}

// ── Re-index after one change ──────────────────────────────────────────────────────────────────

interface Samples {
  /** Wall-clock ms per change. */
  wall: number[];
  /** CPU ms (user + system) per change: less sensitive to other processes on the machine. */
  cpu: number[];
  /** Of each change's wall time, the ms spent in garbage collection. */
  gcMs: number[];
}

interface ReindexResult {
  notes: number;
  body: Samples;
  profile: Samples;
  date: Samples;
}

/** Edits a note or profile body the way a manager does: a new item, a ticked item, a sentence. */
function editBody(text: string, k: number, random: () => number): string {
  const r = random();
  if (r < 0.35) {
    const open = text.indexOf('- [ ]');
    if (open >= 0) {
      const end = text.indexOf('\n', open);
      return `${text.slice(0, open)}- [x]${text.slice(open + 5, end < 0 ? text.length : end)} done:${TODAY}${end < 0 ? '' : text.slice(end)}`;
    }
  }
  if (r < 0.7) return `${text.trimEnd()}\n- [ ] @me bench follow-up ${k} due:2026-12-0${1 + (k % 9)}\n`;
  const heading = text.indexOf('\n## ');
  const at = heading < 0 ? text.length : text.indexOf('\n', heading + 1);
  return `${text.slice(0, at)}\nAdded during the meeting (${k}): one more thought about priorities.${text.slice(at)}`;
}

async function reindexRun(corpus: Corpus, changes: number): Promise<ReindexResult> {
  const buffers = readAll(corpus.files);
  const texts = new Map<string, string>();
  const journal = new Journal();
  journal.batch(() => buffers.forEach((b, i) => journal.setBytes(corpus.uris[i], b)));
  buffers.forEach((b, i) => texts.set(corpus.uris[i], b.toString('utf8')));
  const queries = (): void => {
    upcomingOf(journal, TODAY, UPCOMING);
    journal.followUps();
    journal.meetings();
    journal.directory();
    journal.lastMetDates(TODAY); // the People view's "last met"
  };
  queries();

  const random = prng(42);
  const noteUris = corpus.uris.filter((u) => !u.includes('/people/'));
  const profileUris = corpus.uris.filter((u) => u.includes('/people/'));
  // Garbage collections, to tell a slow change caused by a GC pause from one the machine's
  // scheduling caused (its CPU time stays low while its wall time does not).
  const gcs: Array<{ start: number; end: number }> = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcs.push({ start: e.startTime, end: e.startTime + e.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  const sample = async (uris: readonly string[], count: number, edit: (text: string, k: number) => string): Promise<Samples> => {
    const wall: number[] = [];
    const cpu: number[] = [];
    const windows: Array<{ start: number; end: number }> = [];
    const warmUp = 20;
    for (let k = 0; k < warmUp + count; k++) {
      const uri = uris[Math.floor(random() * uris.length)];
      const text = edit(texts.get(uri)!, k);
      texts.set(uri, text);
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      journal.set(uri, text);
      queries();
      const t1 = performance.now();
      const c = process.cpuUsage(c0);
      if (k >= warmUp) {
        wall.push(t1 - t0);
        cpu.push((c.user + c.system) / 1000);
        windows.push({ start: t0, end: t1 });
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100)); // the observer gets its entries (a later task: setImmediate is too early)
    const gcMs = windows.map((w) => gcs.reduce((sum, g) => sum + Math.max(0, Math.min(w.end, g.end) - Math.max(w.start, g.start)), 0));
    return { wall, cpu, gcMs };
  };
  const body = await sample(noteUris, changes, (text, k) => editBody(text, k, random));
  // A person profile's frontmatter changes (role): the directory every view depends on.
  const profile = await sample(profileUris, 40, (text, k) => text.replace(/^role: (.*)$/m, (_, role: string) => `role: ${role.replace(/ \(acting\)$/, '')}${k % 2 ? '' : ' (acting)'}`));
  // A note's date changes: Upcoming's input.
  const date = await sample(noteUris, 40, (text, k) => text.replace(/^date: (\d{4}-\d{2})-(\d{2})$/m, (_, ym: string, d: string) => `date: ${ym}-${String(((Number(d) + k) % 28) + 1).padStart(2, '0')}`));
  observer.disconnect();
  return { notes: corpus.notes, body, profile, date };
}

// ── Heap (child process) ───────────────────────────────────────────────────────────────────────

interface HeapResult {
  baselineMb: number;
  heapMb: number;
  /** File bytes the index keeps outside the heap (`arrayBuffers` after gc): bodies not parsed yet. */
  keptBytesMb: number;
  openFollowUps: number;
}

async function heapChild(dir: string): Promise<void> {
  const files = await listMarkdownFiles(dir, () => true, []);
  collectGarbage();
  const baseline = process.memoryUsage().heapUsed;
  const baselineBuffers = process.memoryUsage().arrayBuffers;
  let buffers: Buffer[] | undefined = readAll(files);
  const journal = new Journal();
  journal.batch(() => files.forEach((f, i) => journal.setBytes(fileUri(f), buffers![i])));
  buffers = undefined;
  upcomingOf(journal, TODAY, UPCOMING);
  const openFollowUps = journal.followUps().length;
  collectGarbage();
  const { heapUsed: heap, arrayBuffers } = process.memoryUsage();
  const result: HeapResult = { baselineMb: baseline / 2 ** 20, heapMb: heap / 2 ** 20, keptBytesMb: Math.max(0, arrayBuffers - baselineBuffers) / 2 ** 20, openFollowUps };
  process.stdout.write(JSON.stringify(result) + '\n');
  if (journal.uris().length === 0) process.exitCode = 1; // keeps `journal` alive until here
}

function measureHeap(dir: string): HeapResult {
  const child = spawnSync(process.execPath, [...process.execArgv, __filename, '--heap-child', dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`heap child failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as HeapResult;
}

// ── Bundle ─────────────────────────────────────────────────────────────────────────────────────

/** The desktop and web extension bundles with esbuild.js's own `--production` options, built in memory. */
async function bundleSizes(): Promise<{ desktop: number; web: number }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildOptions } = require(path.join(ROOT, 'esbuild.js')) as { buildOptions(production: boolean): esbuild.BuildOptions[] };
  const [desktop, web] = await Promise.all(buildOptions(true).slice(0, 2).map(async (options) => {
    const result = await esbuild.build({ ...options, absWorkingDir: ROOT, write: false, logLevel: 'warning' });
    return result.outputFiles.find((f) => f.path.endsWith('.js'))!.contents.length;
  }));
  return { desktop, web };
}

// ── Machine ────────────────────────────────────────────────────────────────────────────────────

function machine(): string[] {
  const cpu = (() => {
    try {
      return /model name\s*:\s*(.*)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model;
    } catch {
      return os.cpus()[0]?.model;
    }
  })();
  const free = spawnSync('free', ['-h'], { encoding: 'utf8' }).stdout?.trimEnd();
  return [
    `- CPU: ${cpu ?? 'unknown'}; \`nproc\`: ${os.availableParallelism?.() ?? os.cpus().length}`,
    `- Node ${process.version} (${process.platform} ${os.release()}); load average (1, 5, 15 min) at the start: ${loadAtStart}, at the end: ${loadavg()}`,
    `- Source: ${sourceAtStart} at the start of the run`,
    '- `free -h`:',
    '',
    '```',
    free || `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB total`,
    '```',
  ];
}

function gitState(): string {
  const git = (...a: string[]): string => spawnSync('git', a, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';
  const head = git('rev-parse', '--short', 'HEAD');
  const dirty = git('status', '--porcelain', '--', 'src').split('\n').filter(Boolean).length;
  return head ? `commit ${head}${dirty ? ` + ${dirty} uncommitted change${dirty === 1 ? '' : 's'} in src/` : ''}` : 'unknown';
}

// ── Main ───────────────────────────────────────────────────────────────────────────────────────

interface Args {
  runs: number;
  changes: number;
  naive: boolean;
  write: boolean;
  /** Labels of the corpora to run (`realistic-2k`…), all by default. */
  corpora?: string[];
  /** Journal sizes of the re-index runs (2000, 10000, 40000 by default). */
  reindex: number[];
}

const CORPORA: ReadonlyArray<{ id: string; notes: number; shape: 'realistic' | 'worst' | 'long' }> = [
  { id: 'realistic-2k', notes: 2000, shape: 'realistic' }, { id: 'realistic-10k', notes: 10000, shape: 'realistic' },
  { id: 'worst-10k', notes: 10000, shape: 'worst' }, { id: 'long-2k', notes: 2000, shape: 'long' },
];
const sizeOf = (text: string): number => {
  const n = Number(text.replace(/k$/i, '000'));
  if (!Number.isInteger(n) || n < 1) throw new Error(`not a journal size: ${text}`);
  return n;
};

function parseArgs(argv: string[]): Args {
  const args: Args = { runs: 3, changes: 200, naive: true, write: true, reindex: [2000, 10000, 40000] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') args.runs = Number(argv[++i]);
    else if (a === '--changes') args.changes = Number(argv[++i]);
    else if (a === '--no-naive') args.naive = false;
    else if (a === '--no-write') args.write = false;
    else if (a === '--corpora') {
      args.corpora = argv[++i].split(',');
      const unknown = args.corpora.filter((id) => !CORPORA.some((c) => c.id === id));
      if (unknown.length > 0) throw new Error(`Unknown corpus ${unknown.join(', ')}: use ${CORPORA.map((c) => c.id).join(', ')}.`);
    } else if (a === '--reindex') args.reindex = argv[++i].split(',').filter(Boolean).map(sizeOf);
    else throw new Error(`Unknown argument ${a}. Usage: bench/run.ts [--runs N] [--changes N] [--no-naive] [--no-write] [--corpora ${CORPORA.map((c) => c.id).join(',')}] [--reindex 2k,10k,40k]`);
  }
  if (!(args.runs >= 1) || !(args.changes >= 1)) throw new Error('--runs and --changes need positive numbers.');
  return args;
}

interface CorpusResults {
  corpus: Corpus;
  sequential: number[];
  bounded: number[];
  upcoming: number[];
  all: number[];
  cli: number[];
  naive: number[];
  last?: OursResult;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  sourceAtStart = gitState();
  if (!(globalThis as { gc?: unknown }).gc) log('warning: run with --expose-gc (npm run bench does) for stable numbers');
  log('building the CLI (npm run build)');
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');

  const corpora: Corpus[] = [];
  for (const c of CORPORA) if (!args.corpora || args.corpora.includes(c.id)) corpora.push(await prepareCorpus(c.notes, c.shape));
  const results: CorpusResults[] = corpora.map((corpus) => ({ corpus, sequential: [], bounded: [], upcoming: [], all: [], cli: [], naive: [] }));

  // Warm-up: every pipeline once on the smallest corpus (JIT, module init, the OS file cache).
  log('warm-up');
  for (const c of corpora) sequentialFloorRun(c);
  await floorRun(corpora[0]);
  oursRun(corpora[0]);
  cliRun(corpora[0]);

  for (const r of results) {
    const c = r.corpus;
    for (let run = 0; run < args.runs; run++) {
      collectGarbage();
      r.sequential.push(sequentialFloorRun(c));
      collectGarbage();
      r.bounded.push(await floorRun(c));
      collectGarbage();
      const ours = oursRun(c);
      r.upcoming.push(ours.upcomingMs);
      r.all.push(ours.allMs);
      r.last = ours;
      r.cli.push(cliRun(c));
      log(`${c.label} run ${run + 1}/${args.runs}: floor ${ms(r.sequential.at(-1)!)} seq / ${ms(r.bounded.at(-1)!)} bounded · ours ${ms(ours.upcomingMs)} / ${ms(ours.allMs)} · CLI ${ms(r.cli.at(-1)!)} ms`);
    }
    if (args.naive) {
      r.naive.push(naiveRun(c));
      log(`${c.label}: naive ${ms(r.naive[0])} ms`);
    }
  }

  const reindex: ReindexResult[] = [];
  for (const notes of args.reindex) {
    const corpus = corpora.find((c) => c.notes === notes && !c.worst && !c.long) ?? await prepareCorpus(notes, 'realistic');
    log(`re-index: ${args.changes} changes on realistic ${notes / 1000}k`);
    collectGarbage();
    reindex.push(await reindexRun(corpus, args.changes));
  }
  log('heap (child process)');
  const heap = measureHeap((corpora.find((c) => c.notes === 10000 && !c.worst && !c.long) ?? await prepareCorpus(10000, 'realistic')).dir);
  log('bundles');
  const bundles = await bundleSizes();

  const table = renderTable(results, reindex, heap, bundles, args);
  process.stdout.write(table + '\n');
  log(`done in ${((performance.now() - startedAt) / 1000).toFixed(0)} s`);
  if (args.write) writeResults(table);
}

function renderTable(results: CorpusResults[], reindex: ReindexResult[], heap: HeapResult, bundles: { desktop: number; web: number }, args: Args): string {
  const rows: string[][] = [];
  const verdict = (ok: boolean, value: string): string => `${ok ? '**PASS**' : '**FAIL**'} (${value})`;
  const row = (name: string, cells: (r: CorpusResults) => string, goal = '', result = ''): void => {
    rows.push([name, ...results.map(cells), goal, result]);
  };
  const med = (xs: number[]): number => median(xs);
  const worstOf = (f: (r: CorpusResults) => number, pick: 'max' | 'min'): { value: number; label: string } => {
    const values = results.map((r) => ({ value: f(r), label: r.corpus.label })).filter((v) => Number.isFinite(v.value));
    return values.sort((a, b) => (pick === 'max' ? b.value - a.value : a.value - b.value))[0] ?? { value: NaN, label: '—' };
  };

  row('Corpus: notes + profiles · MB · notes with open items', (r) =>
    `${r.corpus.manifest.notes.toLocaleString('en-US')} + ${r.corpus.manifest.profiles} · ${(r.corpus.manifest.bytes / 1e6).toFixed(1)} · ${r.corpus.manifest.notesWithOpenItems.toLocaleString('en-US')}`);
  row('I/O floor, sequential: `readFileSync` of every file, one after the other (ms)', (r) => spread(r.sequential));
  row('I/O floor, bounded-concurrent: 24 reads at once (ms)', (r) => spread(r.bounded));
  row('**Ours: Upcoming data ready** (sequential reads + index + `upcomingOf`) (ms)', (r) => spread(r.upcoming));
  row('**Ours: every open follow-up known** (+ `followUps()`) (ms)', (r) => spread(r.all));
  row('Bodies parsed for open follow-ups · open follow-ups', (r) =>
    `${r.last!.bodiesParsed.toLocaleString('en-US')} · ${r.last!.openFollowUps.toLocaleString('en-US')}`);
  row('CLI `followups --json` as a process (ms; start, listing, reads, index, output)', (r) => spread(r.cli));
  row('Naive as a process: list, read, remark + frontmatter + gfm (ms; one run)', (r) => (r.naive.length ? ms(r.naive[0]) : '—'));

  const oursOverSeq = (r: CorpusResults): number => med(r.all) / med(r.sequential);
  const w1 = worstOf(oursOverSeq, 'max');
  row('Ours (all follow-ups) ÷ sequential floor', (r) => ratio(oursOverSeq(r)), `≤ ${TARGET.oursOverFloor}× (every corpus)`,
    verdict(w1.value <= TARGET.oursOverFloor, `worst ${ratio(w1.value)}, ${w1.label}`));
  row('Ours (all follow-ups) ÷ bounded floor', (r) => ratio(med(r.all) / med(r.bounded)));
  row('Ours (Upcoming) ÷ sequential floor', (r) => ratio(med(r.upcoming) / med(r.sequential)));
  const cliOverSeq = (r: CorpusResults): number => med(r.cli) / med(r.sequential);
  row('CLI process ÷ sequential floor (process start included)', (r) => ratio(cliOverSeq(r)));
  const naiveOverCli = (r: CorpusResults): number => (r.naive.length ? r.naive[0] / med(r.cli) : NaN);
  const w2 = worstOf(naiveOverCli, 'min');
  row('Naive process ÷ CLI process (all follow-ups, process start included)', (r) => (r.naive.length ? ratio(naiveOverCli(r)) : '—'),
    `≥ ${TARGET.naiveOverOurs}× (every corpus)`, args.naive ? verdict(w2.value >= TARGET.naiveOverOurs, `worst ${ratio(w2.value)}, ${w2.label}`) : 'not run');
  const upcomingFirst = (r: CorpusResults): boolean => med(r.upcoming) < med(r.all) && r.last!.pendingAtUpcoming >= r.last!.bodiesParsed;
  row('Upcoming ready before all follow-ups, no body parsed for it', (r) =>
    `${upcomingFirst(r) ? 'yes' : 'NO'}: ${ms(med(r.upcoming))} < ${ms(med(r.all))} ms`, 'yes', verdict(results.every(upcomingFirst), 'every corpus'));

  const header = ['Measurement', ...results.map((r) => r.corpus.label), 'Target', 'Result'];
  const lines = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
  lines.push('', `Times: median (min–max) of ${args.runs} runs after a warm-up, today = ${TODAY}, seed ${DEFAULT_SEED}; the naive process once per corpus.`);

  // Re-index table: one column per journal size.
  const p = (xs: number[], q: number): string => ms(percentile(xs, q));
  const r10k = reindex.find((r) => r.notes === 10000) ?? reindex[reindex.length - 1];
  const growth = (f: (r: ReindexResult) => number): string => reindex.map((r) => ms(f(r))).join(' → ');
  const rrows: string[][] = [];
  const rrow = (name: string, cells: (r: ReindexResult) => string, goal = '', result = ''): void => {
    rrows.push([name, ...reindex.map(cells), goal, result]);
  };
  /** p50 / p95 wall (p50 / p95 CPU) · changes over the target, and how many of them had a GC pause in them. */
  const cell = (x: Samples): string => {
    const slow = x.wall.map((w, i) => ({ w, gc: x.gcMs[i] })).filter((v) => v.w > TARGET.reindexP95Ms);
    return `${p(x.wall, 50)} / ${p(x.wall, 95)} (${p(x.cpu, 50)} / ${p(x.cpu, 95)}) · ${slow.length} over ${TARGET.reindexP95Ms} ms, ${slow.filter((v) => v.gc > 0).length} with GC`;
  };
  const kinds: Array<[string, (r: ReindexResult) => Samples, string]> = [
    [`One note's body edited + views' queries, over ${args.changes} changes`, (r) => r.body, `p95 ≤ ${TARGET.reindexP95Ms} ms at 10k, no growth`],
    ['A profile\'s role edited, over 40 changes', (r) => r.profile, `p95 ≤ ${TARGET.reindexP95Ms} ms at 10k`],
    ['A note\'s date edited, over 40 changes', (r) => r.date, `p95 ≤ ${TARGET.reindexP95Ms} ms at 10k`],
  ];
  // `--reindex ''` (a subset run) leaves no re-index rows.
  for (const [name, of, goal] of r10k ? kinds : []) {
    rrow(`${name}: p50 / p95 ms (CPU p50 / p95 ms) · changes over ${TARGET.reindexP95Ms} ms, of them with a GC pause`, (r) => cell(of(r)), goal,
      verdict(percentile(of(r10k).wall, 95) <= TARGET.reindexP95Ms, `${r10k.notes / 1000}k p95 ${p(of(r10k).wall, 95)} ms; p50 ${growth((r) => percentile(of(r).wall, 50))}`));
  }
  const rheader = ['Re-index (realistic)', ...reindex.map((r) => `${r.notes / 1000}k notes`), 'Target', 'Result'];
  if (r10k) lines.push('', ...[rheader, rheader.map(() => '---'), ...rrows].map((cells) => `| ${cells.join(' | ')} |`));

  const kb = (b: number): string => (b / 1024).toFixed(0);
  lines.push('', '| Size | Value | Target | Result |', '| --- | --- | --- | --- |',
    `| Heap after indexing realistic 10k (MB, \`heapUsed\` after gc; modules alone in brackets; + file bytes kept outside the heap for unparsed bodies) | ${heap.heapMb.toFixed(0)} (${heap.baselineMb.toFixed(0)}) + ${heap.keptBytesMb.toFixed(1)} | ≤ ${TARGET.heapMb} MB | ${verdict(heap.heapMb + heap.keptBytesMb <= TARGET.heapMb, `${(heap.heapMb + heap.keptBytesMb).toFixed(0)} MB with the kept bytes`)} |`,
    `| \`dist/extension.js\` minified (KiB) | ${kb(bundles.desktop)} | ≤ ${TARGET.bundleKb} KB | ${verdict(bundles.desktop / 1024 <= TARGET.bundleKb, `${kb(bundles.desktop)} KiB`)} |`,
    `| \`dist/web/extension.js\` minified (KiB) | ${kb(bundles.web)} | ≤ ${TARGET.bundleKb} KB | ${verdict(bundles.web / 1024 <= TARGET.bundleKb, `${kb(bundles.web)} KiB`)} |`);
  return lines.join('\n');
}

const ANALYSIS_MARKER = '<!-- Everything below this line is kept when bench/run.ts rewrites the file. -->';

function writeResults(table: string): void {
  const file = path.join(__dirname, 'RESULTS.md');
  let kept = '';
  try {
    const old = fs.readFileSync(file, 'utf8');
    const at = old.indexOf(ANALYSIS_MARKER);
    if (at >= 0) kept = old.slice(at + ANALYSIS_MARKER.length);
  } catch {
    // first run
  }
  const extra = process.argv.slice(2).join(' ');
  const command = `\`npm run bench${extra ? ` -- ${extra}` : ''}\` (= \`node --expose-gc --import tsx bench/run.ts${extra ? ` ${extra}` : ''}\`)`;
  const text = [
    '# Benchmark results',
    '',
    `Latest run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${command}, ${((performance.now() - startedAt) / 1000).toFixed(0)} s in all.`,
    'Corpora from `bench/generate.ts` (see its header for what each shape looks like); targets from issue 15.',
    '',
    table,
    '',
    '## Machine',
    '',
    ...machine(),
    '',
    'Other processes (VS Code test runs) shared the machine during the run, so absolute times are noisy;',
    'the ratios are measured round by round on the same corpus and are what the targets are about.',
    '',
    ANALYSIS_MARKER,
  ].join('\n') + (kept || '\n');
  fs.writeFileSync(file, text);
  log(`wrote ${path.relative(ROOT, file)}`);
}

if (process.argv[2] === '--heap-child') {
  heapChild(process.argv[3]).catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  });
} else {
  main().catch((error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
  });
}
