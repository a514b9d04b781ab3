/**
 * What a follow-up means once its note and the people are known: who owns it and when it may be
 * acted on (docs/FORMAT.md#follow-ups). Whether it is confidential is decided by the privacy
 * rules (src/core/privacy.ts: a skip-level note always is; `#confidential` items, and items
 * under one, are too); this module only applies them.
 *
 * - the owner is the first `@mention`; none, `@me` or a name of mine means me;
 * - a skip-level item without `after:` waits `coolOffDays` from the note's date; `#escalate`
 *   never waits;
 * - a future wait on a skip-level item is *cooling off* (it protects who raised it); a future
 *   `after:` on any other item is *snoozed* ("not before"), with its own wording.
 */
import { addDays } from './dates';
import type { FollowUp, IsoDate, Meeting, MeetingType, Note, RawFollowUp } from './model';
import type { Directory } from './people';
import { isConfidential, isNoteConfidential } from './privacy';

/** True when a note says `shareable` but is confidential anyway (a skip-level): worth a warning. */
export function shareableIgnored(type: MeetingType, confidentiality: Note['confidentiality']): boolean {
  return confidentiality === 'shareable' && isNoteConfidential({ type, confidentiality });
}

/** The owner of an item: the first mention resolved to a canonical name; no mention or `@me` is me. */
export function resolveOwner(mention: string | undefined, directory: Pick<Directory, 'resolve'>, meName: string | undefined): { owner: string | null; mine: boolean } {
  if (mention === undefined || mention.toLowerCase() === 'me') return { owner: meName ?? null, mine: true };
  const person = directory.resolve(mention); // once: this runs for every follow-up
  if (meName !== undefined && person?.name === meName) return { owner: meName, mine: true };
  return { owner: person?.name ?? mention, mine: false };
}

/**
 * The date before which an item should not be acted on: its own `after:`, else, on a skip-level
 * note, the note's date plus the cool-off; never for `#escalate`.
 */
export function effectiveAfter(item: Pick<RawFollowUp, 'after' | 'escalate'>, type: MeetingType, noteDate: IsoDate | undefined, coolOffDays: number): IsoDate | undefined {
  if (item.escalate) return undefined;
  if (item.after) return item.after;
  return type === 'skip-level' && noteDate ? addDays(noteDate, coolOffDays) : undefined;
}

/** An item of a note, resolved against the directory and the options. */
export function resolveFollowUp(item: RawFollowUp, meeting: Meeting, directory: Pick<Directory, 'resolve'>, meName: string | undefined, coolOffDays: number): FollowUp {
  const { owner, mine } = resolveOwner(item.ownerMention, directory, meName);
  const after = effectiveAfter(item, meeting.type, meeting.note.date, coolOffDays);
  return {
    ...item,
    uri: meeting.note.uri,
    owner,
    mine,
    person: meeting.person,
    type: meeting.type,
    ...(meeting.note.date ? { noteDate: meeting.note.date } : {}),
    confidential: isConfidential(item, { type: meeting.type, confidentiality: meeting.note.confidentiality }),
    ...(after ? { effectiveAfter: after } : {}),
  };
}

type Waiting = Partial<Pick<FollowUp, 'effectiveAfter' | 'escalate' | 'type'>>;

/** The date a follow-up waits for, when it is still in the future (cooling off or snoozed). */
export function waitingUntil(followUp: Waiting, today: IsoDate): IsoDate | undefined {
  if (followUp.escalate || !followUp.effectiveAfter) return undefined;
  return followUp.effectiveAfter > today ? followUp.effectiveAfter : undefined;
}

/** Until when a skip-level follow-up is cooling off; undefined for any other item. */
export function coolingOffUntil(followUp: Waiting, today: IsoDate): IsoDate | undefined {
  return followUp.type === 'skip-level' ? waitingUntil(followUp, today) : undefined;
}

/** Until when a follow-up that is not from a skip-level is snoozed (a future `after:`). */
export function snoozedUntil(followUp: Waiting, today: IsoDate): IsoDate | undefined {
  return followUp.type === 'skip-level' ? undefined : waitingUntil(followUp, today);
}
