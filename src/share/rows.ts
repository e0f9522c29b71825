// Balanced rows for the share bar: how many columns to lay its controls out in so that, when they
// don't fit on one line, the rows come out even (4 + 3 rather than 6 + 1, never "Print" alone).

/**
 * The number of columns for controls of these natural `widths` in `room` pixels with `gap`
 * between them, each column as wide as its widest control; 0 when they all fit on one row (the
 * bar is left as it is).
 */
export function balancedColumns(widths: number[], room: number, gap: number): number {
  const n = widths.length;
  const fits = (cols: number): boolean => {
    let total = -gap;
    for (let c = 0; c < cols; c++) {
      let w = 0;
      for (let i = c; i < n; i += cols) w = Math.max(w, widths[i]);
      total += w + gap;
    }
    return total <= room + 0.5;
  };
  if (n < 2 || fits(n)) return 0;
  let first = 0;
  for (let rows = 2; rows <= n; rows++) {
    const cols = Math.ceil(n / rows);
    if (!fits(cols)) continue;
    // A last row of one is what this is here to avoid; take it only if nothing else fits.
    if (n % cols !== 1 || cols === 1) return cols;
    first ||= cols;
  }
  return first || 1;
}
