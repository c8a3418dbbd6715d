import { describe, expect, it } from 'vitest';
import { compareCells, tablesSort } from '../../src/site/tables/tablesSort.ts';
import type { TableColumn } from '../../src/site/tables/tableTypes.ts';

const columns: TableColumn[] = [
  { key: 'name', label: 'Deal', kind: 'text' },
  { key: 'amount', label: 'Amount', kind: 'money' },
  { key: 'close', label: 'Close', kind: 'date' },
];
const rows = [
  { name: 'Deal 10', amount: 500, close: '2026-09-30' },
  { name: 'deal 2', amount: null, close: '2026-08-01' },
  { name: 'Deal 1', amount: -100, close: null },
  { name: 'Ärger', amount: 500, close: '2026-12-31' },
  { name: null, amount: 9000, close: '2026-08-15' },
];

const names = (r: Record<string, unknown>[]) => r.map((x) => x.name);

describe('tablesSort', () => {
  it('tablesSort by money descending: largest first, ties keep their order, unknown last', () => {
    const sorted = tablesSort({ columns, rows, defaultSort: { key: 'amount', direction: 'descending' } });
    expect(names(sorted)).toEqual([null, 'Deal 10', 'Ärger', 'Deal 1', 'deal 2']);
  });

  it('tablesSort by money ascending: negative first, unknown still last', () => {
    const sorted = tablesSort({ columns, rows, defaultSort: { key: 'amount', direction: 'ascending' } });
    expect(names(sorted)).toEqual(['Deal 1', 'Deal 10', 'Ärger', null, 'deal 2']);
  });

  it('tablesSort by text: natural order, case and accents ignored', () => {
    const sorted = tablesSort({ columns, rows, defaultSort: { key: 'name', direction: 'ascending' } });
    expect(names(sorted)).toEqual(['Ärger', 'Deal 1', 'deal 2', 'Deal 10', null]);
  });

  it('tablesSort by date descending', () => {
    const sorted = tablesSort({ columns, rows, defaultSort: { key: 'close', direction: 'descending' } });
    expect(names(sorted)).toEqual(['Ärger', 'Deal 10', null, 'deal 2', 'Deal 1']);
  });

  it('tablesSort without a default order returns a copy in the given order', () => {
    const sorted = tablesSort({ columns, rows });
    expect(sorted).toEqual(rows);
    expect(sorted).not.toBe(rows);
  });
});

describe('compareCells', () => {
  it('compareCells puts NaN and empty text with unknown values', () => {
    expect(compareCells(Number.NaN, 1, 'number', 'ascending')).toBe(1);
    expect(compareCells(1, '', 'number', 'descending')).toBe(-1);
    expect(compareCells(null, undefined, 'text', 'ascending')).toBe(0);
  });
});
