import { describe, expect, it } from 'vitest';
import { pipelineRisk, type PipelineRiskResult, type RiskFlagCode } from '../../src/metrics/pipelineRisk.ts';
import { model, quarterQuota, riskOptions, type DealSpec } from './riskFixtures.ts';

function flagOf(result: PipelineRiskResult, id: string, code: RiskFlagCode) {
  return result.deals.find((d) => d.id === id)?.flags.find((f) => f.code === code);
}
function codesOf(result: PipelineRiskResult, id: string): RiskFlagCode[] {
  return result.deals.find((d) => d.id === id)?.flags.map((f) => f.code) ?? [];
}
function availability(result: PipelineRiskResult, code: RiskFlagCode) {
  return result.flags.find((f) => f.code === code)!;
}
/** One open deal observed once on `date`. */
function open(id: string, date: string, fields: Partial<DealSpec['obs'][number]> = {}, extra: Partial<DealSpec> = {}): DealSpec {
  return { id, obs: [{ date, stage: 'Negotiation/Review', amount: 10_000, closeDate: '2026-12-15', ...fields }], ...extra };
}

describe('pipelineRisk past-due', () => {
  // As of 2026-10-14: a close date of 2026-10-13 is one day late; 2026-10-14 is not late yet.
  const m = model({
    asOf: '2026-10-14',
    deals: [open('late', '2026-10-14', { closeDate: '2026-10-13' }), open('today', '2026-10-14', { closeDate: '2026-10-14' })],
  });
  const result = pipelineRisk(m, riskOptions('2026-10-14'));

  it('flags a close date before the as-of date as high, with the days late', () => {
    const flag = flagOf(result, 'late', 'past-due');
    expect(flag?.severity).toBe('high');
    expect(flag?.evidence).toBe('Close date 2026-10-13 is 1 day before the as-of date 2026-10-14');
    expect(flag?.values.daysPastDue).toBe(1);
  });

  it('does not flag a close date on the as-of date itself', () => {
    expect(codesOf(result, 'today')).not.toContain('past-due');
  });
});

describe('pipelineRisk pushed (pushCount 2)', () => {
  const at = (date: string, closeDate: string) => ({ date, stage: 'Prospecting', amount: 10_000, closeDate });
  const m = model({
    asOf: '2026-10-14',
    deals: [
      // Pushed 10-09 -> 10-16 -> 10-30: twice, all inside FY2027 Q3 (Aug-Oct): exactly the threshold.
      { id: 'twice', obs: [at('2026-09-02', '2026-10-09'), at('2026-09-16', '2026-10-16'), at('2026-09-30', '2026-10-30')] },
      // Pushed once inside the quarter: below the threshold.
      { id: 'once', obs: [at('2026-09-02', '2026-10-09'), at('2026-09-16', '2026-10-16')] },
      // Pushed once from Q3 (10-30) into Q4 (11-06): out of its quarter.
      { id: 'outOnce', obs: [at('2026-09-02', '2026-10-30'), at('2026-09-30', '2026-11-06')] },
      // 07-31 (Q2) -> 08-29 (Q3) -> 09-30 -> 10-31: 3 pushes, one out of the quarter: both rules.
      {
        id: 'thrice',
        obs: [at('2026-07-15', '2026-07-31'), at('2026-08-12', '2026-08-29'), at('2026-09-16', '2026-09-30'), at('2026-09-30', '2026-10-31')],
      },
      // Pulled in from Q4 to Q3: not a push.
      { id: 'pulled', obs: [at('2026-09-02', '2026-11-20'), at('2026-09-16', '2026-10-20')] },
      // Pushed from FY2027 Q4 (Jan 2027) into FY2028 Q1 (Feb 2027): across the fiscal year end.
      { id: 'yearEnd', obs: [at('2026-10-01', '2027-01-25'), at('2026-10-14', '2027-02-10')] },
      // Seen once: pushes unknown.
      { id: 'seenOnce', obs: [at('2026-10-14', '2026-10-30')] },
    ],
  });
  const result = pipelineRisk(m, riskOptions('2026-10-14'));

  it('flags exactly pushCount pushes as medium, from the first close date to the current one', () => {
    const flag = flagOf(result, 'twice', 'pushed');
    expect(flag?.severity).toBe('medium');
    expect(flag?.evidence).toBe('Close date pushed twice, from 2026-10-09 to 2026-10-30');
  });

  it('does not flag one push inside the quarter or a pull-in', () => {
    expect(codesOf(result, 'once')).not.toContain('pushed');
    expect(codesOf(result, 'pulled')).not.toContain('pushed');
  });

  it('flags one push out of the fiscal quarter as medium and names both quarters', () => {
    const flag = flagOf(result, 'outOnce', 'pushed');
    expect(flag?.severity).toBe('medium');
    expect(flag?.evidence).toBe(
      'Close date pushed once, from 2026-10-30 to 2026-11-06; pushed out of its fiscal quarter once, last on 2026-09-30 from 2026-10-30 (FY2027 Q3) to 2026-11-06 (FY2027 Q4)',
    );
  });

  it('flags many pushes including one out of the quarter as high', () => {
    const flag = flagOf(result, 'thrice', 'pushed');
    expect(flag?.severity).toBe('high');
    expect(flag?.evidence).toBe(
      'Close date pushed 3 times, from 2026-07-31 to 2026-10-31; pushed out of its fiscal quarter once, last on 2026-08-12 from 2026-07-31 (FY2027 Q2) to 2026-08-29 (FY2027 Q3)',
    );
    expect(flag?.values).toMatchObject({ pushCount: 3, pushedOutOfPeriodCount: 1, firstCloseDate: '2026-07-31', closeDate: '2026-10-31' });
  });

  it('names the quarters across the fiscal year end', () => {
    expect(flagOf(result, 'yearEnd', 'pushed')?.evidence).toBe(
      'Close date pushed once, from 2027-01-25 to 2027-02-10; pushed out of its fiscal quarter once, last on 2026-10-14 from 2027-01-25 (FY2027 Q4) to 2027-02-10 (FY2028 Q1)',
    );
  });

  it('counts a deal seen once as not evaluated, with the reason', () => {
    const a = availability(result, 'pushed');
    expect(a.available).toBe(true);
    expect(a.raised).toBe(4);
    expect(a.notEvaluated).toBe(1);
    expect(a.notEvaluatedReasons).toEqual([
      { reason: 'Close-date changes are unknown: the deal was seen in one snapshot only.', deals: 1 },
    ]);
  });
});

describe('pipelineRisk stale (staleDays 30)', () => {
  it('uses the last-activity column: 30 days is stale, 29 is not, from 60 days it is high', () => {
    // 2026-09-14 -> 2026-10-14 = 30 days; 09-15 -> 29; 08-23 -> 8 + 30 + 14 = 52; 08-15 -> 16 + 30 + 14 = 60.
    const m = model({
      asOf: '2026-10-14',
      columnsPresent: { lastActivityDate: true },
      deals: [
        open('s30', '2026-10-14', {}, { lastActivityDate: '2026-09-14' }),
        open('s29', '2026-10-14', {}, { lastActivityDate: '2026-09-15' }),
        open('s52', '2026-10-14', {}, { lastActivityDate: '2026-08-23' }),
        open('s60', '2026-10-14', {}, { lastActivityDate: '2026-08-15' }),
      ],
    });
    const result = pipelineRisk(m, riskOptions('2026-10-14'));
    expect(flagOf(result, 's30', 'stale')).toMatchObject({ severity: 'medium', evidence: 'No activity for 30 days (last activity 2026-09-14)' });
    expect(codesOf(result, 's29')).not.toContain('stale');
    expect(flagOf(result, 's52', 'stale')).toMatchObject({ severity: 'medium', evidence: 'No activity for 52 days (last activity 2026-08-23)' });
    expect(flagOf(result, 's60', 'stale')).toMatchObject({ severity: 'high', evidence: 'No activity for 60 days (last activity 2026-08-15)' });
  });

  it('without an activity column uses the last change seen in the snapshots', () => {
    // 'still': the same state on 09-02, 09-16 and 10-14, so the last change is 09-02: 28 + 14 = 42 days.
    // 'moved': changed stage on 09-16: 14 + 14 = 28 days, not stale.
    const same = { stage: 'Prospecting', amount: 5_000, closeDate: '2026-12-15' };
    const m = model({
      asOf: '2026-10-14',
      deals: [
        { id: 'still', obs: [{ date: '2026-09-02', ...same }, { date: '2026-09-16' }, { date: '2026-10-14' }] },
        { id: 'moved', obs: [{ date: '2026-09-02', ...same }, { date: '2026-09-16', stage: 'Qualification' }, { date: '2026-10-14' }] },
      ],
    });
    const result = pipelineRisk(m, riskOptions('2026-10-14'));
    expect(flagOf(result, 'still', 'stale')).toMatchObject({
      severity: 'medium',
      evidence: 'No change seen for 42 days (last change 2026-09-02)',
      values: { days: 42, lastDate: '2026-09-02', source: 'last change' },
    });
    expect(codesOf(result, 'moved')).not.toContain('stale');
  });
});

describe('pipelineRisk stuck (75th percentile of won deals, 5 needed)', () => {
  const won = (id: string, closed: string): DealSpec => ({
    id,
    exactStages: true,
    obs: [
      { date: '2026-05-01', stage: 'Negotiation/Review', amount: 1_000, closeDate: '2026-06-30' },
      { date: closed, stage: 'Closed Won', status: 'won', closeDate: closed },
    ],
  });
  const m = model({
    asOf: '2026-10-14',
    deals: [
      // Won deals' stays in Negotiation/Review: 10, 20, 30, 40, 50 days.
      won('w1', '2026-05-11'),
      won('w2', '2026-05-21'),
      won('w3', '2026-05-31'),
      won('w4', '2026-06-10'),
      won('w5', '2026-06-20'),
      // Left out: its entry is only the first snapshot (not exact) and it was created before that
      // snapshot. Included, it would add 123 days and move the 75th percentile to 47.5.
      {
        id: 'w6',
        createdDate: '2026-01-01',
        obs: [
          { date: '2026-05-01', stage: 'Negotiation/Review', amount: 1_000, closeDate: '2026-06-30' },
          { date: '2026-09-01', stage: 'Closed Won', status: 'won', closeDate: '2026-09-01' },
        ],
      },
      // Entered Negotiation/Review on 09-03: 27 + 14 = 41 days by 10-14.
      {
        id: 'stuck41',
        exactStages: true,
        obs: [
          { date: '2026-08-20', stage: 'Proposal/Price Quote', amount: 20_000, closeDate: '2026-12-15' },
          { date: '2026-09-03', stage: 'Negotiation/Review' },
        ],
      },
      // Entered on 09-04: 40 days, exactly the percentile.
      {
        id: 'edge40',
        exactStages: true,
        obs: [
          { date: '2026-08-20', stage: 'Proposal/Price Quote', amount: 20_000, closeDate: '2026-12-15' },
          { date: '2026-09-04', stage: 'Negotiation/Review' },
        ],
      },
      // No won deal has a known time in Proposal/Price Quote.
      {
        id: 'noBase',
        obs: [
          { date: '2026-09-03', stage: 'Proposal/Price Quote', amount: 20_000, closeDate: '2026-12-15' },
          { date: '2026-10-14', amount: 21_000 },
        ],
      },
    ],
  });
  const result = pipelineRisk(m, riskOptions('2026-10-14'));

  it('computes the baseline from won deals: the 75th percentile of 10, 20, 30, 40, 50 is 40 days', () => {
    // d3.quantile: index (5 - 1) * 0.75 = 3 -> the fourth value, 40.
    expect(result.method.stuckBaselines).toEqual([{ stage: 'Negotiation/Review', wonDeals: 5, percentile: 0.75, percentileDays: 40 }]);
  });

  it('flags 41 days in stage and not 40', () => {
    expect(flagOf(result, 'stuck41', 'stuck')).toMatchObject({
      severity: 'medium',
      evidence: 'In Negotiation/Review for 41 days (since 2026-09-03); 75% of won deals left this stage within 40 days (5 won deals)',
    });
    expect(codesOf(result, 'edge40')).not.toContain('stuck');
  });

  it('says why a stage without enough won deals cannot be judged', () => {
    expect(availability(result, 'stuck').notEvaluatedReasons).toEqual([
      { reason: 'No won deals with a known time in Proposal/Price Quote (5 needed to say what is normal).', deals: 1 },
    ]);
  });
});

describe('pipelineRisk amount-cut (25%)', () => {
  // cut25: 40,000 -> 30,000: (40,000 - 30,000) / 40,000 = 25%, exactly the threshold.
  // cut24: 40,000 -> 30,001: 24.9975%, below.
  // upThenCut: 20,000 -> 50,000 -> 30,000: 20,000 / 50,000 = 40% below the highest.
  const specs: DealSpec[] = [
    { id: 'cut25', obs: [{ date: '2026-09-02', stage: 'Prospecting', amount: 40_000, closeDate: '2026-12-15' }, { date: '2026-10-14', amount: 30_000 }] },
    { id: 'cut24', obs: [{ date: '2026-09-02', stage: 'Prospecting', amount: 40_000, closeDate: '2026-12-15' }, { date: '2026-10-14', amount: 30_001 }] },
    {
      id: 'upThenCut',
      obs: [
        { date: '2026-09-02', stage: 'Prospecting', amount: 20_000, closeDate: '2026-12-15' },
        { date: '2026-09-16', amount: 50_000 },
        { date: '2026-10-14', amount: 30_000 },
      ],
    },
  ];
  const result = pipelineRisk(model({ asOf: '2026-10-14', deals: specs }), riskOptions('2026-10-14'));

  it('flags a cut of exactly the threshold, with the highest amount and when it was seen', () => {
    expect(flagOf(result, 'cut25', 'amount-cut')).toMatchObject({
      severity: 'medium',
      evidence: 'Amount cut 25% from $40,000 (highest, seen 2026-09-02) to $30,000',
    });
  });

  it('does not flag a cut just below the threshold', () => {
    expect(codesOf(result, 'cut24')).not.toContain('amount-cut');
  });

  it('measures the cut from the highest amount seen, not the first', () => {
    expect(flagOf(result, 'upThenCut', 'amount-cut')?.evidence).toBe('Amount cut 40% from $50,000 (highest, seen 2026-09-16) to $30,000');
  });
});
