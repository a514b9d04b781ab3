import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Commands, Views } from '../../src/vscode/commands';

interface Manifest {
  contributes: { commands: Array<{ command: string; category?: string }>; views: Record<string, Array<{ id: string }>> };
}

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8')) as Manifest;
const declared = manifest.contributes.commands.map((c) => c.command);
const views = Object.values(manifest.contributes.views).flat().map((v) => v.id);
/** Ids only the registry may spell: the commands, the views and the views' focus commands. */
const registered = [...declared, ...views, ...views.map((v) => `${v}.focus`)];

describe('the command registry', () => {
  it('holds every command the manifest declares, and only those', () => {
    assert.deepEqual([...Object.values(Commands)].sort(), [...declared].sort());
  });

  it('names each command once', () => {
    const ids = Object.values(Commands);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('holds every view the manifest contributes, and only those', () => {
    assert.deepEqual([...Object.values(Views)].sort(), [...views].sort());
  });

  it('lists no command or view id as a literal outside the registry', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        // contextKeys.ts names a context key that happens to share a command's id.
        else if (entry.name.endsWith('.ts') && !['commands.ts', 'contextKeys.ts'].includes(entry.name)) {
          const text = fs.readFileSync(full, 'utf8');
          for (const id of registered) if (text.includes(`'${id}'`)) offenders.push(`${path.relative(process.cwd(), full)}: ${id}`);
        }
      }
    };
    walk(path.resolve(__dirname, '..', '..', 'src'));
    assert.deepEqual(offenders, []);
  });
});
