/**
 * What the journal derives from a note and the people directory: the meeting it records (person
 * resolved, type, confidentiality), and the diagnostics that need the directory (a skip-level
 * note marked shareable, a note about someone without a profile). Per-file problems come from
 * the parse (./journalEntry.ts); follow-up resolution from ./followUpResolution.ts.
 */
import { shareableIgnored } from './followUpResolution';
import type { JournalDiagnostic, Meeting, Note } from './model';
import { defaultMeetingType, type Directory } from './people';
import { diagnosticMessage, isNoteConfidential } from './privacy';

/** A note's meeting: its person resolved, its type (the person's default when unwritten), its confidentiality. */
export function resolveMeeting(note: Note, directory: Directory): Meeting {
  const person = directory.resolve(note.personName);
  const type = note.explicitType ?? defaultMeetingType(person?.relationship);
  const confidential = isNoteConfidential({ type, confidentiality: note.confidentiality });
  return { note, person: person?.name ?? note.personName, type, confidential };
}

/** What is wrong with a resolved meeting, on the frontmatter line to change. */
export function meetingDiagnostics(meeting: Meeting, directory: Directory): JournalDiagnostic[] {
  const { note } = meeting;
  const result: JournalDiagnostic[] = [];
  if (shareableIgnored(meeting.type, note.confidentiality)) {
    result.push({
      uri: note.uri, line: note.keyLines.confidentiality ?? 1, severity: 'warning', code: 'skip-level-shareable',
      message: 'A skip-level note is always confidential: what someone tells you in a skip-level must not be shared. It is treated as confidential.',
    });
  }
  if (note.personName && !directory.resolve(note.personName)?.profile) {
    result.push({
      uri: note.uri, line: note.keyLines.person ?? 1, severity: 'information', code: 'unknown-person',
      ...diagnosticMessage(['"', { person: note.personName }, '" has no person profile yet: create one to place them in the org chart.']),
      data: { value: note.personName },
    });
  }
  return result;
}

/** Orders diagnostics and follow-ups alike: by file, then line. */
export function byFileAndLine(a: { uri: string; line: number }, b: { uri: string; line: number }): number {
  return a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.line - b.line;
}
