/**
 * Records how long the extension's own synchronous tasks run (scan slices, parse chunks, view
 * refreshes, diagnostics slices), so `npm run bench:host` can tell the extension's blocks of the
 * extension host from VS Code's own work. Timing only: nothing about the notes is kept.
 *
 * Wall time counts the time the machine gave the thread to others; where Node can tell (22.x
 * and later: `process.threadCpuUsage`) each task's CPU time on the host's main thread is kept
 * too, so a loaded machine's stalls can be told from the extension's own work.
 */

/** CPU time of the current thread in ms, where the runtime can tell. */
export const threadCpuMs: (() => number) | undefined = (() => {
  const usage = typeof process === 'object' ? (process as { threadCpuUsage?: () => { user: number; system: number } }).threadCpuUsage : undefined;
  if (typeof usage !== 'function') return undefined;
  return () => {
    const u = usage.call(process);
    return (u.user + u.system) / 1000;
  };
})();

export class TaskTimer {
  private readonly longest = new Map<string, number>();
  private readonly longestCpu = new Map<string, number>();

  /** Runs `task`, remembering the longest run per label (wall and CPU time). */
  time<T>(label: string, task: () => T): T {
    const start = performance.now();
    const cpuStart = threadCpuMs?.();
    try {
      return task();
    } finally {
      const ms = performance.now() - start;
      if (ms > (this.longest.get(label) ?? 0)) this.longest.set(label, ms);
      if (cpuStart !== undefined) {
        const cpu = threadCpuMs!() - cpuStart;
        if (cpu > (this.longestCpu.get(label) ?? 0)) this.longestCpu.set(label, cpu);
      }
    }
  }

  /** The longest run of each label so far, in ms of wall time. */
  snapshot(): Record<string, number> {
    return Object.fromEntries(this.longest);
  }

  /** The longest run of each label so far, in ms of the thread's CPU time (empty where unknown). */
  cpuSnapshot(): Record<string, number> {
    return Object.fromEntries(this.longestCpu);
  }
}
