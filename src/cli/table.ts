/** A plain text table; the last column is cut to fit an 120-column terminal so rows stay on one line. */
export function table(header: string[], rows: string[][], width = process.stdout.columns || 120): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const fixed = widths.slice(0, -1).reduce((sum, w) => sum + w + 2, 0);
  const last = Math.max(20, width - fixed);
  return all.map((r) => r.map((cell, i) => {
    if (i === r.length - 1) return cell.length > last ? cell.slice(0, last - 1) + '…' : cell;
    return cell.padEnd(widths[i] ?? 0);
  }).join('  ')).join('\n');
}
