/**
 * The data stage's safety net: should a reader throw on bytes nobody foresaw (readDataFile
 * promises not to), that one file is listed as unreadable with one error and the others still
 * build, instead of the whole run ending as an internal error.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DEALS_HEADER, exitCodeOf, stage, tempFolders } from './trustKit.ts';

vi.mock('../../src/ingest/readDataFile.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/ingest/readDataFile.ts')>();
  return {
    ...original,
    readDataFile: async (...args: Parameters<typeof original.readDataFile>) => {
      if (args[1] === 'boom.csv') throw new RangeError('Invalid array length\n    at reader (reader.js:1:1)');
      return original.readDataFile(...args);
    },
  };
});

const folders = tempFolders();
afterAll(() => folders.cleanup());

describe('a reader that throws', () => {
  it('costs only its file, with a one-line error', async () => {
    const good = `${DEALS_HEADER}\nG1,Good,Ana Ruiz,Closed Won,100,2026-03-15\n`;
    const result = await stage(folders.make({ 'deals-2026-03-31.csv': good, 'boom.csv': 'x,y\n1,2\n' }));
    expect(exitCodeOf(result)).toBe(0);
    const boom = result.report.files.find((f) => f.file === 'boom.csv')!;
    expect([boom.status, boom.bytes]).toEqual(['unreadable', 8]);
    expect(boom.issues.map((i) => [i.severity, i.code, i.message])).toEqual([
      ['error', 'read-failed', 'boom.csv could not be read (Invalid array length): open it in Excel and save it again as .xlsx or CSV, or export it again from the CRM.'],
    ]);
    expect(result.report.deals).toMatchObject({ total: 1, wonAmount: 100 });
  });
});
