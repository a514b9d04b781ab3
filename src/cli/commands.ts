/** Every `oneonone` subcommand, in the order `--help` lists them. Add a new one here. */
import type { CliCommand } from './command';
import { check } from './check';
import { followups } from './followups';
import { insights } from './insights';
import { person } from './person';
import { suggestSkip } from './suggestSkip';
import { upcoming } from './upcoming';

export const COMMANDS: readonly CliCommand[] = [followups, upcoming, suggestSkip, check, person, insights];
