/**
 * Whether already-trimmed text stands for an empty cell: '', '-', '–', '—', 'N/A' (any case)
 * or '#N/A' (a spreadsheet's "not available" value).
 * Checks length first so the common case (real text) costs one comparison.
 */
export function isEmptyText(trimmed: string): boolean {
  const n = trimmed.length;
  if (n === 0) return true;
  if (n === 1) {
    const c = trimmed.charCodeAt(0);
    return c === 0x2d || c === 0x2013 || c === 0x2014; // - – —
  }
  if (n === 3) {
    return trimmed.charCodeAt(1) === 0x2f && (trimmed === 'N/A' || trimmed.toLowerCase() === 'n/a');
  }
  if (n === 4) return trimmed === '#N/A';
  return false;
}
