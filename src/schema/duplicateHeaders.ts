/**
 * Headers that appear twice, exactly or once case, spaces and punctuation are ignored
 * ('Close Date' and 'close_date'). The first column wins; each later one is paired with it.
 */
import { normalizeKey } from './values/normalizeKey.ts';

export interface DuplicateHeader {
  /** 0-based index of the column that is used. */
  first: number;
  /** 0-based index of the later column with the same name. */
  second: number;
  /** True when the two headers are written exactly the same. */
  exact: boolean;
}

export function duplicateHeaders(headers: readonly string[]): DuplicateHeader[] {
  const firstByKey = new Map<string, number>();
  const found: DuplicateHeader[] = [];
  headers.forEach((header, col) => {
    const key = normalizeKey(header);
    if (key === '') return;
    const first = firstByKey.get(key);
    if (first === undefined) firstByKey.set(key, col);
    else found.push({ first, second: col, exact: headers[first] === header });
  });
  return found;
}
