/** Pieces of the JSON contracts that several commands share. */

/**
 * When someone was last met, is next due and has a note scheduled, as `person --json` and
 * `upcoming --json` give it: ISO dates, `null` when there is none.
 */
export interface MeetingDatesJson {
  lastMet: string | null;
  nextDue: string | null;
  scheduledDate: string | null;
}

export function meetingDatesJson(dates: { lastMet?: string; nextDue?: string; scheduledDate?: string }): MeetingDatesJson {
  return { lastMet: dates.lastMet ?? null, nextDue: dates.nextDue ?? null, scheduledDate: dates.scheduledDate ?? null };
}
