/**
 * Where a host's first index of the journal is, and the words of the progress row the views
 * show meanwhile.
 */

/** Listing and reading the files (`total` is 0 until the listing is done), parsing bodies, or ready. */
export type IndexProgress =
  | { phase: 'scanning'; done: number; total: number }
  | { phase: 'parsing'; remaining: number }
  | { phase: 'ready' };

/** "Looking for notes…" while the files are listed, "Indexing notes… 120/400", "Reading follow-ups… 3 notes left"; undefined when ready. */
export function indexProgressText(state: IndexProgress): string | undefined {
  if (state.phase === 'scanning') return state.total === 0 ? 'Looking for notes…' : `Indexing notes… ${state.done}/${state.total}`;
  if (state.phase === 'parsing') return `Reading follow-ups… ${state.remaining} ${state.remaining === 1 ? 'note' : 'notes'} left`;
  return undefined;
}
