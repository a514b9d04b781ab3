import type * as vscode from 'vscode';
import type { Log } from '../../../src/vscode/log';

/** The workspace state, kept across a simulated reload the way VS Code keeps it on disk. */
export class MemoryMemento implements vscode.Memento {
  private readonly values = new Map<string, unknown>();
  keys(): readonly string[] {
    return [...this.values.keys()];
  }
  get<T>(key: string, fallback?: T): T | undefined {
    return this.values.has(key) ? (this.values.get(key) as T) : fallback;
  }
  update(key: string, value: unknown): Thenable<void> {
    if (value === undefined) this.values.delete(key);
    else this.values.set(key, JSON.parse(JSON.stringify(value)));
    return Promise.resolve();
  }
}

/** A log that writes nothing, for a second PrivacyWorkspace made by a test. */
export const quietLog = { info: () => undefined, warn: () => undefined, error: () => undefined } as unknown as Log;
