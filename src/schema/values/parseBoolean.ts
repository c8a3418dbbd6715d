/**
 * A yes/no cell -> boolean: TRUE/FALSE, Yes/No, Y/N, T/F, 1/0, On/Off in any case, and a
 * tick ('x', '✓', '✔') for true. Empty -> null (a blank tick box is the caller's to read).
 */
import type { Cell } from '../../ingest/types.ts';
import type { ValueResult } from './types.ts';
import { isEmptyText } from './isEmptyText.ts';

const EMPTY: ValueResult<boolean> = Object.freeze({ ok: true, value: null });
const TRUE: ValueResult<boolean> = Object.freeze({ ok: true, value: true });
const FALSE: ValueResult<boolean> = Object.freeze({ ok: true, value: false });
const BAD: ValueResult<boolean> = Object.freeze({
  ok: false,
  expected: 'a yes/no value such as TRUE, FALSE, Yes, No, 1 or 0',
});

const WORDS: ReadonlyMap<string, ValueResult<boolean>> = new Map([
  ['1', TRUE], ['true', TRUE], ['t', TRUE], ['yes', TRUE], ['y', TRUE], ['on', TRUE],
  ['x', TRUE], ['✓', TRUE], ['✔', TRUE],
  ['0', FALSE], ['false', FALSE], ['f', FALSE], ['no', FALSE], ['n', FALSE], ['off', FALSE],
]);

export function parseBoolean(cell: Cell): ValueResult<boolean> {
  if (cell === null) return EMPTY;
  if (typeof cell === 'boolean') return cell ? TRUE : FALSE;
  if (typeof cell === 'number') return cell === 1 ? TRUE : cell === 0 ? FALSE : BAD;
  const exact = WORDS.get(cell);
  if (exact !== undefined) return exact;
  const text = cell.trim();
  if (isEmptyText(text)) return EMPTY;
  return text.length > 5 ? BAD : (WORDS.get(text.toLowerCase()) ?? BAD);
}
