/**
 * `npm run bench`: the journal core against the I/O floor and a naive remark pipeline, on
 * generated corpora (bench/generate.ts), all measured in one run. Prints one markdown table on
 * stdout (progress goes to stderr) and writes it to bench/RESULTS.md with the machine it ran on.
 *
 *   node --expose-gc --import tsx bench/run.ts [--runs 5] [--changes 200] [--full] [--no-write]
 *
 * What is timed (medians of `--runs` runs, after a warm-up run of every pipeline; the kinds of
 * run are interleaved round by round, so background load hits them alike; gc before each run):
 * - floor: `fs.readFile` of every file of the corpus (at most 24 at once, as src/node/loadJournal does);
 * - naive: unified + remark-parse + remark-frontmatter + remark-gfm `parse()` of every file's text
 *   (parse only, texts read beforehand: the reads are NOT charged to it, which favours naive);
 * - ours: the same reads, then `journal.setBytes` of every file in one `batch`, then
 *   `upcomingOf` (= Upcoming data ready), then `journal.followUps()` (= every open follow-up
 *   known). Both instants are taken in the same run;
 * - re-index: `journal.set` of one edited file + the views' queries (`upcomingOf`,
 *   `followUps()`), on the indexed realistic 10,000-note journal, `--changes` random edits;
 * - heap: a fresh child process indexes the realistic 10,000-note corpus (every open follow-up
 *   known), drops the file buffers, gc, `heapUsed`;
 * - bundle: src/extension.ts bundled with esbuild.js's options and `--production` (minified),
 *   in memory (dist/ is left alone).
 *
 * The naive pipeline is by far the slowest part (2–7 ms a file, so 5 runs over 10,000 files take
 * 2–6 minutes on a 2-core machine), so by default it runs on the target corpus only (realistic
 * 10k); `--full` adds the three other corpora.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { Journal } from '../src/core/journal';
import { upcomingOf, type UpcomingOptions } from '../src/core/cadence';
import { fileUri, listMarkdownFiles, readFilesBounded } from '../src/node/loadJournal';
import { DEFAULT_SEED, DEFAULT_TODAY, defaultCorpusDir, existingCorpus, generateCorpus, type CorpusManifest } from './generate';
import { seededRandom as prng } from './random';

const ROOT = path.resolve(__dirname, '..');
const TODAY = DEFAULT_TODAY;
const UPCOMING: UpcomingOptions = { weekMode: 'iso' };

/** Targets of issue 4, on the realistic 10,000-note corpus. */
const TARGET = { naiveOverOurs: 10, oursOverFloor: 10, reindexP95Ms: 5, heapMb: 200, bundleKb: 400 };

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
  dir: string;
  manifest: CorpusManifest;
  files: string[];
  uris: string[];
}

async function prepareCorpus(notes: number, worst: boolean): Promise<Corpus> {
  const options = { notes, worst, seed: DEFAULT_SEED, today: TODAY };
  const dir = defaultCorpusDir(options);
  let manifest = existingCorpus(options, dir);
  if (!manifest) {
    log(`generating ${path.relative(ROOT, dir)}…`);
    manifest = generateCorpus(options, dir);
  }
  // The same lister the CLI uses; listing is not timed (neither floor nor ours pays for it).
  const files = await listMarkdownFiles(dir, () => true, []);
  return { label: `${worst ? 'worst' : 'realistic'} ${notes / 1000}k`, notes, worst, dir, manifest, files, uris: files.map(fileUri) };
}

/** Reads every file exactly as src/node/loadJournal does (bounded concurrency). */
async function readAll(files: readonly string[]): Promise<Buffer[]> {
  const contents = await readFilesBounded(files);
  return contents.map((c) => {
    if (c instanceof Error) throw c;
    return c as Buffer;
  });
}

// ── The pipelines ──────────────────────────────────────────────────────────────────────────────

async function floorRun(corpus: Corpus): Promise<number> {
  const t0 = performance.now();
  const buffers = await readAll(corpus.files);
  const t = performance.now() - t0;
  if (buffers.length !== corpus.files.length) throw new Error('short read');
  return t;
}

const naiveProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

function naiveRun(texts: readonly string[]): number {
  const t0 = performance.now();
  let nodes = 0;
  for (const text of texts) nodes += naiveProcessor.parse(text).children.length;
  const t = performance.now() - t0;
  if (nodes === 0) throw new Error('naive parsed nothing');
  return t;
}

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

async function oursRun(corpus: Corpus): Promise<OursResult> {
  const t0 = performance.now();
  const buffers = await readAll(corpus.files);
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

interface ReindexResult {
  /** Wall-clock ms per change. */
  samples: number[];
  /** CPU ms (user + system) per change: less sensitive to other processes on the machine. */
  cpuSamples: number[];
  profileSamples: number[];
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
  const buffers = await readAll(corpus.files);
  const texts = new Map<string, string>();
  const journal = new Journal();
  journal.batch(() => buffers.forEach((b, i) => journal.setBytes(corpus.uris[i], b)));
  buffers.forEach((b, i) => texts.set(corpus.uris[i], b.toString('utf8')));
  upcomingOf(journal, TODAY, UPCOMING);
  journal.followUps();

  const random = prng(42);
  const uris = corpus.uris;
  let lastCpu = 0;
  const change = (uri: string, text: string): number => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    journal.set(uri, text);
    upcomingOf(journal, TODAY, UPCOMING);
    journal.followUps();
    const t = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    lastCpu = (cpu.user + cpu.system) / 1000;
    return t;
  };
  const warmUp = 20;
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  for (let k = 0; k < warmUp + changes; k++) {
    const uri = uris[Math.floor(random() * uris.length)];
    const text = editBody(texts.get(uri)!, k, random);
    texts.set(uri, text);
    const t = change(uri, text);
    if (k >= warmUp) {
      samples.push(t);
      cpuSamples.push(lastCpu);
    }
  }

  // Not part of the sample above: a person profile's frontmatter changes (role), which changes
  // the directory every view depends on.
  const profileUris = uris.filter((u) => u.includes('/people/'));
  const profileSamples: number[] = [];
  for (let k = 0; k < 5 + 30; k++) {
    const uri = profileUris[Math.floor(random() * profileUris.length)];
    const text = texts.get(uri)!.replace(/^role: (.*)$/m, (_, role: string) => `role: ${role.replace(/ \(acting\)$/, '')}${k % 2 ? '' : ' (acting)'}`);
    texts.set(uri, text);
    const t = change(uri, text);
    if (k >= 5) profileSamples.push(t);
  }
  return { samples, cpuSamples, profileSamples };
}

// ── Heap (child process) ───────────────────────────────────────────────────────────────────────

interface HeapResult {
  baselineMb: number;
  heapMb: number;
  openFollowUps: number;
}

async function heapChild(dir: string): Promise<void> {
  const files = await listMarkdownFiles(dir, () => true, []);
  collectGarbage();
  const baseline = process.memoryUsage().heapUsed;
  let buffers: Buffer[] | undefined = await readAll(files);
  const journal = new Journal();
  journal.batch(() => files.forEach((f, i) => journal.setBytes(fileUri(f), buffers![i])));
  buffers = undefined;
  upcomingOf(journal, TODAY, UPCOMING);
  const openFollowUps = journal.followUps().length;
  collectGarbage();
  const heap = process.memoryUsage().heapUsed;
  const result: HeapResult = { baselineMb: baseline / 2 ** 20, heapMb: heap / 2 ** 20, openFollowUps };
  process.stdout.write(JSON.stringify(result) + '\n');
  if (journal.uris().length === 0) process.exitCode = 1; // keeps `journal` alive until here
}

function measureHeap(dir: string): HeapResult {
  const child = spawnSync(process.execPath, [...process.execArgv, __filename, '--heap-child', dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`heap child failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as HeapResult;
}

// ── Bundle ─────────────────────────────────────────────────────────────────────────────────────

/** The extension bundle with esbuild.js's options and `--production`, built in memory. */
async function bundleSize(): Promise<number> {
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ['src/extension.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    minify: true,
    sourcemap: false,
    sourcesContent: false,
    logLevel: 'warning',
    legalComments: 'none',
    mainFields: ['module', 'main'],
    external: ['vscode'],
    outfile: path.join(os.tmpdir(), 'one-on-one-bench-extension.js'),
    write: false,
  });
  return result.outputFiles.find((f) => f.path.endsWith('.js'))!.contents.length;
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
  full: boolean;
  write: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { runs: 5, changes: 200, full: false, write: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') args.runs = Number(argv[++i]);
    else if (a === '--changes') args.changes = Number(argv[++i]);
    else if (a === '--full') args.full = true;
    else if (a === '--no-write') args.write = false;
    else throw new Error(`Unknown argument ${a}. Usage: bench/run.ts [--runs N] [--changes N] [--full] [--no-write]`);
  }
  if (!(args.runs >= 1) || !(args.changes >= 1)) throw new Error('--runs and --changes need positive numbers.');
  return args;
}

interface CorpusResults {
  corpus: Corpus;
  floor: number[];
  naive: number[];
  upcoming: number[];
  all: number[];
  last?: OursResult;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  sourceAtStart = gitState();
  if (!(globalThis as { gc?: unknown }).gc) log('warning: run with --expose-gc (npm run bench does) for stable numbers');
  if (args.runs < 5) log(`warning: --runs ${args.runs} < 5: not a reportable run`);

  const corpora = [
    await prepareCorpus(2000, false), await prepareCorpus(10000, false),
    await prepareCorpus(2000, true), await prepareCorpus(10000, true),
  ];
  const results: CorpusResults[] = corpora.map((corpus) => ({ corpus, floor: [], naive: [], upcoming: [], all: [] }));
  const withNaive = (c: Corpus): boolean => args.full || (c.notes === 10000 && !c.worst);

  // Warm-up: every pipeline once on a slice of each profile (JIT, module init); the measured
  // runs then start warm. (The OS file cache is warm for every run, floor included.)
  log('warm-up');
  for (const c of corpora.filter((k) => k.notes === 2000)) {
    const slice: Corpus = { ...c, files: c.files.slice(0, 400), uris: c.uris.slice(0, 400) };
    await floorRun(c);
    await oursRun(slice);
    naiveRun((await readAll(slice.files)).map((b) => b.toString('utf8')));
  }

  for (const r of results) {
    const c = r.corpus;
    const texts = withNaive(c) ? (await readAll(c.files)).map((b) => b.toString('utf8')) : [];
    for (let run = 0; run < args.runs; run++) {
      collectGarbage();
      r.floor.push(await floorRun(c));
      collectGarbage();
      const ours = await oursRun(c);
      r.upcoming.push(ours.upcomingMs);
      r.all.push(ours.allMs);
      r.last = ours;
      if (texts.length > 0) {
        collectGarbage();
        r.naive.push(naiveRun(texts));
      }
      log(`${c.label} run ${run + 1}/${args.runs}: floor ${ms(r.floor.at(-1)!)} · ours ${ms(ours.upcomingMs)} / ${ms(ours.allMs)}`
        + `${texts.length ? ` · naive ${ms(r.naive.at(-1)!)}` : ''} ms`);
    }
  }

  log(`re-index: ${args.changes} changes on realistic 10k`);
  collectGarbage();
  const reindex = await reindexRun(corpora[1], args.changes);
  log('heap (child process)');
  const heap = measureHeap(corpora[1].dir);
  log('bundle');
  const bundleBytes = await bundleSize();

  const table = renderTable(results, reindex, heap, bundleBytes, args);
  process.stdout.write(table + '\n');
  log(`done in ${((performance.now() - startedAt) / 1000).toFixed(0)} s`);
  if (args.write) writeResults(table);
}

function renderTable(results: CorpusResults[], reindex: ReindexResult, heap: HeapResult, bundleBytes: number, args: Args): string {
  const cols = results.map((r) => r.corpus.label);
  const target = results.find((r) => !r.corpus.worst && r.corpus.notes === 10000)!;
  const rows: string[][] = [];
  const verdict = (ok: boolean, value: string): string => `${ok ? '**PASS**' : '**FAIL**'} (${value})`;
  const row = (name: string, cells: (r: CorpusResults) => string, goal = '', result = ''): void => {
    rows.push([name, ...results.map(cells), goal, result]);
  };
  const med = (xs: number[]): number => median(xs);

  row('Corpus: notes + profiles · MB · notes with open items', (r) =>
    `${r.corpus.manifest.notes.toLocaleString('en-US')} + ${r.corpus.manifest.profiles} · ${(r.corpus.manifest.bytes / 1e6).toFixed(1)} · ${r.corpus.manifest.notesWithOpenItems.toLocaleString('en-US')}`);
  row('I/O floor: read every file (ms)', (r) => spread(r.floor));
  row('Naive: remark + frontmatter + gfm, parse every file (ms)', (r) => (r.naive.length ? spread(r.naive) : 'with `--full`'));
  row('**Ours: Upcoming data ready** (read + index + `upcomingOf`) (ms)', (r) => spread(r.upcoming));
  row('**Ours: every open follow-up known** (+ `followUps()`) (ms)', (r) => spread(r.all));
  row('Bodies parsed for open follow-ups · open follow-ups', (r) =>
    `${r.last!.bodiesParsed.toLocaleString('en-US')} · ${r.last!.openFollowUps.toLocaleString('en-US')}`);

  const oursOverFloor = (r: CorpusResults): number => med(r.all) / med(r.floor);
  row('Ours (all follow-ups) ÷ floor', (r) => ratio(oursOverFloor(r)), `≤ ${TARGET.oursOverFloor}×`,
    verdict(oursOverFloor(target) <= TARGET.oursOverFloor, ratio(oursOverFloor(target))));
  row('Ours (Upcoming) ÷ floor', (r) => ratio(med(r.upcoming) / med(r.floor)), `≤ ${TARGET.oursOverFloor}×`,
    verdict(med(target.upcoming) / med(target.floor) <= TARGET.oursOverFloor, ratio(med(target.upcoming) / med(target.floor))));
  const naiveOverOurs = (r: CorpusResults): number => med(r.naive) / med(r.all);
  row('Naive ÷ ours (all follow-ups)', (r) => (r.naive.length ? ratio(naiveOverOurs(r)) : '—'), `≥ ${TARGET.naiveOverOurs}×`,
    verdict(naiveOverOurs(target) >= TARGET.naiveOverOurs, ratio(naiveOverOurs(target))));
  row('Naive ÷ ours (Upcoming)', (r) => (r.naive.length ? ratio(med(r.naive) / med(r.upcoming)) : '—'), `≥ ${TARGET.naiveOverOurs}×`,
    verdict(med(target.naive) / med(target.upcoming) >= TARGET.naiveOverOurs, ratio(med(target.naive) / med(target.upcoming))));
  const upcomingFirst = (r: CorpusResults): boolean => med(r.upcoming) < med(r.all) && r.last!.pendingAtUpcoming >= r.last!.bodiesParsed;
  row('Upcoming ready before all follow-ups, no body parsed for it', (r) =>
    `${upcomingFirst(r) ? 'yes' : 'NO'}: ${ms(med(r.upcoming))} < ${ms(med(r.all))} ms, ${r.last!.pendingAtUpcoming.toLocaleString('en-US')} bodies pending`,
    'yes', verdict(upcomingFirst(target), `${ratio(med(target.upcoming) / med(target.all))} of the all-follow-ups time`));

  const p50 = percentile(reindex.samples, 50);
  const p95 = percentile(reindex.samples, 95);
  const only10k = (value: string) => (r: CorpusResults): string => (r === target ? value : '');
  row(`Re-index one changed file + views' queries, p50 / p95 over ${reindex.samples.length} changes (ms; CPU time in brackets)`,
    only10k(`${ms(p50)} / ${ms(p95)} (${ms(percentile(reindex.cpuSamples, 50))} / ${ms(percentile(reindex.cpuSamples, 95))})`), `p95 ≤ ${TARGET.reindexP95Ms} ms`, verdict(p95 <= TARGET.reindexP95Ms, `${ms(p95)} ms`));
  const pp50 = percentile(reindex.profileSamples, 50);
  const pp95 = percentile(reindex.profileSamples, 95);
  row(`Re-index after a person profile's frontmatter changes (separate sample), p50 / p95 over ${reindex.profileSamples.length} changes (ms)`,
    only10k(`${ms(pp50)} / ${ms(pp95)}`), `p95 ≤ ${TARGET.reindexP95Ms} ms`, verdict(pp95 <= TARGET.reindexP95Ms, `${ms(pp95)} ms`));
  row('Heap after indexing (MB, `heapUsed` after gc; modules alone)', only10k(`${heap.heapMb.toFixed(0)} (${heap.baselineMb.toFixed(0)})`),
    `≤ ${TARGET.heapMb} MB`, verdict(heap.heapMb <= TARGET.heapMb, `${heap.heapMb.toFixed(0)} MB`));
  const kb = bundleBytes / 1024;
  row('`dist/extension.js` minified (KiB)', only10k(kb.toFixed(0)), `≤ ${TARGET.bundleKb} KB`, verdict(kb <= TARGET.bundleKb, `${kb.toFixed(0)} KiB`));

  const header = ['Measurement', ...cols, 'Target (realistic 10k)', 'Result'];
  const lines = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
  lines.push('', `Times: median (min–max) of ${args.runs} runs after a warm-up, today = ${TODAY}, seed ${DEFAULT_SEED}. `
    + 'Naive is charged for parsing only (its reads are free), ours for the reads too.');
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
    'Corpora from `bench/generate.ts` (see its header for what a realistic note looks like); targets from issue 4.',
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
