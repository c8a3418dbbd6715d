import { describe, expect, it } from 'vitest';
import { createModelBuilder } from '../../src/model/modelBuilder.ts';
import type { Deal, Model } from '../../src/model/types.ts';
import { ConfigSchema, type ConfigInput } from '../../src/schema/configSchema.ts';
import type { Issue } from '../../src/schema/types.ts';
import * as nk from '../fixtures/model/nameKeyedHistory.ts';
import { dealFile, historyRow } from '../fixtures/model/rows.ts';
import * as f from '../fixtures/model/threeSnapshots.ts';

function buildThree(extra: Partial<ConfigInput> = {}, reverse = false): { model: Model; issues: Issue[] } {
  const builder = createModelBuilder(ConfigSchema.parse({ ...f.config, ...extra }));
  const steps = [
    () => builder.addRoster(f.roster),
    () => builder.addDeals(f.snapshot1),
    () => builder.addDeals(f.snapshot2),
    () => builder.addDeals(f.snapshot3),
    () => builder.addHistory(f.stageHistory),
    () => builder.addQuotas(f.quotas),
  ];
  for (const step of reverse ? steps.reverse() : steps) step();
  return builder.finish();
}

const byId = (model: Model, id: string): Deal => {
  const deal = model.deals.find((d) => d.id === id);
  if (deal === undefined) throw new Error(`no deal ${id}`);
  return deal;
};
const codes = (issues: Issue[], severity?: Issue['severity']) =>
  issues.filter((i) => severity === undefined || i.severity === severity).map((i) => i.code);

describe('createModelBuilder on three snapshots with a February fiscal year', () => {
  const { model, issues } = buildThree();

  it('takes the latest snapshot date as the as-of date', () => {
    expect(model.asOf).toBe('2026-05-01');
    expect(model.asOfSource).toBe('latest snapshot');
    expect(model.currency).toBe('USD');
    expect(model.fiscalYearStartMonth).toBe(2);
  });

  it('keeps every deal seen at or before the as-of date, sorted by id', () => {
    expect(model.deals.map((d) => d.id)).toEqual(['D01', 'D02', 'D03', 'D04', 'D05', 'D06', 'D07', 'D08', 'D09', 'D10', 'D11', 'D12']);
  });

  it('lists each snapshot with its file and distinct deal count', () => {
    // S1: D01-D07, D10, D12 = 9. S2: D01-D07, D09, D10, D12 = 10. S3: all but D06 = 11 (D09 and D10 once each).
    expect(model.snapshots).toEqual([
      { date: '2026-03-01', files: ['deals-2026-03-01.csv'], dealCount: 9 },
      { date: '2026-04-01', files: ['deals-2026-04-01.csv'], dealCount: 10 },
      { date: '2026-05-01', files: ['deals-2026-05-01.csv'], dealCount: 11 },
    ]);
    expect(model.hasHistory).toBe(true);
  });

  it('D01: a push from Q1 (close 04-20) into Q2 (05-15) counts once, out of period', () => {
    const h = byId(model, 'D01').history;
    expect(h.known).toBe(true);
    // S2 repeats S1 exactly, so two states: 03-01 and 05-01.
    expect(h.states.map((s) => [s.date, s.closeDate])).toEqual([
      ['2026-03-01', '2026-04-20'],
      ['2026-05-01', '2026-05-15'],
    ]);
    expect(h.closeDateChanges).toEqual([{ date: '2026-05-01', from: '2026-04-20', to: '2026-05-15', direction: 'pushed', outOfPeriod: true }]);
    expect([h.pushCount, h.pushedOutOfPeriodCount, h.pullInCount]).toEqual([1, 1, 0]);
    // At Qualification since 03-01: 31 days of March + 30 of April = 61.
    expect(h.daysInStage).toBe(61);
    // No activity column: the last change (05-01) is 0 days before the as-of date.
    expect([h.daysSinceActivity, h.daysSinceActivitySource]).toEqual([0, 'last change']);
    expect([h.firstSeen, h.lastSeen]).toEqual(['2026-03-01', '2026-05-01']);
  });

  it('D02: two pushes inside Q2 are not out of period', () => {
    const h = byId(model, 'D02').history;
    expect(h.closeDateChanges.map((c) => [c.from, c.to, c.direction, c.outOfPeriod])).toEqual([
      ['2026-06-05', '2026-06-15', 'pushed', false],
      ['2026-06-15', '2026-06-30', 'pushed', false],
    ]);
    expect([h.pushCount, h.pushedOutOfPeriodCount, h.pullInCount]).toEqual([2, 0, 0]);
  });

  it('D03: a pulled-in close date', () => {
    const h = byId(model, 'D03').history;
    expect(h.closeDateChanges).toEqual([{ date: '2026-04-01', from: '2026-07-20', to: '2026-06-10', direction: 'pulled', outOfPeriod: false }]);
    expect([h.pushCount, h.pushedOutOfPeriodCount, h.pullInCount]).toEqual([0, 0, 1]);
    expect(byId(model, 'D03').closeDate).toBe('2026-06-10');
  });

  it('D04: stage entries, the history row giving an exact date between snapshots', () => {
    const deal = byId(model, 'D04');
    expect(deal.stage).toBe('Proposal/Price Quote');
    expect(deal.history.stages).toEqual([
      { stage: 'Prospecting', enteredOn: '2026-03-01', exact: false },
      { stage: 'Needs Analysis', enteredOn: '2026-03-20', exact: true },
      { stage: 'Proposal/Price Quote', enteredOn: '2026-05-01', exact: false },
    ]);
    // The history row (blanks filled from 03-01) equals S2, so S2 adds no state.
    expect(deal.history.states.map((s) => [s.date, s.stage, s.origin, s.amount, s.closeDate])).toEqual([
      ['2026-03-01', 'Prospecting', 'snapshot', 10_000, '2026-06-30'],
      ['2026-03-20', 'Needs Analysis', 'history', 10_000, '2026-06-30'],
      ['2026-05-01', 'Proposal/Price Quote', 'snapshot', 10_000, '2026-06-30'],
    ]);
    expect(deal.history.daysInStage).toBe(0);
  });

  it('D05: an amount cut', () => {
    const deal = byId(model, 'D05');
    expect(deal.history.amountChanges).toEqual([{ date: '2026-04-01', from: 100_000, to: 60_000 }]);
    expect(deal.amount).toBe(60_000);
  });

  it('D06: open in S1 and S2, absent from S3: disappeared, as it stood at S2', () => {
    const deal = byId(model, 'D06');
    expect(deal.history.disappeared).toBe(true);
    expect(deal.history.lastSeen).toBe('2026-04-01');
    expect(deal.status).toBe('open');
    // Close date 03-20 falls in Ana Ruiz's East row (2025-01-01..2026-03-31).
    expect([deal.team, deal.region]).toEqual(['East', 'NA']);
  });

  it('D07: closed lost, then open again: reopened', () => {
    const deal = byId(model, 'D07');
    expect(deal.history.reopened).toBe(true);
    expect(deal.status).toBe('open');
    expect(deal.history.disappeared).toBe(false);
    expect(deal.history.states.map((s) => s.status)).toEqual(['lost', 'open']);
    // 02-20 is FY2027 Q1 (Feb-Apr), 07-15 is Q2: a push out of the quarter.
    expect([deal.history.pushCount, deal.history.pushedOutOfPeriodCount]).toEqual([1, 1]);
    expect(deal.history.categoryChanges).toEqual([{ date: '2026-04-01', from: 'omitted', to: 'pipeline' }]);
    // Latest row (S3) has no loss reason.
    expect(deal.lossReason).toBeNull();
    expect([deal.team, deal.region]).toEqual(['Enterprise', 'NA']);
  });

  it('D08: one observation -> history unknown, counts null; activity from the column', () => {
    const deal = byId(model, 'D08');
    const h = deal.history;
    expect(h.known).toBe(false);
    expect([h.pushCount, h.pushedOutOfPeriodCount, h.pullInCount, h.daysInStage]).toEqual([null, null, null, null]);
    // 2026-05-01 - 2026-04-21 = 10 days.
    expect([h.daysSinceActivity, h.daysSinceActivitySource]).toEqual([10, 'activity column']);
    expect(h.states).toHaveLength(1);
    expect(h.disappeared).toBe(false);
    expect(deal.owner).toBe('Ana Ruiz');
  });

  it('D09: the same id twice in one snapshot: the later row wins, with a warning naming both rows', () => {
    const deal = byId(model, 'D09');
    expect(deal.amount).toBe(25_000);
    expect(deal.source).toEqual({ file: 'deals-2026-05-01.csv', sheet: null, row: 10 });
    expect(deal.history.amountChanges).toEqual([{ date: '2026-05-01', from: 20_000, to: 25_000 }]);
    const warning = issues.find((i) => i.code === 'duplicate-id' && i.severity === 'warning');
    expect(warning).toMatchObject({ file: 'deals-2026-05-01.csv', row: 10, value: 'D09' });
    expect(warning?.message).toContain('row 9');
    expect(warning?.message).toContain('row 10');
  });

  it('D10: identical duplicate rows are counted once with an info; EUR is converted', () => {
    const deal = byId(model, 'D10');
    // 1,000 EUR x 1.1 = 1,100 USD.
    expect([deal.amount, deal.amountOriginal, deal.currency]).toEqual([1_100, 1_000, 'EUR']);
    expect(deal.history.states).toHaveLength(1);
    const info = issues.find((i) => i.code === 'duplicate-id' && i.severity === 'info');
    expect(info).toMatchObject({ file: 'deals-2026-05-01.csv', row: 12, value: 'D10' });
  });

  it('D11: a currency without a rate -> amount null, original kept, one warning for the currency', () => {
    const deal = byId(model, 'D11');
    expect([deal.amount, deal.amountOriginal, deal.currency]).toEqual([null, 500, 'CHF']);
    const warnings = issues.filter((i) => i.code === 'missing-exchange-rate');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', value: 'CHF', file: 'deals-2026-05-01.csv', row: 13 });
    expect(warnings[0]!.message).toContain('1 deal');
    expect(warnings[0]!.message).toContain('exchangeRates');
  });

  it('D12: an owner given as an 18-character user id matches the roster by its 15-character id', () => {
    const deal = byId(model, 'D12');
    expect([deal.owner, deal.team, deal.region]).toEqual(['Bo Chen', 'West', 'NA']);
  });

  it('reps: the roster plus owners and quota holders missing from it, sorted by name', () => {
    expect(model.reps.map((r) => [r.name, r.inRoster, r.team])).toEqual([
      ['Ana Ruiz', true, 'Enterprise'],
      ['Bo Chen', true, 'West'],
      ['Cy Idle', true, 'East'],
      ['Dee Ghost', false, null],
      ['Zed Unknown', false, null],
    ]);
    const ana = model.reps[0]!;
    expect([ana.startDate, ana.endDate]).toEqual(['2025-01-01', null]);
    expect(model.reps[1]!.id).toBe('0055e000001AbCd');
    const missing = issues.find((i) => i.code === 'rep-missing-from-roster');
    expect(missing?.severity).toBe('warning');
    expect(missing?.message).toContain('Zed Unknown');
    expect(missing?.message).not.toContain('Dee Ghost');
    const idle = issues.find((i) => i.code === 'rep-without-deals');
    expect(idle?.severity).toBe('info');
    expect(idle?.message).toContain('Cy Idle');
  });

  it('quotas: fiscal and calendar quarters resolved, duplicates reduced to the later row, EUR converted', () => {
    expect(model.quotas).toEqual([
      // FY2027 = 2026-02-01..2027-01-31.
      { level: 'company', name: null, start: '2026-02-01', end: '2027-01-31', granularity: 'year', amount: 2_000_000, source: { file: 'quotas.csv', sheet: null, row: 4 } },
      // Calendar 2026 Q2 = Apr-Jun whatever the fiscal year; "east" takes the roster's spelling.
      { level: 'team', name: 'East', start: '2026-04-01', end: '2026-06-30', granularity: 'quarter', amount: 500_000, source: { file: 'quotas.csv', sheet: null, row: 3 } },
      // FY2027 Q1 = Feb-Apr 2026; row 5 (320,000) repeats row 2 for the same rep and wins.
      { level: 'rep', name: 'Ana Ruiz', start: '2026-02-01', end: '2026-04-30', granularity: 'quarter', amount: 320_000, source: { file: 'quotas.csv', sheet: null, row: 5 } },
      // 10,000 EUR x 1.1.
      { level: 'rep', name: 'Bo Chen', start: '2026-05-01', end: '2026-05-31', granularity: 'month', amount: 11_000, source: { file: 'quotas.csv', sheet: null, row: 7 } },
      // FY2027 Q2 = May-Jul 2026.
      { level: 'rep', name: 'Dee Ghost', start: '2026-05-01', end: '2026-07-31', granularity: 'quarter', amount: 100_000, source: { file: 'quotas.csv', sheet: null, row: 6 } },
    ]);
    expect(issues.find((i) => i.code === 'duplicate-quota')).toMatchObject({ severity: 'warning', file: 'quotas.csv', row: 5 });
    expect(issues.find((i) => i.code === 'quota-without-rep')).toMatchObject({ severity: 'warning', file: 'quotas.csv', row: 6, value: 'Dee Ghost' });
  });

  it('history rows for an id with no deal are counted in one info', () => {
    const info = issues.filter((i) => i.code === 'history-without-deal');
    expect(info).toHaveLength(1);
    expect(info[0]).toMatchObject({ severity: 'info', file: 'stage-history.csv', value: 'D99' });
    expect(info[0]!.message).toContain('1 history row');
  });

  it('columnsPresent: a column counts when any deal row had a value in it', () => {
    expect(model.columnsPresent).toEqual({
      nextStep: false,
      lastActivityDate: true,
      forecastCategory: true,
      probability: false,
      createdDate: true,
      lossReason: true,
    });
  });

  it('raises exactly the expected issues', () => {
    expect(codes(issues).sort()).toEqual(
      [
        'duplicate-id', // D09, warning
        'duplicate-id', // D10, info
        'duplicate-quota',
        'history-without-deal',
        'missing-exchange-rate',
        'quota-without-rep',
        'rep-missing-from-roster',
        'rep-without-deals',
        'rep-without-quota', // Zed Unknown owns deals and has no quota
      ].sort(),
    );
    for (const issue of issues) expect(issue.message).toMatch(/^[^\n]+[.)]$/);
  });

  it('gives the same model and issues whatever order the files are added in', () => {
    const reversed = buildThree({}, true);
    expect(reversed.model).toEqual(model);
    expect(reversed.issues).toEqual(issues);
  });
});

describe('createModelBuilder with an as-of date before the last snapshot', () => {
  const { model, issues } = buildThree({ asOf: '2026-04-15' });

  it('ignores observations after it and leaves out deals seen only after it', () => {
    expect(model.asOfSource).toBe('config');
    // D08 and D11 appear only in S3 (05-01).
    expect(model.deals.map((d) => d.id)).toEqual(['D01', 'D02', 'D03', 'D04', 'D05', 'D06', 'D07', 'D09', 'D10', 'D12']);
    expect(model.snapshots.map((s) => s.date)).toEqual(['2026-03-01', '2026-04-01']);
    const info = issues.find((i) => i.code === 'after-as-of');
    expect(info?.severity).toBe('info');
    expect(info?.message).toContain('1 snapshot date');
    expect(info?.message).toContain('2 deals');
  });

  it('takes each deal as of its latest observation at or before the as-of date', () => {
    const d01 = byId(model, 'D01');
    expect(d01.closeDate).toBe('2026-04-20');
    expect([d01.history.pushCount, d01.history.lastSeen]).toEqual([0, '2026-04-01']);
    // 03-01 to 04-15: 31 + 14 = 45 days.
    expect(d01.history.daysInStage).toBe(45);
    // D06 is in the latest snapshot at or before the as-of date (S2).
    expect(byId(model, 'D06').history.disappeared).toBe(false);
    // D09 was seen once (S2) before the as-of date.
    expect(byId(model, 'D09').history.known).toBe(false);
    expect(byId(model, 'D09').amount).toBe(20_000);
    // The CHF deal is gone, and with it the missing-rate warning.
    expect(codes(issues)).not.toContain('missing-exchange-rate');
  });
});

describe('createModelBuilder with a single snapshot', () => {
  it('knows no history: known false and null counts for every deal', () => {
    const builder = createModelBuilder(ConfigSchema.parse(f.config));
    builder.addDeals(f.snapshot1);
    const { model } = builder.finish();
    expect(model.hasHistory).toBe(false);
    for (const deal of model.deals) {
      expect(deal.history.known).toBe(false);
      expect(deal.history.pushCount).toBeNull();
      expect(deal.history.pullInCount).toBeNull();
      expect(deal.history.daysInStage).toBeNull();
      expect(deal.history.daysSinceActivity).toBeNull();
      expect(deal.history.disappeared).toBe(false);
    }
  });
});

describe('createModelBuilder with a history table keyed by deal name (Salesforce analytics sample shape)', () => {
  const builder = createModelBuilder(ConfigSchema.parse({}));
  builder.addHistory(nk.history);
  builder.addDeals(nk.opportunities);
  const { model, issues } = builder.finish();

  it('dates the undated export by the latest date in the data, ignoring open deals\' close dates', () => {
    // Created dates up to 2015-07-01, history dates up to 2015-08-10, the won deal closed 2015-08-20;
    // the open deals' close dates (up to 2015-12-15) are forecasts and do not count.
    expect([model.asOf, model.asOfSource]).toEqual(['2015-08-20', 'latest date in data']);
    expect(model.snapshots).toEqual([{ date: '2015-08-20', files: ['DTC_Opportunity.csv'], dealCount: 5 }]);
    expect(issues.find((i) => i.code === 'snapshot-date-from-as-of')).toMatchObject({ severity: 'info', file: 'DTC_Opportunity.csv' });
    expect(issues.find((i) => i.code === 'as-of-from-data')?.severity).toBe('info');
  });

  it('matches history rows by exact name and builds exact stage entries', () => {
    const h = byId(model, 'a1').history;
    expect(h.known).toBe(true);
    // The 08-10 history row equals the export row, so two states.
    expect(h.states.map((s) => [s.date, s.stage, s.amount, s.closeDate, s.origin])).toEqual([
      ['2015-07-01', 'Qualification', 40_000, '2015-08-31', 'history'],
      ['2015-08-10', 'Negotiation/Review', 50_000, '2015-09-30', 'history'],
    ]);
    expect(h.stages).toEqual([
      { stage: 'Qualification', enteredOn: '2015-07-01', exact: true },
      { stage: 'Negotiation/Review', enteredOn: '2015-08-10', exact: true },
    ]);
    // 08-10 to 08-20.
    expect(h.daysInStage).toBe(10);
    // 08-31 and 09-30 are both calendar Q3.
    expect([h.pushCount, h.pushedOutOfPeriodCount, h.pullInCount]).toEqual([1, 0, 0]);
    expect(h.amountChanges).toEqual([{ date: '2015-08-10', from: 40_000, to: 50_000 }]);
    expect([h.firstSeen, h.lastSeen]).toEqual(['2015-07-01', '2015-08-20']);
  });

  it('matches a name differing in case and spaces, takes the status from the stage, and sees the reopening', () => {
    const h = byId(model, 'a2').history;
    expect(h.states.map((s) => [s.date, s.stage, s.status])).toEqual([
      ['2015-06-01', 'Closed Lost', 'lost'],
      ['2015-08-20', 'Qualification', 'open'],
    ]);
    // Blank history fields before the first snapshot take the export's values: no amount change.
    expect(h.states[0]!.amount).toBe(30_000);
    expect(h.amountChanges).toEqual([]);
    expect(h.reopened).toBe(true);
  });

  it('does not use a name shared by two deals, and counts rows naming no deal', () => {
    expect(byId(model, 'a3').history.known).toBe(false);
    expect(byId(model, 'a4').history.known).toBe(false);
    expect(issues.find((i) => i.code === 'ambiguous-history-name')).toMatchObject({
      severity: 'warning',
      file: 'DTC_OpportunityHistory.csv',
      row: 5,
      value: 'Opportunity for Twin',
    });
    expect(issues.find((i) => i.code === 'history-without-deal')).toMatchObject({ severity: 'info', value: 'Opportunity for Nobody' });
  });

  it('without a roster, owners become reps outside the roster with one info', () => {
    expect(model.reps.map((r) => [r.name, r.inRoster])).toEqual([
      ['Harold Campbell', false],
      ['Laura Palmer', false],
    ]);
    expect(codes(issues)).toContain('no-roster');
    expect(codes(issues)).not.toContain('rep-missing-from-roster');
  });
});

describe('createModelBuilder merging two tables with the same snapshot date', () => {
  it('merges them, the later file name winning, with a warning when they disagree', () => {
    const builder = createModelBuilder(ConfigSchema.parse({}));
    builder.addDeals(dealFile('b-2026-03-01.csv', '2026-03-01', [{ id: 'X1', amount: 700 }, { id: 'X3' }]));
    builder.addDeals(dealFile('a-2026-03-01.csv', '2026-03-01', [{ id: 'X1', amount: 500 }, { id: 'X2' }]));
    const { model, issues } = builder.finish();
    expect(model.snapshots).toEqual([{ date: '2026-03-01', files: ['a-2026-03-01.csv', 'b-2026-03-01.csv'], dealCount: 3 }]);
    // 'b-…' sorts after 'a-…', so its 700 wins.
    expect(byId(model, 'X1').amount).toBe(700);
    expect(byId(model, 'X1').history.known).toBe(false);
    const conflict = issues.find((i) => i.code === 'snapshot-conflict');
    expect(conflict).toMatchObject({ severity: 'warning', file: 'b-2026-03-01.csv', value: '2026-03-01' });
    expect(conflict?.message).toContain('1 deal');
  });
});

describe('createModelBuilder with HubSpot "Date entered" attributes', () => {
  it('takes exact stage entry dates from them, even from a single snapshot', () => {
    const builder = createModelBuilder(ConfigSchema.parse({ asOf: '2026-04-30' }));
    const attributes = Object.assign(Object.create(null) as Record<string, string>, {
      'dateEntered:Appointment Scheduled (Sales Pipeline)': '2026-03-02',
      'dateEntered:Contract Sent (Sales Pipeline)': '2026-04-10',
      'Deal Description': 'Renewal',
    });
    builder.addDeals(dealFile('hubspot-2026-04-30.csv', '2026-04-30', [{ id: 'H1', stage: 'Contract Sent', attributes }]));
    const deal = builder.finish().model.deals[0]!;
    expect(deal.history.known).toBe(false);
    expect(deal.history.stages).toEqual([
      { stage: 'Appointment Scheduled', enteredOn: '2026-03-02', exact: true },
      { stage: 'Contract Sent', enteredOn: '2026-04-10', exact: true },
    ]);
    // 04-10 to 04-30 = 20 days, known from the export although only one snapshot exists.
    expect(deal.history.daysInStage).toBe(20);
    expect(deal.history.pushCount).toBeNull();
  });
});

describe('createModelBuilder with undated rows next to dated snapshots', () => {
  it('puts undated rows in the snapshot of the as-of date and says so per file', () => {
    const builder = createModelBuilder(ConfigSchema.parse({}));
    builder.addDeals(dealFile('deals-2026-03-01.csv', '2026-03-01', [{ id: 'U1', amount: 100 }, { id: 'U2' }]));
    builder.addDeals(dealFile('deals-2026-04-01.csv', '2026-04-01', [{ id: 'U1', amount: 100 }]));
    builder.addDeals(dealFile('pipeline.csv', null, [{ id: 'U1', amount: 80 }, { id: 'U3' }]));
    const { model, issues } = builder.finish();
    // The as-of date is the latest snapshot date; pipeline.csv joins that snapshot.
    expect(model.asOf).toBe('2026-04-01');
    expect(model.snapshots).toEqual([
      { date: '2026-03-01', files: ['deals-2026-03-01.csv'], dealCount: 2 },
      { date: '2026-04-01', files: ['deals-2026-04-01.csv', 'pipeline.csv'], dealCount: 2 },
    ]);
    // Same date: pipeline.csv sorts after deals-2026-04-01.csv, so its 80 wins, with a warning.
    expect(byId(model, 'U1').amount).toBe(80);
    expect(byId(model, 'U1').history.amountChanges).toEqual([{ date: '2026-04-01', from: 100, to: 80 }]);
    expect(codes(issues)).toContain('snapshot-conflict');
    // U2 was open on 03-01 and is in neither table of 04-01.
    expect(byId(model, 'U2').history.disappeared).toBe(true);
    expect(byId(model, 'U3').history.firstSeen).toBe('2026-04-01');
    expect(issues.filter((i) => i.code === 'snapshot-date-from-as-of')).toMatchObject([{ severity: 'info', file: 'pipeline.csv' }]);
  });

  it('ignores history rows dated after the as-of date', () => {
    const builder = createModelBuilder(ConfigSchema.parse({}));
    builder.addDeals(dealFile('deals-2026-03-01.csv', '2026-03-01', [{ id: 'V1', stage: 'Demo' }]));
    builder.addHistory([
      historyRow({ dealKey: 'V1', date: '2026-02-10', stage: 'Discovery' }, { file: 'h.csv', row: 2 }),
      historyRow({ dealKey: 'V1', date: '2026-03-05', stage: 'Proposal' }, { file: 'h.csv', row: 3 }),
    ]);
    const { model, issues } = builder.finish();
    expect(byId(model, 'V1').history.states.map((s) => [s.date, s.stage])).toEqual([
      ['2026-02-10', 'Discovery'],
      ['2026-03-01', 'Demo'],
    ]);
    // The last change (03-01) is the as-of date: 0 days; first seen in the history row of 02-10.
    expect(byId(model, 'V1').history.daysSinceActivity).toBe(0);
    expect(byId(model, 'V1').history.firstSeen).toBe('2026-02-10');
    expect(issues.find((i) => i.code === 'after-as-of')?.message).toContain('1 history row');
  });
});
