/**
 * The journal's open follow-ups, kept sorted (by file, then line) between queries: after a
 * change to some files only their items are replaced, so a view's refresh costs the change,
 * not the journal. A file's items are contiguous in the list, so one binary search finds them.
 */
import { byFileAndLine } from './journalResolution';
import type { FollowUp } from './model';

/** Past this many changed files, the list is rebuilt in one merge instead of a splice per file. */
const MAX_SPLICED_FILES = 64;

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
    this.stale.clear();
  }

  /**
   * The list for `resolution` (the journal's resolution version): collected from scratch with
   * `collect` when there is none for it, else patched with `openItemsOf` (sorted by line) for
   * each changed file. What the list holds is what `collect` and `openItemsOf` agree on: the
   * journal's complete list parses every body that may hold an open item, its parsed-only list
   * (while a host indexes in the background) takes a body's items once it is parsed.
   */
  get(resolution: number, collect: () => FollowUp[], openItemsOf: (uri: string) => readonly FollowUp[]): FollowUp[] {
    const cache = this.cache;
    if (!cache || cache.resolution !== resolution) {
      this.cache = { resolution, items: collect() };
    } else if (this.stale.size > MAX_SPLICED_FILES) {
      cache.items = merged(cache.items, this.stale, openItemsOf);
    } else {
      for (const uri of this.stale) splice(cache.items, uri, openItemsOf(uri));
    }
    this.stale.clear();
    return this.cache!.items;
  }
}

/** Replaces one file's items in the sorted list with `fresh` (sorted by line). */
function splice(items: FollowUp[], uri: string, fresh: readonly FollowUp[]): void {
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

/** The sorted list with the items of every `stale` file replaced: one pass over it, one sort of the new items. */
function merged(items: readonly FollowUp[], stale: ReadonlySet<string>, openItemsOf: (uri: string) => readonly FollowUp[]): FollowUp[] {
  const fresh: FollowUp[] = [];
  for (const uri of stale) for (const item of openItemsOf(uri)) fresh.push(item);
  fresh.sort(byFileAndLine);
  const result: FollowUp[] = [];
  let j = 0;
  for (const item of items) {
    if (stale.has(item.uri)) continue;
    while (j < fresh.length && byFileAndLine(fresh[j], item) < 0) result.push(fresh[j++]);
    result.push(item);
  }
  while (j < fresh.length) result.push(fresh[j++]);
  return result;
}
