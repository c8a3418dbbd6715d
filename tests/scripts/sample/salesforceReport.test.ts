import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayFromIso as day } from '../../../scripts/sample/dates.ts';
import type { DealView } from '../../../scripts/sample/dealAt.ts';
import { salesforceReport } from '../../../scripts/sample/salesforceReport.ts';
import { opportunityId } from '../../../scripts/sample/simulateDeals.ts';
import { cloneId } from '../../../scripts/sample/benchData.ts';

const fixture = new URL('../../fixtures/scripts/salesforce-report-two-deals.csv', import.meta.url);

describe('salesforceReport', () => {
  it('writes the hand-written two-deal report byte for byte (quotes, CRLF, M/D/YYYY, footer)', () => {
    const rows: DealView[] = [
      {
        id: '0068c000002m8br', name: 'Harbor Foods, Inc. - Pilot', account: 'Harbor Foods, Inc.', owner: "Liam O'Connor",
        stage: 6, status: 'open', amount: 48500, probability: 75, closeDate: day('2026-10-30'), created: day('2026-07-14'),
        category: 'Commit', nextStep: 'Pricing call - "final" numbers', lastActivity: day('2026-09-14'),
        type: 'New Business', leadSource: 'Web', lossReason: '',
      },
      {
        id: '0068c000002m9mV', name: 'Müller Logistik GmbH - Renewal', account: 'Müller Logistik GmbH', owner: 'Chloé Laurent',
        stage: 9, status: 'lost', amount: 12000, probability: 0, closeDate: day('2026-09-02'), created: day('2026-06-01'),
        category: 'Omitted', nextStep: '', lastActivity: null, type: 'Renewal', leadSource: 'Existing Customer',
        lossReason: 'Lost to Status Quo',
      },
    ];
    const text = salesforceReport(rows, {
      author: 'Dana Whitfield',
      companyName: 'Northwind Analytics',
      currency: 'USD',
      generatedOn: day('2026-09-16'),
    });
    expect(text).toBe(readFileSync(fixture, 'utf8'));
  });
});

describe('opportunity ids', () => {
  it('opportunityId writes a 15-character id with key prefix 006 and a base-62 record number', () => {
    expect(opportunityId(0)).toBe('0068c0000000000');
    expect(opportunityId(61)).toBe('0068c000000000z');
    expect(opportunityId(62)).toBe('0068c0000000010');
  });
  it('cloneId puts the copy number in base 62 at positions 4-6', () => {
    expect(cloneId('0068c000002m8br', 0)).toBe('00600000002m8br');
    expect(cloneId('0068c000002m8br', 63)).toBe('00601100002m8br');
  });
});
