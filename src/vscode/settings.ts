/** The one place `oneOnOne.*` settings are read, into a typed object. */
import * as vscode from 'vscode';
import type { WeekMode } from '../core/followUpGroups';
import { enabledPatterns } from '../core/pathFilter';

export interface Settings {
  me?: string;
  exclude: string[];
  newNotePath: string;
  templatesFolder: string;
  peopleFolder: string;
  coolOffDays: number;
  skipLevelsPerWeek: number;
  showCoolingOff: boolean;
  groupFollowUpsBy: 'date' | 'person';
  weekMode: WeekMode;
}

export const SECTION = 'oneOnOne';

export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration(SECTION);
  const me = c.get<string>('me', '').trim();
  return {
    ...(me ? { me } : {}),
    exclude: [...c.get<string[]>('exclude', []), ...enabledPatterns(vscode.workspace.getConfiguration('files').get('exclude'))],
    newNotePath: c.get<string>('newNotePath', '1on1s/${personSlug}/${date}.md'),
    templatesFolder: c.get<string>('templatesFolder', '.1on1/templates'),
    peopleFolder: c.get<string>('peopleFolder', 'people'),
    coolOffDays: Math.max(0, c.get<number>('skipLevel.coolOffDays', 14)),
    skipLevelsPerWeek: Math.max(1, c.get<number>('skipLevel.perWeek', 1)),
    showCoolingOff: c.get<boolean>('followUps.showCoolingOff', true),
    groupFollowUpsBy: c.get<string>('followUps.groupBy', 'date') === 'person' ? 'person' : 'date',
    weekMode: c.get<string>('thisWeek', 'isoWeek') === 'next7Days' ? 'next7' : 'iso',
  };
}

/** Fires when a setting this extension reads changes. */
export function onDidChangeSettings(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(SECTION) || e.affectsConfiguration('files.exclude')) listener();
  });
}
