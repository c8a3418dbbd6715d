/**
 * Real exports nobody on the project wrote (see ../shared/realdata/README.md). They are not in
 * the repository; the test skips with a message when the folder is absent.
 */
import { expect, it } from 'vitest';
import { findDataFiles } from '../../src/ingest/findDataFiles.ts';
import { readDataFile } from '../../src/ingest/readDataFile.ts';
import { expectAccounted } from './expectAccounted.ts';
import { REALDATA as dir, describeRealdata } from '../realdata/realdata.ts';


const limits = { maxFileBytes: 512 * 1024 * 1024, maxUncompressedBytes: 1024 * 1024 * 1024 };

/** Data records per file, counted outside Quarterdeck (lines minus the header; no quoted line breaks in these files). */
const RECORDS: Record<string, number> = {
  'maven-crm/sales_pipeline.csv': 8800,
  'maven-crm/us-dates/sales_pipeline.csv': 8800,
  'salesforce-dtc/DTC_Opportunity.csv': 1999,
  'salesforce-dtc/DTC_OpportunityHistory.csv': 387,
  'salesforce-api/Opportunity.csv': 50,
  'adventureworks-quota/sales_quota_by_rep.csv': 163,
};

describeRealdata(`real exports in ${dir}`, Object.keys(RECORDS), () => {
  it('reads every file: header on row 1, every record a data row, no errors', async () => {
    const files = await findDataFiles(dir);
    for (const expected of Object.keys(RECORDS)) expect(files).toContain(expected);
    for (const file of files) {
      const result = await readDataFile(dir, file, limits);
      expect(result.format, file).toBe('csv');
      expect(result.notes.filter((n) => n.severity === 'error'), file).toEqual([]);
      expect(result.tables, file).toHaveLength(1);
      const table = result.tables[0];
      if (table === undefined) continue;
      expect(table.headerRow, file).toBe(1);
      expect(table.notes, file).toEqual([]);
      expect(table.skipped, file).toEqual([]);
      expect(table.rowsRead, file).toBe(table.rows.length);
      const records = RECORDS[file];
      if (records !== undefined) expect(table.rowsRead, file).toBe(records);
      expectAccounted(table, Array.from({ length: table.rowsRead + 1 }, (_, i) => i + 1));
    }
  });

  it('strips the byte-order mark from the first header of the Data Loader export', async () => {
    const result = await readDataFile(dir, 'salesforce-api/Opportunity.csv', limits);
    const table = result.tables[0];
    expect(table?.encoding).toBe('utf-8-bom');
    expect(table?.headers[0]).toBe('Id');
  });

  it('keeps the leading spaces of the history headers as they are in the file', async () => {
    const result = await readDataFile(dir, 'salesforce-dtc/DTC_OpportunityHistory.csv', limits);
    expect(result.tables[0]?.headers.slice(0, 3)).toEqual(['OpportunityName', ' CloseDate', ' Amount']);
  });
});
