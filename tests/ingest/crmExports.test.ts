/**
 * One export per CRM, written from each CRM's documented export headers with rows written here
 * (tests/fixtures/crm, see tests/fixtures/README.md): the whole data stage maps the columns,
 * accounts for every row, and gives the won total worked out by hand in each test.
 */
import { describe, expect, it } from 'vitest';
import type { DataStageResult } from '../../src/dataStage.ts';
import { stageOn } from './stageOn.ts';

function dealsTable(result: DataStageResult, file: string) {
  const table = result.report.files.find((f) => f.file === file)!.tables[0]!;
  expect(table.kind).toBe('deals');
  // every row accounted for
  expect(table.accepted + table.rejected + table.skipped).toBe(table.rowsRead);
  return table;
}

interface Case {
  file: string;
  mapping: Record<string, string>;
  rows: number;
  won: number;
  /** Worked out by hand from the fixture rows. */
  wonAmount: number;
  open: number;
  lost: number;
}

const CASES: Case[] = [
  {
    // Zoho CRM, Potentials module (older accounts): "15 Apr, 2021 00:02:00" dates.
    file: 'zoho-potentials.csv',
    mapping: { name: 'Potential Name', owner: 'Potential Owner', account: 'Account Name', createdDate: 'Created Time', closeDate: 'Closing Date', amount: 'Amount', stage: 'Stage', probability: 'Probability (%)' },
    rows: 5, won: 2, wonAmount: 12_000 + 8_500.5, lost: 1, open: 2,
  },
  {
    file: 'zoho-deals.csv',
    mapping: { id: 'Record Id', name: 'Deal Name', owner: 'Deal Owner', closeDate: 'Closing Date', amount: 'Amount', createdDate: 'Created Time' },
    rows: 4, won: 2, wonAmount: 15_000 + 7_250, lost: 1, open: 1,
  },
  {
    // Odoo: "Expected Revenue" is the deal's value (no other amount column).
    file: 'odoo.csv',
    mapping: { name: 'Opportunity', account: 'Customer', amount: 'Expected Revenue', closeDate: 'Expected Closing', owner: 'Salesperson', createdDate: 'Created on' },
    rows: 4, won: 2, wonAmount: 5_400 + 12_600, lost: 0, open: 2,
  },
  {
    // SugarCRM / SuiteCRM list export (field names); date_closed is the expected close date.
    file: 'suitecrm.csv',
    mapping: { id: 'id', name: 'name', owner: 'assigned_user_name', ownerId: 'assigned_user_id', stage: 'sales_stage', amount: 'amount', closeDate: 'date_closed', createdDate: 'date_entered' },
    rows: 4, won: 2, wonAmount: 20_000 + 5_500.75, lost: 1, open: 1,
  },
  {
    // Freshsales: "Expected close date" and "Closed date" side by side.
    file: 'freshsales.csv',
    mapping: { amount: 'Deal value', closeDate: 'Expected close date', actualCloseDate: 'Closed date', stage: 'Deal stage', owner: 'Owner', pipeline: 'Deal pipeline' },
    rows: 4, won: 2, wonAmount: 2_500 + 1_750, lost: 1, open: 1,
  },
  {
    // Close: value is in cents, value_formatted in dollars; lead_name is the company.
    file: 'close.csv',
    mapping: { id: 'id', account: 'lead_name', status: 'status_type', stage: 'status_label', probability: 'confidence', amount: 'value_formatted', currency: 'value_currency', wonTime: 'date_won', owner: 'user_name' },
    rows: 4, won: 2, wonAmount: 1_500 + 2_750.5, lost: 1, open: 1,
  },
  {
    // Copper: Status Open / Won / Lost / Abandoned (abandoned is lost).
    file: 'copper.csv',
    mapping: { name: 'Opportunity Name', account: 'Company', amount: 'Value', status: 'Status', owner: 'Owner', probability: 'Win Percentage' },
    rows: 5, won: 2, wonAmount: 6_000 + 9_000, lost: 2, open: 1,
  },
  {
    // Insightly: Opportunity State (Suspended is open), Bid Amount, User Responsible.
    file: 'insightly.csv',
    mapping: { status: 'Opportunity State', probability: 'Probability Of Winning', closeDate: 'Forecast Close Date', actualCloseDate: 'Actual Close Date', amount: 'Bid Amount', currency: 'Bid Currency', owner: 'User Responsible', stage: 'Current Pipeline Stage', account: 'Organisation Name' },
    rows: 5, won: 2, wonAmount: 11_000 + 4_400, lost: 1, open: 2,
  },
  {
    // monday CRM deals board: Forecast Value is the weighted value, not the amount.
    file: 'monday.csv',
    mapping: { name: 'Name', owner: 'Owner', stage: 'Stage', amount: 'Deal Value', closeDate: 'Expected Close Date', probability: 'Close Probability', actualCloseDate: 'Actual Close Date' },
    rows: 5, won: 2, wonAmount: 8_000 + 2_200, lost: 1, open: 2,
  },
  {
    file: 'bitrix24.csv',
    mapping: { id: 'ID', name: 'Deal Name', stage: 'Stage', amount: 'Income', owner: 'Responsible person', createdDate: 'Created on', closeDate: 'Expected close date' },
    rows: 4, won: 2, wonAmount: 3_200 + 6_800, lost: 1, open: 1,
  },
  {
    file: 'pipedrive.csv',
    mapping: { id: 'Deal - ID', owner: 'Deal - Owner', amount: 'Deal - Value', status: 'Deal - Status', wonTime: 'Deal - Won time' },
    rows: 4, won: 2, wonAmount: 4_500 + 3_300, lost: 1, open: 1,
  },
  {
    // Dynamics 365: won deals take Actual Revenue (48,000 and 12,500, not the estimates).
    file: 'dynamics365.csv',
    mapping: { id: '(Do Not Modify) Opportunity', name: 'Topic', account: 'Potential Customer', amount: 'Est. Revenue', actualRevenue: 'Actual Revenue', status: 'Status', stage: 'Pipeline Phase' },
    rows: 4, won: 2, wonAmount: 48_000 + 12_500, lost: 1, open: 1,
  },
  {
    file: 'hubspot.csv',
    mapping: { id: 'Record ID', name: 'Deal Name', stage: 'Deal Stage', owner: 'Deal owner', amount: 'Amount', createdDate: 'Create Date' },
    rows: 4, won: 2, wonAmount: 24_000 + 3_600, lost: 1, open: 1,
  },
  {
    // Salesforce report export with its footer (grand total, copyright).
    file: 'salesforce-report.csv',
    mapping: { owner: 'Opportunity Owner', account: 'Account Name', name: 'Opportunity Name', amount: 'Amount', id: 'Opportunity ID' },
    rows: 4, won: 2, wonAmount: 25_000 + 12_500, lost: 1, open: 1,
  },
  {
    // Salesforce Data Loader (API names, Owner.Name relationship column).
    file: 'salesforce-dataloader.csv',
    mapping: { id: 'Id', stage: 'StageName', isWon: 'IsWon', isClosed: 'IsClosed', owner: 'Owner.Name', ownerId: 'OwnerId' },
    rows: 4, won: 2, wonAmount: 25_000 + 12_500, lost: 1, open: 1,
  },
];

describe('CRM exports, one per CRM, read as they are exported', () => {
  it.each(CASES)('$file: mapping, rows accounted for, won total by hand', async (c) => {
    const result = await stageOn(c.file);
    expect(result.ok).toBe(true);
    const table = dealsTable(result, c.file);
    expect(table.mapping).toMatchObject(c.mapping);
    // every mapping says why it was chosen
    for (const field of Object.keys(table.mapping)) expect(table.mappingHow?.[field]?.by).toMatch(/^(alias|word match|value profile|config)$/);
    expect(table).toMatchObject({ accepted: c.rows, rejected: 0 });
    expect(result.report.deals).toMatchObject({ total: c.rows, won: c.won, lost: c.lost, open: c.open });
    expect(result.report.deals.wonAmount).toBeCloseTo(c.wonAmount, 6);
    expect(result.report.totals.errors).toBe(0);
  });

  it('Zoho Potentials: dates like "15 Apr, 2021 00:02:00" are read as 2021-04-15', async () => {
    const result = await stageOn('zoho-potentials.csv');
    const acme = result.model!.deals.find((d) => d.name === 'Acme renewal')!;
    expect([acme.createdDate, acme.closeDate, acme.owner]).toEqual(['2021-04-15', '2021-06-30', 'Ana Ruiz']);
  });

  it('the mapping says why: alias, word match, or value profile', async () => {
    const table = dealsTable(await stageOn('zoho-potentials.csv'), 'zoho-potentials.csv');
    expect(table.mappingHow!.amount).toEqual({ by: 'alias', detail: 'alias "Amount"' });
    expect(table.mappingHow!.owner!.by).toBe('word match');
    expect(table.mappingHow!.owner!.detail).toMatch(/^words: potential, owner/);
  });

  it('Salesforce weekly Data Export: owners as user ids, named through User.csv (first + last name, manager by id)', async () => {
    const result = await stageOn('salesforce-weekly/Opportunity.csv', 'salesforce-weekly/User.csv');
    expect(result.ok).toBe(true);
    const users = result.report.files.find((f) => f.file === 'User.csv')!.tables[0]!;
    expect(users).toMatchObject({ kind: 'roster', accepted: 3, rejected: 0 });
    expect(users.mapping).toMatchObject({ firstName: 'FirstName', lastName: 'LastName', repId: 'Id', managerId: 'ManagerId', email: 'Email' });
    const table = dealsTable(result, 'Opportunity.csv');
    expect(table.mapping).toMatchObject({ ownerId: 'OwnerId', isWon: 'IsWon', isClosed: 'IsClosed' });
    // 25,000 + 12,500 won
    expect(result.report.deals).toMatchObject({ total: 4, won: 2, lost: 1, open: 1, wonAmount: 37_500 });
    const owners = [...new Set(result.model!.deals.map((d) => d.owner))].sort();
    expect(owners).toEqual(['Ada Lovelace', 'Alan Turing']);
    const ada = result.model!.reps.find((r) => r.name === 'Ada Lovelace')!;
    expect(ada).toMatchObject({ inRoster: true, manager: 'Grace Hopper', team: 'Grace Hopper' });
  });
});
