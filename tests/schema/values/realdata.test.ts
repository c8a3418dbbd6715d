/**
 * The value parsers on real exports nobody here wrote (see ../shared/realdata/README.md).
 * Skipped when the folder is absent.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeRealdata, realdataPath } from '../../realdata/realdata.ts';
import Papa from 'papaparse';
import {
  detectDateOrder,
  detectPercentScale,
  parseAmount,
  parseBoolean,
  parseDate,
  parsePercent,
} from '../../../src/schema/values/index.ts';


function table(path: string): Record<string, string>[] {
  const text = readFileSync(realdataPath(path), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
  return parsed.data;
}

describeRealdata('values on real exports', ['maven-crm', 'salesforce-dtc', 'salesforce-api', 'adventureworks-quota'], () => {
  it('maven-crm: US-locale dates detect as month/day and equal the ISO originals row by row', () => {
    const iso = table('maven-crm/sales_pipeline.csv');
    const us = table('maven-crm/us-dates/sales_pipeline.csv');
    expect(us.length).toBe(8800);
    const byId = new Map(iso.map((r) => [r['opportunity_id'], r]));
    for (const column of ['engage_date', 'close_date']) {
      const guess = detectDateOrder(us.map((r) => r[column] ?? null));
      expect(guess.order).toBe('MDY');
      expect(guess.mixed).toBe(false);
      expect(guess.evidence).toMatch(/^\d{1,2}\/(1[3-9]|2\d|3[01])\/\d{4} in the column can only be month\/day$/);
      for (const row of us) {
        const original = byId.get(row['opportunity_id'])!;
        const a = parseDate(row[column] ?? null, guess.order);
        const b = parseDate(original[column] ?? null, null);
        expect(a).toEqual(b);
        expect(a.ok).toBe(true);
      }
    }
    // First row, read by eye: engage 10/20/2016, close 3/1/2017.
    expect(parseDate(us[0]!['close_date']!, 'MDY')).toEqual({ ok: true, value: '2017-03-01' });
  });

  it('maven-crm: every close value is an amount, blank for open deals', () => {
    const rows = table('maven-crm/sales_pipeline.csv');
    let blank = 0;
    for (const row of rows) {
      const r = parseAmount(row['close_value'] ?? null);
      expect(r.ok).toBe(true);
      if (r.ok && r.value === null) blank++;
    }
    expect(blank).toBeGreaterThan(0);
    expect(parseAmount(rows[0]!['close_value']!)).toEqual({ ok: true, value: 1054, currency: null });
  });

  it('salesforce-api: API timestamps, percent probabilities and 1-or-empty booleans', () => {
    const rows = table('salesforce-api/Opportunity.csv');
    expect(rows.length).toBe(50);
    expect(parseDate(rows[0]!['CreatedDate']!, null)).toEqual({ ok: true, value: '2024-01-22' });
    expect(parseAmount(rows[0]!['Amount']!)).toEqual({ ok: true, value: 1124741.15, currency: null });
    const probabilities = rows.map((r) => r['Probability'] ?? null);
    expect(detectPercentScale(probabilities)).toBe('percent');
    for (const row of rows) {
      for (const c of ['CreatedDate', 'CloseDate', 'LastModifiedDate', 'SystemModstamp', 'LastActivityDate']) {
        expect(parseDate(row[c] ?? null, null).ok).toBe(true);
      }
      expect(parseAmount(row['Amount'] ?? null).ok).toBe(true);
      const p = parsePercent(row['Probability'] ?? null, 'percent');
      expect(p.ok && [0, 0.1, 1].includes(p.value!)).toBe(true);
      for (const c of ['IsClosed', 'IsWon']) {
        const b = parseBoolean(row[c] ?? null);
        expect(b.ok && (b.value === true || b.value === null)).toBe(true);
      }
    }
  });

  it('salesforce-dtc: deals and history parse whole', () => {
    const deals = table('salesforce-dtc/DTC_Opportunity.csv');
    expect(deals.length).toBe(1999);
    for (const row of deals) {
      expect(parseAmount(row['Amount'] ?? null).ok).toBe(true);
      expect(parseDate(row['CloseDate'] ?? null, null).ok).toBe(true);
      expect(parseDate(row['CreatedDate'] ?? null, null).ok).toBe(true);
    }
    expect(parseAmount(deals[0]!['Amount']!)).toEqual({ ok: true, value: 838270, currency: null });
    const history = table('salesforce-dtc/DTC_OpportunityHistory.csv');
    const probabilities = history.map((r) => r[' Probability'] ?? null);
    expect(detectPercentScale(probabilities)).toBe('percent');
    // First history row: probability 10 -> 0.1.
    expect(parsePercent(probabilities[0]!, 'percent')).toEqual({ ok: true, value: 0.1 });
    for (const p of probabilities) expect(parsePercent(p, 'percent').ok).toBe(true);
  });

  it('adventureworks-quota: four-decimal amounts and YYYYMMDD keys', () => {
    const rows = table('adventureworks-quota/sales_quota_by_rep.csv');
    expect(parseAmount(rows[0]!['SalesAmountQuota']!)).toEqual({ ok: true, value: 28000, currency: null });
    for (const row of rows) {
      expect(parseAmount(row['SalesAmountQuota'] ?? null).ok).toBe(true);
      expect(parseDate(row['DateKey'] ?? null, null)).toEqual(parseDate(row['Date'] ?? null, null));
    }
  });
});
