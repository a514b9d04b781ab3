/** `oneonone suggest-skip <dir> [--today D] [--count N] [--json]`: the skip-level rotation's next picks. */
import { describeNeed, suggestSkipLevels } from '../core/rotation';
import type { CliCommand } from './command';

/** The JSON shape of one skip-level suggestion, in rank order. */
export interface SuggestSkipJson {
  person: string;
  depth: number;
  /** The direct report whose subtree the person is in. */
  branch: string;
  lastSkipLevel: string | null;
  reasons: string[];
}

export const suggestSkip: CliCommand = {
  name: 'suggest-skip',
  summary: 'who to meet for the next skip-level, with reasons',
  options: { today: 'date', count: 'count', json: 'flag' },
  run({ loaded, today, json, count, out }) {
    const { journal } = loaded;
    const limit = count('count');
    const result = suggestSkipLevels(journal.directory(), journal.meetings(), today, { weekMode: loaded.settings.weekMode, ...(limit !== undefined ? { limit } : {}) });
    if (json) {
      // What is missing goes to stderr, so the JSON on stdout stays an array.
      if (result.need) out.error(describeNeed(result.need, result.excluded));
      out.json(result.people.map((s): SuggestSkipJson => ({
        person: s.person.name,
        depth: s.depth,
        branch: s.branch.name,
        lastSkipLevel: s.lastSkipLevel ?? null,
        reasons: s.reasons,
      })));
      return 0;
    }
    if (result.need) {
      out.line(describeNeed(result.need, result.excluded));
    } else {
      out.table(['#', 'Person', 'Depth', 'Branch', 'Why'],
        result.people.map((s, i) => [String(i + 1), s.person.name, String(s.depth), s.branchLabel, s.reasons.join(' · ')]), 100);
      const { met, of } = result.round;
      out.line(met === of ? `All ${of} have had a skip-level this round.` : `${met} of ${of} met this round.`);
    }
    if (result.peers.length > 0) {
      out.line('');
      out.line('Peers past their window:');
      out.table(['Peer', 'Why'], result.peers.map((p) => [p.person.name, p.reasons.join(' · ')]), 100);
    }
    return 0;
  },
};
