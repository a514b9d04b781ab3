/**
 * `oneonone`: the journal from a terminal, over the same core as the extension. The commands live
 * in `src/cli/` (one file each, listed in `src/cli/commands.ts`); `oneonone --help` lists them.
 *
 * Exit codes: 0 ok, 1 `check` found errors or a file could not be read, 2 bad usage or unreadable folder.
 */
import { main } from './cli/main';

export type { FollowUpJson } from './cli/followups';
export type { UpcomingJson } from './cli/upcoming';
export type { SuggestSkipJson } from './cli/suggestSkip';
export type { DiagnosticJson } from './cli/check';
export type { PersonJson } from './cli/person';

main();
