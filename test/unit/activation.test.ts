import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  activationEvents: string[];
  contributes: { configuration: { properties: Record<string, { default?: unknown }> } };
};

/** The first folder of a setting's default path (`1on1s/${personSlug}/${date}.md` → `1on1s`). */
function topFolder(setting: string): string {
  const value = manifest.contributes.configuration.properties[setting]?.default;
  assert.equal(typeof value, 'string', `${setting} has no default path`);
  return (value as string).split('/')[0];
}

describe('activation events (package.json)', () => {
  const events = manifest.activationEvents;

  it('never activates in every workspace at start-up', () => {
    for (const event of events) assert.ok(event !== '*' && event !== 'onStartupFinished', `"${event}" activates the extension in any workspace`);
  });

  for (const setting of ['oneOnOne.peopleFolder', 'oneOnOne.newNotePath', 'oneOnOne.templatesFolder']) {
    it(`activates at start-up in a journal with the default ${setting} folder, so the status bar shows without opening a view`, () => {
      assert.ok(events.includes(`workspaceContains:${topFolder(setting)}`), `no workspaceContains:${topFolder(setting)} in ${JSON.stringify(events)}`);
    });
  }

  it('checks folders by name, without a workspace search (no glob in a workspaceContains pattern)', () => {
    for (const event of events.filter((e) => e.startsWith('workspaceContains:'))) assert.doesNotMatch(event, /[*?{[]/, event);
  });

  it('activates on opening markdown, so a journal in folders of its own gets completion and diagnostics', () => {
    assert.ok(events.includes('onLanguage:markdown'));
  });
});
