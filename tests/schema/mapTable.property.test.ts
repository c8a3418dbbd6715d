/** Whatever the headers and cells, mapTable accounts for every row and never throws. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALIASES } from '../../src/schema/aliases.ts';
import { map } from './helpers/rawTable.ts';

const spellings = Object.values(ALIASES).flatMap((table) => Object.values(table as Record<string, readonly string[]>).flat());
const header = fc.oneof(fc.constantFrom(...spellings, '__proto__', 'constructor', '', 'Q1 FY27', 'Date entered "Won"'), fc.string({ maxLength: 12 }));
const cell = fc.oneof(
  fc.constant(null),
  fc.constantFrom('', 'Closed Won', 'Prospecting', '2026-02-30', '10/13/2020', '13/07/2023', '$1,200', 'TBD', '45%', '1', 'yes', '__proto__'),
  fc.string({ maxLength: 10 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
);

describe('mapTable (property)', () => {
  it('rowsRead = accepted + rejected + skipped, and every typed row points at a table row', () => {
    fc.assert(
      fc.property(
        fc.array(header, { minLength: 1, maxLength: 8 }),
        fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 12 }),
        fc.constantFrom('deals.csv', 'history.csv', 'quotas.csv', 'report1642777476321.csv'),
        (headers, rows, file) => {
          const mapped = map({ file, headers, rows }); // asserts the counts
          const rowNumbers = new Set(rows.map((_, i) => i + 2));
          for (const typed of [...mapped.deals, ...mapped.history, ...mapped.quotas, ...mapped.roster]) {
            expect(rowNumbers.has(typed.source.row)).toBe(true);
          }
          expect(mapped.report.issues.length).toBeLessThanOrEqual(50);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      { numRuns: 300, seed: 20261 },
    );
  });
});
