/**
 * How people are doing (issue 19, docs/FORMAT.md#notes): an optional `mood` in a note's
 * frontmatter, a number from 1 to 5 or one of five words, and the short trend the person page
 * and the dashboard show. The one home of the scale: parsing, the words completion offers, the
 * diagnostic's wording and the trend are all here. Pure. Mood is confidential like the note it
 * is written in: surfaces hide it in privacy mode.
 */
import type { IsoDate } from './model';

/** A mood on the scale: 1 (rough) … 5 (great). */
export type MoodValue = 1 | 2 | 3 | 4 | 5;

/** The scale, lowest first: the value, the word completion offers, and what it means. */
export const MOOD_SCALE: ReadonlyArray<{ value: MoodValue; word: string; meaning: string }> = [
  { value: 1, word: 'rough', meaning: 'having a hard time; worth a closer look' },
  { value: 2, word: 'low', meaning: 'below their usual; something weighs on them' },
  { value: 3, word: 'okay', meaning: 'neither up nor down' },
  { value: 4, word: 'good', meaning: 'doing well' },
  { value: 5, word: 'great', meaning: 'energised, thriving' },
];

const BY_WORD: ReadonlyMap<string, MoodValue> = new Map(MOOD_SCALE.map((m) => [m.word, m.value]));

/** The outcome of reading a `mood:` value: absent (nothing written), a value, or not a mood. */
export type MoodReading = { kind: 'absent' } | { kind: 'mood'; value: MoodValue } | { kind: 'bad'; written: string };

/**
 * Reads a frontmatter `mood`: an integer 1–5 (also written as a string, `"4"`), or one of the
 * scale's words in any case (`Good`). Empty or null is absent; anything else (0, 6, 3.5, `meh`,
 * a list) is not a mood.
 */
export function readMood(value: unknown): MoodReading {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return { kind: 'absent' };
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= 5 ? { kind: 'mood', value: value as MoodValue } : { kind: 'bad', written: String(value) };
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase();
    if (/^[1-5]$/.test(v)) return { kind: 'mood', value: Number(v) as MoodValue };
    const word = BY_WORD.get(v);
    if (word) return { kind: 'mood', value: word };
    return { kind: 'bad', written: value.trim() };
  }
  return { kind: 'bad', written: Array.isArray(value) ? `[${value.map(String).join(', ')}]` : String(value) };
}

/** The mood of `value`, or undefined when it is absent or not a mood. */
export function parseMood(value: unknown): MoodValue | undefined {
  const reading = readMood(value);
  return reading.kind === 'mood' ? reading.value : undefined;
}

/** The word for a mood value (`4` → `good`). */
export function moodWord(value: MoodValue): string {
  return MOOD_SCALE[value - 1].word;
}

/** What the diagnostic for a `mood` that is not one says: what was written and what to write. */
export function badMoodMessage(written: string): string {
  const words = MOOD_SCALE.map((m) => m.word).join(', ');
  return `\`mood: ${written}\` is not a mood: write a whole number from 1 (rough) to 5 (great), or one of ${words}. This note's mood is left out of the trend.`;
}

/** One note's mood, for a trend. */
export interface MoodPoint {
  date: IsoDate;
  value: MoodValue;
}

/**
 * The moods of notes dated today or earlier, oldest first (same date: by file), from notes with
 * a date and a mood. `notes` are one person's notes, in any order.
 */
export function moodHistory(notes: ReadonlyArray<{ uri: string; date?: IsoDate; mood?: MoodValue }>, today: IsoDate): MoodPoint[] {
  return notes
    .filter((n): n is { uri: string; date: IsoDate; mood: MoodValue } => n.date !== undefined && n.mood !== undefined && n.date <= today)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0))
    .map((n) => ({ date: n.date, value: n.mood }));
}

/** Which way the mood went over the trend: up or down by one or more between the first and last half. */
export type MoodDirection = 'up' | 'down' | 'steady';

/** The small trend shown for a person: the last `count` moods, oldest first, and which way they went. */
export interface MoodTrend {
  points: MoodPoint[];
  /** The latest mood. */
  latest: MoodPoint;
  direction: MoodDirection;
  /** The trend in one line of text (`3 → 4 → 2 · low, down`), for labels and screen readers. */
  summary: string;
}

/** The last `count` (default 6) moods of a history, oldest first; undefined when there is none. */
export function moodTrend(history: readonly MoodPoint[], count = 6): MoodTrend | undefined {
  if (history.length === 0) return undefined;
  const points = history.slice(-count);
  const latest = points[points.length - 1];
  const direction = trendDirection(points.map((p) => p.value));
  const summary = `${points.map((p) => p.value).join(' → ')} · ${moodWord(latest.value)}${points.length > 1 ? `, ${direction}` : ''}`;
  return { points, latest, direction, summary };
}

/** Up or down when the mean of the later half differs from the earlier half's by at least 1. */
export function trendDirection(values: readonly number[]): MoodDirection {
  if (values.length < 2) return 'steady';
  const half = Math.floor(values.length / 2);
  const mean = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
  const delta = mean(values.slice(values.length - half)) - mean(values.slice(0, half));
  return delta >= 1 ? 'up' : delta <= -1 ? 'down' : 'steady';
}
