import { describe, expect, it } from 'vitest';
import { pipelineRisk, type PipelineRiskResult, type RiskFlagCode } from '../../src/metrics/pipelineRisk.ts';
import type { StageConfig } from '../../src/schema/configSchema.ts';
import { model, quarterQuota, riskOptions, type DealSpec, type Observation } from './riskFixtures.ts';

function flagOf(result: PipelineRiskResult, id: string, code: RiskFlagCode) {
  return result.deals.find((d) => d.id === id)?.flags.find((f) => f.code === code);
}
function codesOf(result: PipelineRiskResult, id: string): RiskFlagCode[] {
  return result.deals.find((d) => d.id === id)?.flags.map((f) => f.code) ?? [];
}
function openDeal(id: string, date: string, fields: Partial<Observation>, extra: Partial<DealSpec> = {}): DealSpec {
  return { id, obs: [{ date, stage: 'Negotiation/Review', amount: 10_000, closeDate: '2026-12-15', ...fields }], ...extra };
}

describe('pipelineRisk unlikely-to-close from the company history', () => {
  // As of 2026-10-20, FY2027 Q3 (Aug-Oct) has 11 days left (10-21 .. 10-31): bucket "14 or fewer".
  // The only completed quarter with observations is FY2027 Q2 (May-Jul); its last 14 days start
  // 2026-07-17. Ten deals were at Proposal/Price Quote then (seen 07-15, still so on 07-17) with a
  // close date of 07-30.
  const past = (id: string, outcome: Observation): DealSpec => ({
    id,
    obs: [{ date: '2026-07-15', stage: 'Proposal/Price Quote', amount: 1_000, closeDate: '2026-07-30' }, outcome],
  });
  const lost: Observation = { date: '2026-08-05', stage: 'Closed Lost', status: 'lost' };
  const wonInQuarter: Observation = { date: '2026-08-05', stage: 'Closed Won', status: 'won', closeDate: '2026-07-30' };
  const build = (wonCount: number) =>
    model({
      asOf: '2026-10-20',
      deals: [
        // c1..c10: `wonCount` won on 07-30; c2 (when not won in the quarter) won on 08-03, after Q2 ended.
        ...Array.from({ length: 10 }, (_, i) => {
          const id = `c${i + 1}`;
          if (i < wonCount) return past(id, wonInQuarter);
          if (i === 1) return past(id, { date: '2026-08-05', stage: 'Closed Won', status: 'won', closeDate: '2026-08-03' });
          return past(id, lost);
        }),
        // Not cases: x1 had moved on to Negotiation/Review (07-10) before the last 14 days;
        // x2's close date (08-15) was not in Q2.
        {
          id: 'x1',
          obs: [
            { date: '2026-07-01', stage: 'Proposal/Price Quote', amount: 1_000, closeDate: '2026-07-30' },
            { date: '2026-07-10', stage: 'Negotiation/Review' },
            { date: '2026-08-05', stage: 'Closed Won', status: 'won', closeDate: '2026-07-28' },
          ],
        },
        {
          id: 'x2',
          obs: [
            { date: '2026-07-15', stage: 'Proposal/Price Quote', amount: 1_000, closeDate: '2026-08-15' },
            { date: '2026-08-05', stage: 'Closed Lost', status: 'lost' },
          ],
        },
        openDeal('cur', '2026-10-20', { stage: 'Proposal/Price Quote', amount: 50_000, closeDate: '2026-10-28' }),
        openDeal('nextQuarter', '2026-10-20', { stage: 'Proposal/Price Quote', amount: 50_000, closeDate: '2026-11-15' }),
      ],
    });

  it('counts the cases by hand: 10 at Proposal/Price Quote, 1 won by quarter end (10%), so the deal is flagged', () => {
    const result = pipelineRisk(build(1), riskOptions('2026-10-20'));
    expect(result.daysLeftInQuarter).toBe(11);
    expect(result.method.closeRates).toMatchObject({ daysLeft: 11, bucketDays: 14, quarters: ['FY2027-Q2'] });
    expect(result.method.closeRates.stages).toContainEqual({ stage: 'Proposal/Price Quote', cases: 10, won: 1, share: 0.1 });
    // x1 is a case at Negotiation/Review only, and was won on 07-28.
    expect(result.method.closeRates.stages).toContainEqual({ stage: 'Negotiation/Review', cases: 1, won: 1, share: 1 });
    expect(flagOf(result, 'cur', 'unlikely-to-close')).toMatchObject({
      severity: 'high',
      evidence:
        'Of 10 past deals at Proposal/Price Quote with 14 or fewer days left in their quarter, 1 (10%) were won by quarter end; 11 days left in FY2027 Q3',
      values: { method: 'history', cases: 10, won: 1, share: 0.1 },
    });
  });

  it('does not flag when the share equals the threshold (2 of 10 = 20%)', () => {
    const result = pipelineRisk(build(2), riskOptions('2026-10-20'));
    expect(codesOf(result, 'cur')).not.toContain('unlikely-to-close');
  });

  it('only looks at deals closing this quarter', () => {
    const result = pipelineRisk(build(1), riskOptions('2026-10-20'));
    expect(codesOf(result, 'nextQuarter')).not.toContain('unlikely-to-close');
  });
});

describe('pipelineRisk unlikely-to-close rule of thumb (fewer than 10 cases)', () => {
  // Open stages in use, in Salesforce ladder order: Prospecting, Qualification, Needs Analysis,
  // Value Proposition, Negotiation/Review (5). Before the midpoint: positions 1 and 2.
  const build = (asOf: string) =>
    model({
      asOf,
      deals: [
        openDeal('q', asOf, { stage: 'Qualification', closeDate: '2026-10-28' }),
        openDeal('na', asOf, { stage: 'Needs Analysis', closeDate: '2026-10-29' }),
        openDeal('p', asOf, { stage: 'Prospecting', closeDate: '2026-11-30' }),
        openDeal('vp', asOf, { stage: 'Value Proposition', closeDate: '2026-12-01' }),
        openDeal('neg', asOf, { stage: 'Negotiation/Review', closeDate: '2026-12-02' }),
        openDeal('custom', asOf, { stage: 'Custom Stage X', closeDate: '2026-10-29' }),
      ],
    });

  it('flags stage 2 of 5 with 11 days left, not the middle stage', () => {
    const result = pipelineRisk(build('2026-10-20'), riskOptions('2026-10-20'));
    expect(result.method.openLadder).toEqual(['Prospecting', 'Qualification', 'Needs Analysis', 'Value Proposition', 'Negotiation/Review']);
    expect(flagOf(result, 'q', 'unlikely-to-close')).toMatchObject({
      severity: 'high',
      evidence:
        'Only 0 past cases at Qualification with 14 or fewer days left (10 needed), so the rule of thumb applies: stage 2 of 5 on the open ladder (before its midpoint) with 11 days left in FY2027 Q3 (fewer than 14)',
      values: { method: 'rule of thumb', stagePosition: 2, openStages: 5 },
    });
    expect(codesOf(result, 'na')).not.toContain('unlikely-to-close');
  });

  it('does not apply with exactly 14 days left (as of 2026-10-17)', () => {
    const result = pipelineRisk(build('2026-10-17'), riskOptions('2026-10-17'));
    expect(result.daysLeftInQuarter).toBe(14);
    expect(codesOf(result, 'q')).not.toContain('unlikely-to-close');
  });

  it('cannot judge a stage outside the ladder, and says so', () => {
    const result = pipelineRisk(build('2026-10-20'), riskOptions('2026-10-20'));
    expect(result.flags.find((f) => f.code === 'unlikely-to-close')!.notEvaluatedReasons).toEqual([
      {
        reason: 'Only 0 past cases at Custom Stage X (10 needed) and the stage is not an open stage of the stage ladder.',
        deals: 1,
      },
    ]);
  });
});

describe('pipelineRisk commit-risk (commitMinProbability 0.5)', () => {
  // Open stages in use: Prospecting, Qualification, Proposal/Price Quote, Negotiation/Review (4);
  // the first half is positions 1 and 2.
  const m = model({
    asOf: '2026-10-14',
    columnsPresent: { forecastCategory: true, probability: true },
    deals: [
      openDeal('c1', '2026-10-14', { stage: 'Qualification', forecastCategory: 'commit', probability: 0.6 }),
      openDeal('c2', '2026-10-14', { stage: 'Proposal/Price Quote', forecastCategory: 'commit', probability: 0.5 }),
      openDeal('c3', '2026-10-14', { stage: 'Negotiation/Review', forecastCategory: 'commit', probability: 0.4 }),
      openDeal('c4', '2026-10-14', { stage: 'Prospecting', forecastCategory: 'bestCase', probability: 0.1 }),
    ],
  });
  const result = pipelineRisk(m, riskOptions('2026-10-14'));

  it('flags Commit at an early stage', () => {
    expect(flagOf(result, 'c1', 'commit-risk')).toMatchObject({
      severity: 'high',
      evidence: 'In Commit at Qualification, stage 2 of 4 on the open ladder (its first half)',
    });
  });

  it('flags Commit with a probability below the minimum, not at it', () => {
    expect(flagOf(result, 'c3', 'commit-risk')?.evidence).toBe('In Commit with a CRM probability of 40% (below 50%)');
    expect(codesOf(result, 'c2')).not.toContain('commit-risk');
  });

  it('ignores other forecast categories', () => {
    expect(codesOf(result, 'c4')).not.toContain('commit-risk');
  });

  it('uses the configured stage ladder when given', () => {
    const stages: StageConfig[] = ['Discover', 'Scope', 'Propose', 'Close'].map((name) => ({ name, aliases: [], status: 'open' as const }));
    const custom = model({
      asOf: '2026-10-14',
      columnsPresent: { forecastCategory: true },
      deals: ['Discover', 'Scope', 'Propose', 'Close'].map((stage) => openDeal(stage, '2026-10-14', { stage, forecastCategory: 'commit' })),
    });
    const r = pipelineRisk(custom, { ...riskOptions('2026-10-14'), stages });
    expect(r.method.openLadder).toEqual(['Discover', 'Scope', 'Propose', 'Close']);
    expect(flagOf(r, 'Scope', 'commit-risk')?.evidence).toBe('In Commit at Scope, stage 2 of 4 on the open ladder (its first half)');
    expect(codesOf(r, 'Propose')).not.toContain('commit-risk');
  });

  it('is unavailable without a forecast category column', () => {
    const r = pipelineRisk(model({ asOf: '2026-10-14', deals: [openDeal('c1', '2026-10-14', { stage: 'Qualification', forecastCategory: 'commit' })] }), riskOptions('2026-10-14'));
    expect(r.unavailable).toContainEqual({ code: 'commit-risk', reason: 'The export has no forecast category column, so no deal is known to be in Commit.' });
    expect(codesOf(r, 'c1')).not.toContain('commit-risk');
  });
});

describe('pipelineRisk concentration (0.5 of the remaining quota)', () => {
  // Ana: FY2027 Q3 quota 100,000; won 40,000 on 09-10 (the 25,000 won on 07-20 is in Q2):
  // remaining 100,000 - 40,000 = 60,000; the limit is 0.5 x 60,000 = 30,000.
  // Caro: quota 10,000, already won 12,000: nothing remaining, nothing to concentrate.
  const won = (id: string, owner: string, amount: number, closeDate: string): DealSpec => ({
    id,
    owner,
    obs: [{ date: '2026-10-14', stage: 'Closed Won', status: 'won', amount, closeDate }],
  });
  const m = model({
    asOf: '2026-10-14',
    quotas: [quarterQuota('Ana', 3, 100_000), quarterQuota('Caro', 3, 10_000)],
    deals: [
      won('won1', 'Ana', 40_000, '2026-09-10'),
      won('wonQ2', 'Ana', 25_000, '2026-07-20'),
      won('wonCaro', 'Caro', 12_000, '2026-08-20'),
      openDeal('k30', '2026-10-14', { amount: 30_000, closeDate: '2026-10-30' }),
      openDeal('k45', '2026-10-14', { amount: 45_000, closeDate: '2026-10-30' }),
      openDeal('k60', '2026-10-14', { amount: 60_000, closeDate: '2026-10-31' }),
      openDeal('k90q4', '2026-10-14', { amount: 90_000, closeDate: '2026-11-15' }),
      openDeal('b50', '2026-10-14', { amount: 50_000, closeDate: '2026-10-30' }, { owner: 'Ben' }),
      openDeal('caro', '2026-10-14', { amount: 50_000, closeDate: '2026-10-30' }, { owner: 'Caro' }),
    ],
  });
  const result = pipelineRisk(m, riskOptions('2026-10-14'));

  it('does not flag a deal of exactly half the remaining quota', () => {
    expect(codesOf(result, 'k30')).not.toContain('concentration');
  });

  it('flags 45,000 of 60,000 remaining (75%) as medium, with the quota arithmetic', () => {
    expect(flagOf(result, 'k45', 'concentration')).toMatchObject({
      severity: 'medium',
      evidence: '$45,000 is 75% of the $60,000 Ana still needs for FY2027 Q3 (quota $100,000, booked $40,000, 40% of quota)',
      values: { remaining: 60_000, quota: 100_000, bookings: 40_000, share: 0.75, attainment: 0.4, quotaSource: 'rep row' },
    });
  });

  it('flags a deal worth the whole remaining quota as high', () => {
    expect(flagOf(result, 'k60', 'concentration')?.severity).toBe('high');
  });

  it('leaves out deals closing in a later quarter and reps whose quota is met', () => {
    expect(codesOf(result, 'k90q4')).not.toContain('concentration');
    expect(codesOf(result, 'caro')).not.toContain('concentration');
  });

  it('leaves out reps at or near quota (90% booked or more), however small what is left', () => {
    // Ana: quota 100,000, won 97,000: 3,000 left; a 28,770 deal would be "959%" of it.
    // Caro: quota 100,000, won 89,000: 11,000 left, 89% booked, so a 20,000 deal still counts (high: more than all that is left).
    const near = model({
      asOf: '2026-10-14',
      quotas: [quarterQuota('Ana', 3, 100_000), quarterQuota('Caro', 3, 100_000)],
      deals: [
        won('wonA', 'Ana', 97_000, '2026-09-10'),
        won('wonC', 'Caro', 89_000, '2026-09-10'),
        openDeal('nearAna', '2026-10-14', { amount: 28_770, closeDate: '2026-10-30' }, { owner: 'Ana' }),
        openDeal('nearCaro', '2026-10-14', { amount: 20_000, closeDate: '2026-10-30' }, { owner: 'Caro' }),
      ],
    });
    const r = pipelineRisk(near, riskOptions('2026-10-14'));
    expect(codesOf(r, 'nearAna')).not.toContain('concentration');
    expect(flagOf(r, 'nearCaro', 'concentration')).toMatchObject({
      severity: 'high',
      evidence: '$20,000 would cover all of the $11,000 Caro still needs for FY2027 Q3 (quota $100,000, booked $89,000, 89% of quota)',
    });
  });

  it('says when a rep has no quota', () => {
    expect(result.flags.find((f) => f.code === 'concentration')!.notEvaluatedReasons).toEqual([
      { reason: 'Ben has no quota for FY2027 Q3.', deals: 1 },
    ]);
  });
});

describe('pipelineRisk missing-amount, missing-close-date, missing-next-step', () => {
  const deals: DealSpec[] = [
    openDeal('noAmt', '2026-10-14', { amount: null }, { nextStep: 'Send proposal', amountOriginal: null }),
    openDeal('eur', '2026-10-14', { amount: null }, { nextStep: 'Send proposal', amountOriginal: 12_000, currency: 'EUR' }),
    openDeal('noClose', '2026-10-14', { closeDate: null }, { nextStep: 'Send proposal' }),
    openDeal('noNext', '2026-10-14', {}),
    openDeal('blankNext', '2026-10-14', {}, { nextStep: '   ' }),
    openDeal('hasNext', '2026-10-14', {}, { nextStep: 'Call the CFO' }),
  ];
  const withColumn = pipelineRisk(model({ asOf: '2026-10-14', deals, columnsPresent: { nextStep: true } }), riskOptions('2026-10-14'));

  it('raises none of them: gaps in the export are data quality (metrics/dataQuality.ts), not deal risk', () => {
    for (const id of ['noAmt', 'eur', 'noClose', 'noNext', 'blankNext', 'hasNext']) expect(codesOf(withColumn, id)).toEqual([]);
    for (const code of ['missing-amount', 'missing-close-date', 'missing-next-step'] as const) {
      expect(withColumn.flags.find((f) => f.code === code)).toMatchObject({ raised: 0 });
    }
    expect(withColumn.deals).toEqual([]);
  });

  it('raises no missing-next-step flag when the export has no next-step column', () => {
    const without = pipelineRisk(model({ asOf: '2026-10-14', deals }), riskOptions('2026-10-14'));
    expect(codesOf(without, 'noNext')).toEqual([]);
    expect(without.unavailable).toContainEqual({ code: 'missing-next-step', reason: 'The export has no next-step column.' });
  });
});
