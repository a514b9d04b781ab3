/**
 * The journal's open follow-ups, kept sorted (by file, then line) between queries: after a
 * change to a few files only their items are replaced, so a view's refresh costs the change,
 * not the journal. A file's items are contiguous in the list, so one binary search finds them.
 */
import type { FollowUp } from './model';

/** Past this many changed files, the open follow-ups are collected again instead of patched. */
const MAX_PATCHED_FILES = 64;

export class OpenFollowUpList {
  private cache?: { resolution: number; items: FollowUp[] };
  private readonly stale = new Set<string>();

  /** Files whose items may have changed since the list was built. */
  markStale(uris: readonly string[]): void {
    if (!this.cache) return; // the next query collects the list anyway (a first index marks nothing)
    for (const uri of uris) this.stale.add(uri);
  }

  /** Forgets the list: the next query collects it again. */
  invalidate(): void {
    this.cache = undefined;
  }

  /**
   * The list for `resolution` (the journal's resolution version): collected from scratch with
   * `collect` when it cannot be patched, else patched with `openItemsOf` for each changed file.
   * A collected list is complete (`collect` parses every body that may hold an open item), so
   * it stays complete by patching, however many other bodies are still unparsed.
   */
  get(resolution: number, collect: () => FollowUp[], openItemsOf: (uri: string) => FollowUp[]): FollowUp[] {
    const cache = this.cache;
    if (!cache || cache.resolution !== resolution || this.stale.size > MAX_PATCHED_FILES) {
      this.cache = { resolution, items: collect() };
    } else {
      for (const uri of this.stale) patch(cache.items, uri, openItemsOf(uri));
    }
    this.stale.clear();
    return this.cache!.items;
  }
}

/** Replaces one file's items in the sorted list with `fresh` (sorted by line). */
function patch(items: FollowUp[], uri: string, fresh: readonly FollowUp[]): void {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].uri < uri) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < items.length && items[end].uri === uri) end++;
  items.splice(lo, end - lo, ...fresh);
}
