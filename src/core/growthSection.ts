/**
 * Which heading opens a note's growth / feedback section (`## Growth & feedback`, `### Feedback
 * for me`, `## Career`…): the one home of the rule, read by the person page's growth excerpts and
 * the review export (`personPage.ts`) and by the status-meeting drift signal
 * (`insights/noteContent.ts`), so a section counts the same everywhere.
 */

/** The heading's text (without the `#`s) opens a growth / feedback section. */
export const GROWTH_HEADING = /\b(?:growth|feedback|career)\b/i;

/** Whether a heading's text (without the `#`s) opens a growth / feedback section. */
export function isGrowthHeading(title: string): boolean {
  return GROWTH_HEADING.test(title);
}
