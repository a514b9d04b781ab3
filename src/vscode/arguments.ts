/** Reading command arguments that may come from a view row, a script or a test. */

/** A person's name from a command argument: a string, an Upcoming row or a People row. */
export function personArgument(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg.trim() || undefined;
  if (!arg || typeof arg !== 'object') return undefined;
  const node = arg as { entry?: { person?: { name?: unknown } }; person?: unknown };
  if (typeof node.entry?.person?.name === 'string') return node.entry.person.name;
  if (typeof node.person === 'string') return node.person;
  if (node.person && typeof node.person === 'object' && typeof (node.person as { name?: unknown }).name === 'string') {
    return (node.person as { name: string }).name;
  }
  return undefined;
}
