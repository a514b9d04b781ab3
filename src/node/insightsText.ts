/** `oneonone insights` without `--json`: the dashboard as plain text for a terminal. */
import { shortDate } from '../core/format';
import { AGE_BUCKETS, driftReason, type Insights } from '../core/insights';
import { formatTable } from './table';

function percent(met: number, eligible: number): string {
  return eligible === 0 ? '—' : `${Math.round((met / eligible) * 100)}%`;
}

export function insightsText(insights: Insights, fileOf: (uri: string) => string): string {
  const { today, weeks, thisWeek: week, coverage, aging } = insights;
  const out: string[] = [];
  out.push(`1:1 insights, today ${shortDate(today, today)} (${weeks.length} weeks from ${shortDate(weeks[0] ?? today, today)})`, '');

  out.push('This week');
  out.push(`  1:1s due or overdue: ${week.due.length === 0 ? 'none' : week.due.map((e) => `${e.person.name}${e.status === 'overdue' ? ' (overdue)' : ''}`).join(', ')}`);
  out.push(`  Follow-ups due: ${week.followUpsDue.length} · Cool-offs ending: ${week.coolOffsEnding.length} · Suggested skip-level: ${week.skipLevel?.person.name ?? 'none'}`, '');

  out.push('1:1 notes per week (! = overdue at the end of that week)');
  if (insights.people.length === 0) out.push('  No one to show: add person profiles or 1:1 notes.');
  else {
    const header = ['Person', 'Relationship', ...weeks.map((w) => w.slice(5).replace('-', '/'))];
    const rows = insights.people.map((r) => [r.person.name, r.relationship, ...r.counts.map((c, i) => `${c}${r.overdueWeeks.includes(i) ? '!' : ''}`)]);
    out.push(formatTable(header, rows, 30));
  }
  out.push('');

  out.push(`Skip-level coverage, last ${coverage.windowDays} days: ${coverage.met} of ${coverage.eligible} met (${percent(coverage.met, coverage.eligible)})`);
  if (coverage.eligible > 0) {
    out.push(`  By branch: ${coverage.byBranch.map((b) => `${b.branch.name} ${b.met}/${b.eligible}`).join(' · ')}`);
    out.push(`  By depth: ${coverage.byDepth.map((d) => `level ${d.depth} ${d.met}/${d.eligible}`).join(' · ')}`);
    out.push(`  Never met: ${coverage.neverMet.length === 0 ? 'nobody' : coverage.neverMet.map((p) => p.name).join(', ')}`);
  }
  out.push('');

  out.push('Open follow-ups by age of their note (days)');
  out.push(formatTable(['', ...AGE_BUCKETS], [
    ['Mine', ...AGE_BUCKETS.map((b) => String(aging.mine[b].length))],
    ['Theirs', ...AGE_BUCKETS.map((b) => String(aging.theirs[b].length))],
  ]).split('\n').map((l) => `  ${l}`).join('\n'));
  out.push('');

  out.push('Status-meeting drift');
  if (insights.drift.length === 0) out.push('  None: no one has 3 status-only notes in a row.');
  for (const flag of insights.drift) {
    out.push(`  ${flag.person.name}: ${driftReason(flag)}`);
    for (const n of flag.notes) out.push(`    ${fileOf(n.uri)}`);
  }
  return out.join('\n');
}
