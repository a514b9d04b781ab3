/** Plain-text table for terminal output; wide columns are cut with an ellipsis. */
export function formatTable(header: string[], rows: string[][], maxWidth = 60): string {
  const all = [header, ...rows].map((r) => r.map((c) => (Array.from(c).length > maxWidth ? Array.from(c).slice(0, maxWidth - 1).join('') + '…' : c)));
  const widths = header.map((_, i) => Math.max(...all.map((r) => Array.from(r[i] ?? '').length)));
  const line = (r: string[]): string => r.map((c, i) => c + ' '.repeat(widths[i] - Array.from(c).length)).join('  ').trimEnd();
  return [line(all[0]), widths.map((w) => '─'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}
