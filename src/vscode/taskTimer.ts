/**
 * Records how long the extension's own synchronous tasks run (scan slices, parse chunks, view
 * refreshes, diagnostics slices), so `npm run bench:host` can tell the extension's blocks of the
 * extension host from VS Code's own work. Timing only: nothing about the notes is kept.
 */
export class TaskTimer {
  private readonly longest = new Map<string, number>();

  /** Runs `task`, remembering the longest run per label. */
  time<T>(label: string, task: () => T): T {
    const start = performance.now();
    try {
      return task();
    } finally {
      const ms = performance.now() - start;
      if (ms > (this.longest.get(label) ?? 0)) this.longest.set(label, ms);
    }
  }

  /** The longest run of each label so far, in ms. */
  snapshot(): Record<string, number> {
    return Object.fromEntries(this.longest);
  }
}
