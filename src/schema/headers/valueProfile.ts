/**
 * What a column's values look like, from a sample of its cells (the first 200 filled ones):
 * used only to break a tie between two columns that could both be one field, once per table.
 *   money  most cells read as amounts, and they carry a currency, decimals, thousands
 *          separators or values of 1,000 and more (`"$200,000 "`, `12.500,00 €`);
 *   count  most cells are small whole numbers (below 1,000) with nothing around them (a lead count);
 *   date   most cells read as dates;
 *   text   anything else.
 */
import type { Cell, RawRow } from '../../ingest/types.ts';
import { parseAmount } from '../values/parseAmount.ts';
import { parseDate } from '../values/parseDate.ts';

export type ValueKind = 'money' | 'count' | 'date' | 'text' | 'empty';

export interface ValueProfile {
  kind: ValueKind;
  /** Filled cells looked at. */
  sampled: number;
}

const SAMPLE = 200;

export function valueProfile(rows: readonly RawRow[], col: number): ValueProfile {
  let sampled = 0;
  let amounts = 0;
  let moneyLike = 0;
  let small = 0;
  let dates = 0;
  for (let i = 0; i < rows.length && sampled < SAMPLE; i++) {
    const cell: Cell = rows[i]!.cells[col] ?? null;
    if (cell === null || (typeof cell === 'string' && cell.trim() === '')) continue;
    sampled++;
    const text = typeof cell === 'string' ? cell.trim() : null;
    const a = parseAmount(cell);
    if (a.ok && a.value !== null) {
      amounts++;
      const whole = Number.isInteger(a.value);
      const plain = text === null || /^-?\d+$/.test(text);
      if (a.currency !== null || !whole || Math.abs(a.value) >= 1000 || (text !== null && /[,.'\s]\d{3}\b/.test(text))) moneyLike++;
      else if (plain && Math.abs(a.value) < 1000) small++;
    }
    if (typeof cell !== 'number' || cell > 20000) {
      const d = parseDate(cell, null);
      if (d.ok && d.value !== null && (typeof cell === 'number' || !/^\s*-?[\d.,]+\s*$/.test(String(cell)))) dates++;
    }
  }
  if (sampled === 0) return { kind: 'empty', sampled };
  const most = (n: number) => n >= sampled * 0.8;
  if (most(dates)) return { kind: 'date', sampled };
  if (most(amounts)) return { kind: moneyLike > 0 ? 'money' : small > 0 ? 'count' : 'money', sampled };
  return { kind: 'text', sampled };
}

/** Higher is better for a field that wants `want` values. */
export function profileScore(profile: ValueProfile, want: 'money' | 'date'): number {
  if (want === 'money') return { money: 3, count: 1, empty: 0, date: -1, text: -1 }[profile.kind];
  return { date: 3, empty: 0, money: -1, count: -1, text: -1 }[profile.kind];
}
