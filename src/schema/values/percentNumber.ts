/**
 * The number in a probability cell and whether it carried a '%': '20%' -> 20 with percent,
 * '0,25' -> 0.25 (decimal comma), 0.2 -> 0.2. Null when the cell holds no number.
 * Empty cells are the caller's business.
 */
import type { Cell } from '../../ingest/types.ts';

export interface PercentNumber {
  value: number;
  /** The text ended with '%' (or a full-width '％'). */
  percentSign: boolean;
}

const NUMBER = /^[-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

export function percentNumber(cell: Cell): PercentNumber | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { value: cell, percentSign: false } : null;
  if (typeof cell !== 'string') return null;
  let text = cell.trim();
  const last = text.charCodeAt(text.length - 1);
  const percentSign = last === 0x25 || last === 0xff05;
  if (percentSign) text = text.slice(0, -1).trimEnd();
  if (text.length === 0 || text.length > 32 || !NUMBER.test(text)) return null;
  const value = Number(text.indexOf(',') < 0 ? text : text.replace(',', '.'));
  return Number.isFinite(value) ? { value, percentSign } : null;
}
