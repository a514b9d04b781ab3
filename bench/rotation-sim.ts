/**
 * The skip-level rotation against a naive "longest since the last skip-level" ranking, on
 * generated orgs over two simulated years of weekly picks where each pick is met that week.
 *
 *   npx tsx bench/rotation-sim.ts [--weeks 104] [--seed 1]
 *
 * Prints one markdown table. The orgs, churn and metrics are those of the unit tests
 * (test/unit/helpers/orgSim.ts). Churn: about 15 % of people join, 12 % leave and 25 % take a
 * leave of 2–12 weeks per year; "repeat leaves" lets someone take a second leave, added to
 * their `away` list beside the first. Metrics: coverage violations (someone met a second time in a round while
 * someone eligible was not met in it), the longest gap between two skip-levels with one person,
 * the longest wait of anyone (also counting the wait for a first skip-level and the wait still
 * open at the end), consecutive picks from one branch (avoidable: someone the higher rules allow
 * was in another branch / all), the longest run of picks from one branch, and the share of the
 * people at depth ≥ 3 met each year.
 */
import { suggestSkipLevels } from '../src/core/rotation';
import { DEFAULT_SETTINGS } from '../src/core/settings';
import {
  CHURN, CHURN_REPEAT_LEAVES, STABLE, directoryOf, eligiblePeople, generateOrg, measure, naiveStrategy, simulate,
  type SimMetrics, type SimOptions, type Strategy,
} from '../test/unit/helpers/orgSim';

const ours: Strategy = (directory, meetings, today, count) =>
  suggestSkipLevels(directory, meetings, today, { limit: count, weekMode: DEFAULT_SETTINGS.weekMode }).people.map((s) => s.person.name);

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
}

const weeks = option('--weeks', 104);
const seed = option('--seed', 1);

const CHURNS = { stable: STABLE, churn: CHURN, 'churn, repeat leaves': CHURN_REPEAT_LEAVES } as const;
type ChurnName = keyof typeof CHURNS;

const scenarios: Array<{ size: number; maxDepth: number; churn: ChurnName; perWeek: number }> = [];
for (const [size, maxDepth] of [[20, 2], [20, 3], [60, 3], [60, 4], [200, 4], [200, 5]]) {
  for (const churn of Object.keys(CHURNS) as ChurnName[]) for (const perWeek of [1, 2]) scenarios.push({ size, maxDepth, churn, perWeek });
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;
const cells = (m: SimMetrics): string[] => [
  String(m.coverageViolations),
  String(m.longestGap),
  String(m.longestWait),
  `${m.avoidableSameBranch}/${m.sameBranch}`,
  String(m.longestBranchRun),
  m.deepShareByYear.map(pct).join(', '),
];

const header = ['org', 'churn', '/wk', 'eligible', 'gap bound', 'ranking', 'coverage violations', 'longest gap (wk)', 'longest wait (wk)', 'same-branch (avoidable/all)', 'longest branch run', 'depth ≥ 3 met per year'];
const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
const started = Date.now();
for (const s of scenarios) {
  const options: SimOptions = {
    org: { size: s.size, maxDepth: s.maxDepth, seed: seed * 1000 + s.size * 7 + s.maxDepth },
    churn: CHURNS[s.churn],
    weeks,
    perWeek: s.perWeek,
    start: '2027-01-04',
  };
  const eligible = eligiblePeople(directoryOf(generateOrg(options.org)), options.start).length;
  const bound = Math.ceil(eligible / s.perWeek) + 1;
  for (const [name, strategy] of [['ours', ours], ['naive', naiveStrategy]] as const) {
    const m = measure(simulate(options, strategy));
    lines.push(`| ${[`${s.size} people, depth ${s.maxDepth}`, s.churn, String(s.perWeek), String(eligible), String(bound), name, ...cells(m)].join(' | ')} |`);
  }
}
process.stdout.write(`${lines.join('\n')}\n\n${scenarios.length * 2} simulations of ${weeks} weeks in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${seed}).\n`);
