/**
 * A small hand-built SiteData for the table builders: two files (one deals CSV, one unreadable),
 * and four deals (three open, one won) as of 2026-09-16.
 */
import type { FileReport } from '../../src/dataStage.ts';
import type { Deal, DealHistory, Model } from '../../src/model/types.ts';
import type { TableReport } from '../../src/schema/types.ts';
import type { SiteData } from '../../src/site/load/siteData.ts';

const history: DealHistory = {
  known: true, firstSeen: '2026-08-05', lastSeen: '2026-09-16', states: [], stages: [], closeDateChanges: [], amountChanges: [], categoryChanges: [],
  pushCount: 1, pushedOutOfPeriodCount: 0, pullInCount: 0, daysInStage: 12, daysSinceActivity: 3, daysSinceActivitySource: 'activity column', disappeared: false, reopened: false,
};

function deal(id: string, fields: Partial<Deal>): Deal {
  return {
    id, idDerived: false, name: `Deal ${id}`, account: 'Acme', owner: 'Ana', team: 'East', region: 'Americas', stage: 'Proposal', status: 'open',
    amount: 1000, amountOriginal: 1000, currency: 'USD', createdDate: '2026-07-01', closeDate: '2026-10-30', forecastCategory: 'pipeline', probability: 0.5,
    type: null, leadSource: null, nextStep: null, lastActivityDate: null, lossReason: null, attributes: Object.create(null) as Record<string, string>,
    source: { file: 'deals.csv', sheet: null, row: 2 }, history, ...fields,
  };
}

const dealsTable: TableReport = {
  file: 'deals.csv', sheet: null, format: 'csv', encoding: 'utf-8', delimiter: ';', kind: 'deals', kindReason: 'has Stage and Amount columns', headerRow: 1,
  mapping: {}, unmappedColumns: [], rowsRead: 7, accepted: 4, rejected: 1, skipped: 2, skippedBy: { blank: 1, title: 0, footer: 1 },
  snapshotDate: '2026-09-16', snapshotDateSource: 'file name', issueCounts: { error: 1, warning: 0, info: 0, byCode: {} }, issues: [],
};

const files: FileReport[] = [
  { file: 'deals.csv', extension: 'csv', bytes: 500, format: 'csv', status: 'read', sheetsNotRead: [], issues: [], tables: [dealsTable] },
  { file: 'broken.xlsx', extension: 'xlsx', bytes: 20, format: null, status: 'unreadable', sheetsNotRead: [], issues: [], tables: [] },
];

export const deals: Deal[] = [
  deal('D1', { amount: 5000, stage: 'Negotiation', forecastCategory: 'commit', owner: 'Ana' }),
  deal('D2', { amount: 250, owner: 'Bo', team: 'West', forecastCategory: 'bestCase', probability: 0.2 }),
  deal('D3', { amount: null, owner: 'Bo', team: 'West', forecastCategory: null, history: { ...history, known: false, pushCount: null, daysInStage: null, daysSinceActivity: null } }),
  deal('D4', { amount: 9999, status: 'won', stage: 'Closed Won' }),
];

const model = {
  asOf: '2026-09-16', asOfSource: 'config', currency: 'USD', fiscalYearStartMonth: 2, fiscalYearNaming: 'end', deals, snapshots: [], reps: [], quotas: [], hasHistory: true,
  columnsPresent: { nextStep: false, lastActivityDate: false, forecastCategory: true, probability: true, createdDate: true, lossReason: false },
} satisfies Model;

export const siteData = {
  report: {
    files,
    totals: { files: 2, tables: 1, rowsRead: 7, accepted: 4, rejected: 1, skipped: 2, errors: 1, warnings: 0, infos: 0 },
  },
  model,
  dashboard: {},
} as unknown as SiteData;
