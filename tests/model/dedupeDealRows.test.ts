import { describe, expect, it } from 'vitest';
import { dedupeDealRows } from '../../src/model/dedupeDealRows.ts';
import { dealFile, dealRow } from '../fixtures/model/rows.ts';

describe('dedupeDealRows', () => {
  it('keeps the later row of an id repeated in one snapshot of one table', () => {
    const rows = dealFile('d.csv', '2026-03-01', [{ id: 'A', amount: 1 }, { id: 'B' }, { id: 'A', amount: 2 }]);
    const { rows: kept, issues } = dedupeDealRows([...rows].reverse());
    expect(kept.map((r) => [r.id, r.amount, r.source.row]).sort()).toEqual([
      ['A', 2, 4],
      ['B', 10_000, 3],
    ]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'warning', code: 'duplicate-id', row: 4, value: 'A' });
    expect(issues[0]!.message).toContain('row 2');
    expect(issues[0]!.message).toContain('amount');
  });

  it('does not treat the same id in another snapshot date or sheet as a duplicate', () => {
    const rows = [
      dealRow({ id: 'A' }, { file: 'd.xlsx', sheet: 'March', row: 2, snapshotDate: '2026-03-01' }),
      dealRow({ id: 'A' }, { file: 'd.xlsx', sheet: 'April', row: 2, snapshotDate: '2026-04-01' }),
      dealRow({ id: 'A' }, { file: 'd.xlsx', sheet: 'April (copy)', row: 2, snapshotDate: '2026-04-01' }),
    ];
    expect(dedupeDealRows(rows)).toEqual({ rows, issues: [] });
  });

  it('names the first 20 differing duplicates of a table and counts the rest in one warning', () => {
    const deals = [];
    for (let i = 0; i < 25; i++) deals.push({ id: `X${i}`, amount: 1 }, { id: `X${i}`, amount: 2 });
    const { rows, issues } = dedupeDealRows(dealFile('d.csv', null, deals));
    expect(rows).toHaveLength(25);
    expect(issues).toHaveLength(21);
    expect(issues[20]!.message).toContain('5 more deal ids appear twice');
  });
});
