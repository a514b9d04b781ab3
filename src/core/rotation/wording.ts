/** What the rotation says, in words shared by the CLI and the extension. */
import { shortDate } from '../format';
import type { IsoDate } from '../model';
import type { PeerSuggestion, PlannedWeek, RotationNeed, SkipLevelSuggestions } from './types';

/** What the rotation needs, in one or two sentences. */
export function describeNeed(need: RotationNeed, excluded?: SkipLevelSuggestions['excluded']): string {
  switch (need) {
    case 'me':
      return 'Skip-level suggestions need to know who you are: add `relationship: self` to your own person profile (or set `oneOnOne.me`), and `reportsTo` to the profiles of the people in your org.';
    case 'org-chart':
      return 'Skip-level suggestions need an org chart: no person profile has `reportsTo`. Import your org chart from a CSV file, or add person profiles with `reportsTo`, so the rotation can reach people two or more levels below you.';
    case 'skip-levels':
      return 'Nobody is two or more levels below you in the org chart yet: skip-levels are with the reports of your direct reports. Add `reportsTo` to their person profiles.';
    case 'eligible': {
      const parts = excluded
        ? [excluded.scheduled ? `${excluded.scheduled} already scheduled` : '', excluded.away ? `${excluded.away} away` : '', excluded.inactive ? `${excluded.inactive} inactive` : '']
          .filter(Boolean)
        : [];
      return `Nobody to suggest for a skip-level right now${parts.length ? `: ${parts.join(', ')}` : ''}.`;
    }
  }
}

/** The plan as a markdown document (for a read-only preview). */
export function planMarkdown(plan: readonly PlannedWeek[], peers: readonly PeerSuggestion[], today: IsoDate, perWeek: number, need?: RotationNeed): string {
  const cell = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const lines: string[] = [
    `# Skip-level plan: ${plan.length} week${plan.length === 1 ? '' : 's'} from ${shortDate(today, today)}`,
    '',
    `${perWeek === 1 ? 'One skip-level' : `${perWeek} skip-levels`} a week (\`oneOnOne.skipLevel.perWeek\`), through everyone two or more levels below you, assuming each is met in its week. Everyone is met once before anyone twice; consecutive skip-levels come from different branches when possible.`,
    '',
  ];
  const rows = plan.flatMap((week) => week.meetings.map((m) => [
    shortDate(m.date, today) + (m.scheduled ? ' (scheduled)' : ''),
    m.suggestion.person.name,
    m.suggestion.branchLabel,
    String(m.suggestion.depth),
    m.suggestion.reasons.join(' · '),
  ]));
  if (rows.length > 0) {
    lines.push('| Week of | Person | Branch | Depth | Why |', '|---|---|---|---|---|');
    for (const row of rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  } else {
    lines.push(need ? describeNeed(need) : 'Nobody to plan a skip-level with.');
  }
  if (peers.length > 0) {
    lines.push('', '## Peers past their window', '');
    for (const peer of peers) lines.push(`- **${peer.person.name}** — ${peer.reasons.join(' · ')}`);
  }
  return lines.join('\n') + '\n';
}
