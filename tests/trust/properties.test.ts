/**
 * Property tests through the whole data stage, on random exports in every supported format
 * (CSV with comma, semicolon, tab or pipe in UTF-8, UTF-8 with BOM, UTF-16 LE or Windows-1252;
 * XLSX; an HTML table saved as .xls) with title blocks, blank rows, Salesforce footers and
 * valid and invalid values (see exportArbitrary.ts):
 * - every row is accounted for: rows read = accepted + rejected + skipped, each count as
 *   worked out from the generated rows;
 * - the model holds exactly the accepted deals, with the statuses, amounts and dates the
 *   generated values mean, and the won total is the sum of the accepted won amounts;
 * - the accepted deals written back as a plain deals CSV (by the test) read as the same model.
 * Fixed seed (set FC_SEED to explore others); modest run counts so the suite takes seconds.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Deal } from '../../src/model/types.ts';
import { exportArbitrary, expected, writeExport, type Export } from './exportArbitrary.ts';
import { stage, tempFolders } from './trustKit.ts';

const folders = tempFolders('quarterdeck-trust-prop-');
afterAll(() => folders.cleanup());

const SEED = process.env.FC_SEED === undefined ? 20261 : Number(process.env.FC_SEED);
const SNAPSHOT = '2026-04-01';

function describeExport(e: Export): string {
  const f = e.format;
  return f.kind === 'csv' ? `csv ${JSON.stringify(f.delimiter)} ${f.encoding} ${JSON.stringify(f.eol)}` : f.kind;
}

/** The fields a deal's reading decides, for comparing models. */
function essentials(d: Deal) {
  return { id: d.id, name: d.name, owner: d.owner, stage: d.stage, status: d.status, amount: d.amount, closeDate: d.closeDate };
}

describe('random exports through the data stage', () => {
  it('account for every row and give exactly the accepted deals, with the won total summed from them', async () => {
    await fc.assert(
      fc.asyncProperty(exportArbitrary, async (e) => {
        const { name, bytes } = writeExport(e, `deals-${SNAPSHOT}`);
        const want = expected(e);
        const { report, model } = await stage(folders.make({ [name]: bytes }));
        const context = describeExport(e);

        expect(report.files, context).toHaveLength(1);
        const file = report.files[0]!;
        expect(file.status, context).toBe('read');
        expect(file.tables.map((t) => t.kind), context).toEqual(['deals']);
        const table = file.tables[0]!;
        expect(table.rowsRead, context).toBe(want.rowsRead);
        expect(table.accepted, context).toBe(want.accepted.length);
        expect(table.rejected, context).toBe(want.broken);
        expect(table.skipped, context).toBe(want.rowsRead - want.accepted.length - want.broken);
        expect(table.skippedBy.title, context).toBe(e.title.length);

        expect(report.deals.total).toBe(want.accepted.length);
        expect(report.deals.wonAmount, context).toBe(want.wonTotal);
        const deals = [...model!.deals].sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
        expect(
          deals.map((d) => [d.id, d.status, d.amount, d.closeDate]),
          context,
        ).toEqual(want.accepted.map((l) => [l.id, l.stage.value, l.amount.value, l.closeDate.value]));
      }),
      { numRuns: 100, seed: SEED },
    );
  });

  it('the accepted deals written back as a plain CSV read as the same model', async () => {
    const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
    await fc.assert(
      fc.asyncProperty(exportArbitrary, async (e) => {
        const { name, bytes } = writeExport(e, `deals-${SNAPSHOT}`);
        const first = await stage(folders.make({ [name]: bytes }));
        const deals = first.model!.deals;
        const lines = deals.map((d) =>
          [d.id, d.name, d.owner, d.stage ?? '', d.amount === null ? '' : String(d.amount), d.closeDate ?? ''].map(quote).join(','),
        );
        const csv = `deal_id,deal_name,owner,stage,amount,close_date\n${lines.map((l) => `${l}\n`).join('')}`;
        const second = await stage(folders.make({ [`deals-${SNAPSHOT}.csv`]: csv }));
        expect(second.report.totals, describeExport(e)).toMatchObject({ rowsRead: deals.length, accepted: deals.length, rejected: 0 });
        expect(second.model!.deals.map(essentials), describeExport(e)).toEqual(deals.map(essentials));
        expect(second.report.deals).toEqual(first.report.deals);
      }),
      { numRuns: 50, seed: SEED },
    );
  });
});
