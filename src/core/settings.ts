/**
 * The one settings schema of the journal, for both fronts (the extension and the CLI): which
 * `oneOnOne.*` settings exist, their defaults, and how a raw value is read and clamped. The
 * extension hands in what `getConfiguration` returns, the CLI what `.vscode/settings.json` holds;
 * both get the same typed `Settings`.
 */
import type { JournalOptions } from './journal';
import { parseReminderTime } from './reminders';
import type { WeekMode } from './thisWeek';
import { isPrivacyExcludeKey } from './privacyWorkspace';

/** The settings the journal reads, typed and clamped. */
export interface Settings {
  /** `oneOnOne.me`, trimmed; absent when empty. */
  me?: string;
  /** `oneOnOne.exclude` plus the `files.exclude` patterns that are switched on. */
  exclude: string[];
  newNotePath: string;
  templatesFolder: string;
  peopleFolder: string;
  /** Implicit cool-off of skip-level follow-ups, in days from the note's date. */
  coolOffDays: number;
  skipLevelsPerWeek: number;
  showCoolingOff: boolean;
  groupFollowUpsBy: 'date' | 'person';
  weekMode: WeekMode;
  /** `oneOnOne.dashboard.weeks`: weeks the dashboard's heatmap shows. */
  dashboardWeeks: number;
  /** `oneOnOne.reminders.enabled`: a daily digest notification (opt-in). */
  remindersEnabled: boolean;
  /** `oneOnOne.reminders.time`: `HH:MM` local; an invalid value reads as the default. */
  remindersTime: string;
  /** `oneOnOne.coaching.everyWeeks`: weeks between "Their 1:1s" prompts for a manager direct. */
  coachingEveryWeeks: number;
}

/** The configuration section every setting of the extension lives under. */
export const SECTION = 'oneOnOne';

/** Bounds of the numeric settings: a huge value must never reach date arithmetic. */
export const COOL_OFF_DAYS_RANGE = { min: 0, max: 365 } as const;
export const SKIP_LEVELS_PER_WEEK_RANGE = { min: 1, max: 50 } as const;
export const DASHBOARD_WEEKS_RANGE = { min: 1, max: 104 } as const;
export const COACHING_EVERY_WEEKS_RANGE = { min: 1, max: 52 } as const;

/** Every setting's default, as the manifest (package.json) declares it. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  exclude: [],
  newNotePath: '1on1s/${personSlug}/${date}.md',
  templatesFolder: '.1on1/templates',
  peopleFolder: 'people',
  coolOffDays: 14,
  skipLevelsPerWeek: 1,
  showCoolingOff: true,
  groupFollowUpsBy: 'date',
  weekMode: 'iso',
  dashboardWeeks: 12,
  remindersEnabled: false,
  remindersTime: '09:00',
  coachingEveryWeeks: 4,
});

/** Folders never part of the journal, whatever the settings say. */
export const ALWAYS_EXCLUDED_FOLDERS: readonly string[] = ['node_modules', '.git'];

/** The same folders as globs: for a path filter, and for `findFiles`' exclude argument. */
export const ALWAYS_EXCLUDED_GLOBS: readonly string[] = ALWAYS_EXCLUDED_FOLDERS.map((f) => `**/${f}/**`);
export const ALWAYS_EXCLUDED_GLOB = `**/{${ALWAYS_EXCLUDED_FOLDERS.join(',')}}/**`;

/** The raw keys read, relative to `oneOnOne.` (plus `files.exclude`). */
export const SETTING_KEYS = [
  'me', 'exclude', 'newNotePath', 'templatesFolder', 'peopleFolder', 'skipLevel.coolOffDays',
  'skipLevel.perWeek', 'followUps.showCoolingOff', 'followUps.groupBy', 'thisWeek',
  'dashboard.weeks', 'reminders.enabled', 'reminders.time', 'coaching.everyWeeks',
] as const;

/**
 * Reads raw settings, keyed by their full names (`oneOnOne.skipLevel.coolOffDays`,
 * `files.exclude`), into typed settings: a missing or ill-typed value takes its default, numbers
 * are rounded and clamped to their range.
 */
export function parseSettings(raw: Readonly<Record<string, unknown>>): Settings {
  const get = (key: (typeof SETTING_KEYS)[number]): unknown => raw[`${SECTION}.${key}`];
  const me = typeof get('me') === 'string' ? (get('me') as string).trim() : '';
  const newNotePath = stringOr(get('newNotePath'), DEFAULT_SETTINGS.newNotePath);
  return {
    ...(me ? { me } : {}),
    exclude: [...stringList(get('exclude')), ...enabledPatterns(raw['files.exclude'])],
    newNotePath: newNotePath.trim() ? newNotePath : DEFAULT_SETTINGS.newNotePath,
    templatesFolder: stringOr(get('templatesFolder'), DEFAULT_SETTINGS.templatesFolder),
    peopleFolder: stringOr(get('peopleFolder'), DEFAULT_SETTINGS.peopleFolder),
    coolOffDays: clampedInteger(get('skipLevel.coolOffDays'), DEFAULT_SETTINGS.coolOffDays, COOL_OFF_DAYS_RANGE),
    skipLevelsPerWeek: clampedInteger(get('skipLevel.perWeek'), DEFAULT_SETTINGS.skipLevelsPerWeek, SKIP_LEVELS_PER_WEEK_RANGE),
    showCoolingOff: typeof get('followUps.showCoolingOff') === 'boolean' ? get('followUps.showCoolingOff') as boolean : DEFAULT_SETTINGS.showCoolingOff,
    groupFollowUpsBy: get('followUps.groupBy') === 'person' ? 'person' : 'date',
    weekMode: get('thisWeek') === 'next7Days' ? 'next7' : 'iso',
    dashboardWeeks: clampedInteger(get('dashboard.weeks'), DEFAULT_SETTINGS.dashboardWeeks, DASHBOARD_WEEKS_RANGE),
    remindersEnabled: get('reminders.enabled') === true,
    remindersTime: typeof get('reminders.time') === 'string' && parseReminderTime(get('reminders.time') as string) !== undefined
      ? (get('reminders.time') as string).trim() : DEFAULT_SETTINGS.remindersTime,
    coachingEveryWeeks: clampedInteger(get('coaching.everyWeeks'), DEFAULT_SETTINGS.coachingEveryWeeks, COACHING_EVERY_WEEKS_RANGE),
  };
}

/** The patterns of a `files.exclude` setting that are switched on (`{ "**\/.git": true }`). */
export function enabledPatterns(setting: unknown): string[] {
  if (!setting || typeof setting !== 'object' || Array.isArray(setting)) return [];
  return Object.entries(setting as Record<string, unknown>)
    // The key privacy mode adds to hide the journal from the Explorer is not an exclusion of the journal.
    .filter(([pattern, on]) => on === true && !isPrivacyExcludeKey(pattern))
    .flatMap(([pattern]) => [pattern, `${pattern.replace(/\/+$/, '')}/**`]);
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((e): e is string => typeof e === 'string') : [];
}

function clampedInteger(value: unknown, fallback: number, range: { min: number; max: number }): number {
  if (typeof value !== 'number' || Number.isNaN(value)) return fallback;
  return Math.min(range.max, Math.max(range.min, Math.round(value)));
}

/** The part of the settings the journal index itself needs. */
export function journalOptions(settings: Settings): JournalOptions {
  return { ...(settings.me ? { me: settings.me } : {}), coolOffDays: settings.coolOffDays };
}
