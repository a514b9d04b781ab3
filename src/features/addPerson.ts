/**
 * "Add Person": a person profile at `<peopleFolder>/<slug>.md`, from answers or from arguments
 * (`{ name, role, team, reportsTo }`). Never over an existing file or profile.
 */
import * as vscode from 'vscode';
import { nameKey } from '../core/names';
import { personProfileText, type ProfileFields } from '../core/noteEdits';
import { Commands } from '../vscode/commands';
import type { FeatureContext } from '../vscode/featureContext';
import { exists, writeNewFile } from '../vscode/files';
import { journalFolder, profileUri } from '../vscode/journalFolder';
import { openAt } from '../vscode/locations';

async function addPerson({ journal, privacy, log, settings }: FeatureContext, arg?: unknown): Promise<vscode.Uri | undefined> {
  const folder = journalFolder();
  if (!folder) {
    void vscode.window.showErrorMessage('Open the folder of your journal first: person profiles are created in it.');
    return undefined;
  }
  const given: Partial<ProfileFields> = typeof arg === 'string' ? { name: arg } : arg && typeof arg === 'object' ? arg as Partial<ProfileFields> : {};
  const directory = journal.directory();
  const taken = (name: string): string | undefined => {
    const found = directory.resolve(name);
    return found?.profile && nameKey(found.name) === nameKey(name) ? `${privacy.name(found.name)} already has a profile.` : undefined;
  };
  const ask = async (key: 'name' | 'role' | 'team', prompt: string, placeHolder?: string): Promise<string | undefined> => {
    if (key in given) return given[key] ?? '';
    return vscode.window.showInputBox({
      title: 'Add Person', prompt, ...(placeHolder ? { placeHolder } : {}),
      ...(key === 'name' ? { validateInput: (v: string) => (v.trim() ? taken(v) : 'Write a name') } : {}),
    });
  };
  const name = (await ask('name', 'Full name'))?.trim();
  if (!name) return undefined;
  const role = await ask('role', 'Role (optional, Enter to skip)', 'e.g. Senior Engineer');
  if (role === undefined) return undefined;
  const teams = [...new Set(journal.profiles().map((p) => p.team).filter((t): t is string => !!t))].sort();
  const team = await ask('team', 'Team (optional, Enter to skip)', teams.length ? `e.g. ${teams.slice(0, 4).join(', ')}` : undefined);
  if (team === undefined) return undefined;
  let reportsTo: string | undefined;
  if ('reportsTo' in given) reportsTo = given.reportsTo;
  else {
    const people = directory.people.filter((p) => p.profile).sort((a, b) => Number(b === directory.me) - Number(a === directory.me) || a.name.localeCompare(b.name));
    const choice = await privacy.showQuickPick(
      [{ label: 'Nobody here', description: 'top of the chart, or outside it', name: '', alwaysShow: true },
        ...people.map((p) => ({
          label: privacy.person(p.name),
          description: privacy.detail([p === directory.me && 'me', { role: p.profile?.role ?? '' }, { team: p.profile?.team ?? '' }]),
          name: p.name,
          match: [p.name, ...p.aliases, p.profile?.role ?? '', p.profile?.team ?? ''],
        }))],
      { title: privacy.message`Add Person: whom does ${{ person: name }} report to?`, placeHolder: 'Their manager', matchOnDescription: true },
    );
    if (!choice) return undefined;
    reportsTo = choice.name;
  }
  const clash = taken(name);
  const uri = profileUri(folder, settings().peopleFolder, name);
  if (clash || (await exists(uri))) {
    const where = directory.resolve(name)?.profile?.uri;
    const message = clash ?? `${privacy.on ? 'That profile file' : privacy.path(uri)} already exists.`;
    void vscode.window.showWarningMessage(`${message} Nothing was overwritten.`, 'Open').then((c) => {
      if (c) void openAt(where ?? uri.toString());
    });
    return undefined;
  }
  const text = personProfileText({ name, ...(role ? { role } : {}), ...(team ? { team } : {}), ...(reportsTo ? { reportsTo } : {}) });
  await writeNewFile(uri, text);
  log.info(`Created the profile ${vscode.workspace.asRelativePath(uri)}.`);
  await vscode.window.showTextDocument(uri, { preview: false });
  return uri;
}

export function register(ctx: FeatureContext): void {
  ctx.extension.subscriptions.push(vscode.commands.registerCommand(Commands.addPerson, (arg?: unknown) => addPerson(ctx, arg)));
}
