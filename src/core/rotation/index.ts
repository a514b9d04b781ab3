/**
 * The skip-level rotation (docs/FORMAT.md#skip-level-rotation): who to meet for a skip-level next, with reasons, and a plan
 * for the next weeks. Pure and deterministic: the directory and meetings in, `today` passed in;
 * the order of the input never changes the result.
 *
 * Who is eligible: everyone two or more levels below me in the org chart whose relationship is
 * `skip` (an explicit `relationship` on a profile wins over the chart, as everywhere else), who
 * is active, not away today, and has no skip-level note dated after today.
 *
 * The rules, in order (each one only decides among the people the rules above it leave tied):
 * 1. **Never met first**: nobody with a past skip-level note comes before someone without one.
 * 2. **Rounds** (coverage): the rotation goes in rounds; a round ends when everyone eligible has
 *    had a skip-level in it, and nobody is suggested a second time in a round while someone
 *    eligible has not been met in it. The rounds are replayed from the notes, so nothing is
 *    stored: a round closes at the skip-level that completes it. Someone who joins, or comes back
 *    from leave, holds the round open until they have been met, which puts them first.
 * 3. **Spread across branches** (a branch is the subtree of one of my direct reports): the next
 *    pick avoids the branch of the previous skip-level whenever the rules above allow someone
 *    from another branch.
 * 4. **Longest since the last skip-level** with the person.
 * 5. **Every branch and every depth over time**: the branch, then the depth, with the smallest
 *    share of its people met this round. Branches are drawn down in proportion to their size (so
 *    no small branch runs dry early and leaves a long run of one big branch at the end of a
 *    round), and deeper levels are met in proportion, not only the leads at depth 2.
 * 6. **Name**, so ties always break the same way.
 *
 * Why rule 4 sits below rule 3 and above rule 5: within a round the order is the previous
 * round's order (oldest first) except where a pick would repeat the previous branch, so a person
 * moves at most about one place from round to round and the gap between two skip-levels with
 * the same person stays close to one round (test/unit/rotation.test.ts measures it).
 *
 * The modules: `types.ts` (what the rotation answers), `org.ts` (the org chart and the past
 * skip-levels as the rotation sees them), `state.ts` (the replayed rounds and rules 1–6),
 * `rank.ts` (today's ranking), `plan.ts` (the weeks ahead), `peers.ts` (peers past their window)
 * and `wording.ts` (what the CLI and the extension say).
 */
export type { PeerSuggestion, PlannedSkipLevel, PlannedWeek, RotationNeed, SkipLevelOptions, SkipLevelSuggestion, SkipLevelSuggestions } from './types';
export { branchOf } from './org';
export { suggestSkipLevels } from './rank';
export { planRotation } from './plan';
export { peersPastWindow } from './peers';
export { describeNeed, planMarkdown } from './wording';
