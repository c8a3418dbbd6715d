import { describe, expect, it } from 'vitest';
import { ALIASES, canonicalFields, type MappedKind } from '../../src/schema/aliases.ts';
import { dateEnteredStage, matchColumns } from '../../src/schema/matchColumns.ts';

const NO_OVERRIDES = { global: {}, file: null };
const fieldOf = (kind: MappedKind, header: string) => matchColumns([header], kind, NO_OVERRIDES).fields.entries().next().value?.[0] ?? null;

describe('aliases', () => {
  it('no spelling is listed for two fields of one kind (matchColumns would throw)', () => {
    for (const kind of Object.keys(ALIASES) as MappedKind[]) expect(() => matchColumns([], kind, NO_OVERRIDES)).not.toThrow();
  });

  it.each([
    // Salesforce report labels
    ['Opportunity Name', 'name'], ['Account Name', 'account'], ['Opportunity Owner', 'owner'], ['Stage', 'stage'], ['Amount', 'amount'],
    ['Amount Currency', 'currency'], ['Probability (%)', 'probability'], ['Close Date', 'closeDate'], ['Created Date', 'createdDate'],
    ['Forecast Category', 'forecastCategory'], ['Next Step', 'nextStep'], ['Last Activity', 'lastActivityDate'], ['Type', 'type'],
    ['Lead Source', 'leadSource'], ['Fiscal Period', 'fiscalPeriod'], ['Age', 'age'], ['Stage Duration', 'stageDuration'], ['Opportunity ID', 'id'],
    // Salesforce API names
    ['Id', 'id'], ['Name', 'name'], ['StageName', 'stage'], ['CloseDate', 'closeDate'], ['CreatedDate', 'createdDate'], ['OwnerId', 'ownerId'],
    ['Owner.Name', 'owner'], ['IsClosed', 'isClosed'], ['IsWon', 'isWon'], ['ForecastCategoryName', 'forecastCategory'], ['ForecastCategory', 'forecastCategory'],
    ['LastActivityDate', 'lastActivityDate'], ['Account.Name', 'account'], ['CurrencyIsoCode', 'currency'], ['LeadSource', 'leadSource'],
    ['NextStep', 'nextStep'], ['Probability', 'probability'],
    // HubSpot
    ['Record ID', 'id'], ['Deal Name', 'name'], ['Deal Stage', 'stage'], ['Create Date', 'createdDate'], ['Deal owner', 'owner'],
    ['Pipeline', 'pipeline'], ['Deal probability', 'probability'], ['Last Activity Date', 'lastActivityDate'],
    // Pipedrive
    ['Deal - Title', 'name'], ['Deal - Value', 'amount'], ['Deal - Currency', 'currency'], ['Deal - Owner', 'owner'], ['Deal - Stage', 'stage'],
    ['Deal - Status', 'status'], ['Deal - Expected close date', 'closeDate'], ['Deal - Won time', 'wonTime'], ['Deal - Lost time', 'lostTime'],
    ['Deal - Lost reason', 'lossReason'], ['Deal - ID', 'id'], ['Deal - Organization', 'account'], ['Deal - Deal created', 'createdDate'],
    // Dynamics 365
    ['(Do Not Modify) Opportunity', 'id'], ['Topic', 'name'], ['Potential Customer', 'account'], ['Owner', 'owner'], ['Est. Close Date', 'closeDate'],
    ['Est. Revenue', 'amount'], ['Actual Revenue', 'actualRevenue'], ['Actual Close Date', 'actualCloseDate'], ['Status', 'status'],
    ['Status Reason', 'statusReason'], ['Pipeline Phase', 'stage'], ['Created On', 'createdDate'],
    // Maven
    ['opportunity_id', 'id'], ['sales_agent', 'owner'], ['product', 'product'], ['account', 'account'], ['deal_stage', 'stage'],
    ['engage_date', 'createdDate'], ['close_date', 'closeDate'], ['close_value', 'amount'],
    // canonical names
    ['deal_id', 'id'], ['owner', 'owner'], ['rep', 'owner'], ['amount', 'amount'], ['closeDate', 'closeDate'],
    // snapshot date and loss reason
    ['Snapshot Date', 'snapshotDate'], ['As Of', 'snapshotDate'], ['Report Date', 'snapshotDate'],
    ['Loss Reason', 'lossReason'], ['Lost Reason', 'lossReason'], ['Closed Lost Reason', 'lossReason'],
  ])('deals: %s -> %s', (header, field) => {
    expect(fieldOf('deals', header)).toBe(field);
  });

  it.each([
    ['rep', 'rep'], ['Sales Rep', 'rep'], ['Owner', 'rep'], ['SalesRep', 'rep'], ['Employee', 'rep'], ['team', 'team'], ['region', 'region'],
    ['territory', 'region'], ['period', 'period'], ['Quarter', 'period'], ['Fiscal Period', 'period'], ['amount', 'amount'], ['quota', 'amount'],
    ['Quota Amount', 'amount'], ['SalesAmountQuota', 'amount'], ['CalendarYear', 'calendarYear'], ['CalendarQuarter', 'calendarQuarter'], ['level', 'level'],
  ])('quotas: %s -> %s', (header, field) => {
    expect(fieldOf('quotas', header)).toBe(field);
  });

  it.each([
    ['rep', 'rep'], ['name', 'rep'], ['Sales Rep', 'rep'], ['sales_agent', 'rep'], ['manager', 'manager'], ['team', 'team'], ['region', 'region'],
    ['regional_office', 'region'], ['office', 'region'], ['start date', 'startDate'], ['hire date', 'startDate'], ['end date', 'endDate'],
    ['termination date', 'endDate'], ['role', 'role'], ['title', 'role'], ['email', 'email'], ['user id', 'repId'],
  ])('roster: %s -> %s', (header, field) => {
    expect(fieldOf('roster', header)).toBe(field);
  });

  it('canonicalFields lists every field once, sorted', () => {
    const fields = canonicalFields();
    expect(fields).toContain('owner');
    expect(fields).toContain('calendarQuarter');
    expect(fields).toContain('manager');
    expect([...fields].sort()).toEqual(fields);
    expect(new Set(fields).size).toBe(fields.length);
  });
});

describe('matchColumns', () => {
  it('prefers the spelling listed first, then the leftmost column', () => {
    const m = matchColumns(['Stage', 'StageName', 'Amount', 'Deal - Value'], 'deals', NO_OVERRIDES);
    expect(m.fields.get('stage')).toBe(0);
    expect(m.fields.get('amount')).toBe(2);
    expect(m.unmapped).toEqual([1, 3]);
  });

  it('finds HubSpot Date entered columns', () => {
    expect(dateEnteredStage('Date entered "Closed Won (Sales Pipeline)"')).toBe('Closed Won (Sales Pipeline)');
    expect(dateEnteredStage('Date entered “Contract Sent”')).toBe('Contract Sent');
    expect(dateEnteredStage('Date exited "Closed Won"')).toBeNull();
  });

  it('a config mapping takes its header from the field an alias gave it to', () => {
    const m = matchColumns(['Owner', 'Manager', 'Stage'], 'deals', { global: { owner: 'Manager' }, file: null });
    expect(m.fields.get('owner')).toBe(1);
    expect(m.unmapped).toEqual([0]);
  });
});
