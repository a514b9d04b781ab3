/**
 * Classifies one markdown file as a 1:1 note, a person profile or neither, from its frontmatter
 * alone (cheap), and reports what is wrong with it. The body is parsed later, and only when a
 * query needs its follow-ups.
 */
import { parseCalendarDate } from '../dates';
import type { Confidentiality, JournalDiagnostic, Note, PersonProfile, Severity, DiagnosticCode } from '../model';
import { badMoodMessage, readMood } from '../mood';
import { stripWikiLink } from '../names';
import { parseTalkingPoints } from '../talkingPoints';
import { keyLineFinder, rawScalarOfKey, readFrontmatter } from './frontmatter';
import { parseBoolean, parseCadence, parseDateRanges, parseMeetingType, parseRelationship, parseStringList, suggestIsoDate } from './values';

export type ParsedFile =
  | { kind: 'note'; note: Note; diagnostics: JournalDiagnostic[] }
  | { kind: 'person'; profile: PersonProfile; diagnostics: JournalDiagnostic[] }
  | { kind: 'other'; diagnostics: JournalDiagnostic[] };

/** Frontmatter that mentions these keys was meant for the journal, so its YAML errors matter. */
const JOURNAL_KEYS = /^\s*(?:person|kind)\s*:/m;

export function parseJournalFile(uri: string, text: string): ParsedFile {
  const fm = readFrontmatter(text);
  const diagnostics: JournalDiagnostic[] = [];
  const report = (line: number, severity: Severity, code: DiagnosticCode, message: string, data?: Record<string, string>): void => {
    diagnostics.push({ uri, line, severity, code, message, ...(data ? { data } : {}) });
  };

  if (fm.error) {
    if (JOURNAL_KEYS.test(fm.raw)) report(fm.error.line, 'error', 'yaml', fm.error.message);
    return { kind: 'other', diagnostics };
  }
  const data = fm.data;
  if (!data) return { kind: 'other', diagnostics };
  const lineOf = keyLineFinder(fm.raw);
  const line = (key: string): number => lineOf(key) ?? 1;

  if (typeof data.kind === 'string' && data.kind.trim().toLowerCase() === 'person') {
    const profile = readProfile(uri, data, line, report, fm.raw);
    const points = parseTalkingPoints(text);
    if (points.length > 0) profile.talkingPoints = points.map((p) => ({ line: p.line, text: p.text }));
    return { kind: 'person', profile, diagnostics };
  }
  if (!('person' in data)) return { kind: 'other', diagnostics };

  const personName = typeof data.person === 'string' || typeof data.person === 'number' ? stripWikiLink(String(data.person)) : '';
  if (!personName) {
    report(line('person'), 'error', 'missing-person', 'This 1:1 note has an empty `person`: write the name of the person you met.');
  }

  let date: string | undefined;
  if (data.date === undefined || data.date === null || data.date === '') {
    report(line('person'), 'error', 'missing-date', 'This 1:1 note has no `date`: add `date: YYYY-MM-DD`.');
  } else {
    date = parseCalendarDate(data.date);
    if (!date) {
      const written = String(data.date);
      const suggestion = suggestIsoDate(written);
      report(line('date'), 'error', 'bad-date',
        `\`date: ${written}\` is not a date; write it as YYYY-MM-DD${suggestion ? ` (${suggestion})` : ''}.`,
        { value: written, ...(suggestion ? { suggestion } : {}) });
    }
  }

  let explicitType: Note['explicitType'];
  if (data.type !== undefined && data.type !== null) {
    // An unquoted `type: 1:1` is the YAML number 61: read what was written instead.
    const written = typeof data.type === 'number' ? rawScalarOfKey(fm.raw, 'type') ?? String(data.type) : String(data.type);
    explicitType = parseMeetingType(written);
    if (!explicitType) {
      report(line('type'), 'warning', 'bad-type',
        `Unknown meeting type "${written}": use one-on-one, skip-level or peer. Treated as the person's default type.`,
        { value: written });
    } else if (written.trim() !== explicitType) {
      report(line('type'), 'hint', 'type-alias', `"${written}" means ${explicitType}.`, { value: written, suggestion: explicitType });
    }
  }

  let confidentiality: Confidentiality | undefined;
  if (data.confidentiality !== undefined && data.confidentiality !== null) {
    const v = String(data.confidentiality).trim().toLowerCase();
    if (v === 'confidential' || v === 'shareable') confidentiality = v;
    else {
      report(line('confidentiality'), 'warning', 'bad-confidentiality',
        `Unknown confidentiality "${String(data.confidentiality)}": use confidential or shareable. Treated as confidential.`,
        { value: String(data.confidentiality) });
    }
  }

  const mood = readMood(data.mood);
  if (mood.kind === 'bad') report(line('mood'), 'warning', 'bad-mood', badMoodMessage(mood.written), { value: mood.written });

  const keyLines: Note['keyLines'] = {};
  for (const key of ['person', 'date', 'type', 'confidentiality'] as const) {
    const at = lineOf(key);
    if (at !== undefined) keyLines[key] = at;
  }
  const note: Note = {
    uri,
    personName,
    tags: parseStringList(data.tags),
    bodyStartLine: fm.bodyStartLine,
    keyLines,
    ...(explicitType ? { explicitType } : {}),
    ...(date ? { date } : {}),
    ...(confidentiality ? { confidentiality } : {}),
    ...(mood.kind === 'mood' ? { mood: mood.value } : {}),
  };
  return { kind: 'note', note, diagnostics };
}

type Report = (line: number, severity: Severity, code: DiagnosticCode, message: string, data?: Record<string, string>) => void;

function readProfile(uri: string, data: Readonly<Record<string, unknown>>, line: (key: string) => number, report: Report, raw: string): PersonProfile {
  /** The line of a list item written after `key:` (block or flow list), else the key's line. */
  const itemLine = (keyLine: number, text: string): number => {
    const lines = raw.split(/\r\n|\r|\n/);
    for (let i = keyLine - 1; i < lines.length; i++) {
      if (i > keyLine - 1 && /^\S/.test(lines[i])) break; // the next key
      if (text && lines[i].includes(text)) return i + 1;
    }
    return keyLine;
  };
  let name = typeof data.name === 'string' || typeof data.name === 'number' ? stripWikiLink(String(data.name)) : '';
  if (!name) {
    name = fileStem(uri);
    report(1, 'warning', 'missing-person', `This person profile has no \`name\`; using "${name}" from the file name.`);
  }
  const profile: PersonProfile = {
    uri,
    name,
    aliases: parseStringList(data.aliases).map(stripWikiLink),
    active: parseBoolean(data.active, true),
  };
  for (const key of ['role', 'team', 'email'] as const) {
    if (typeof data[key] === 'string' && data[key]) profile[key] = (data[key] as string).trim();
  }
  if (typeof data.reportsTo === 'string' && data.reportsTo.trim()) {
    profile.reportsTo = stripWikiLink(data.reportsTo);
    profile.reportsToLine = line('reportsTo');
  }
  if (data.relationship !== undefined && data.relationship !== null) {
    const relationship = parseRelationship(data.relationship);
    if (relationship) profile.relationship = relationship;
    else report(line('relationship'), 'warning', 'bad-type',
      `Unknown relationship "${String(data.relationship)}": use direct, skip, peer, manager or self. It is inferred from the org chart instead.`,
      { value: String(data.relationship) });
  }
  if (data.cadence !== undefined && data.cadence !== null) {
    profile.cadenceText = String(data.cadence).trim();
    const cadence = parseCadence(data.cadence);
    if (cadence === undefined) {
      report(line('cadence'), 'warning', 'bad-cadence',
        `Unknown cadence "${String(data.cadence)}": use weekly, biweekly, monthly, "every N weeks" or "N days". The default is used.`,
        { value: String(data.cadence) });
    } else profile.cadenceDays = cadence;
  }
  if (data.away !== undefined && data.away !== null && data.away !== '') {
    const { ranges, bad } = parseDateRanges(data.away);
    if (ranges.length > 0) profile.away = ranges;
    const list = Array.isArray(data.away) || bad.length + ranges.length > 1;
    for (const item of bad) {
      report(list ? itemLine(line('away'), item.text) : line('away'), 'warning', 'bad-away', list
        ? `\`${item.text}\` in \`away\` is not a date range: write each range as YYYY-MM-DD..YYYY-MM-DD, the first date not after the second. The other ranges still count.`
        : `\`away: ${item.text}\` is not a date range: write it as YYYY-MM-DD..YYYY-MM-DD, or a list of them: [YYYY-MM-DD..YYYY-MM-DD, …].`,
      { value: item.text });
    }
  }
  return profile;
}

function fileStem(uri: string): string {
  const base = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
  return base.replace(/\.md$/i, '').replace(/[-_]+/g, ' ').replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}
