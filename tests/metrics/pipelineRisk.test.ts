import { describe, expect, it } from 'vitest';
import { pipelineRisk, SEVERITY_WEIGHTS } from '../../src/metrics/pipelineRisk.ts';
import { model, riskOptions, type DealSpec, type Observation } from './riskFixtures.ts';

function openDeal(id: string, owner: string, fields: Partial<Observation>, extra: Partial<DealSpec> = {}): DealSpec {
  return {
    id,
    owner,
    nextStep: 'Follow up',
    lastActivityDate: '2026-10-10',
    obs: [{ date: '2026-10-14', stage: 'Negotiation/Review', amount: 10_000, closeDate: '2026-12-15', ...fields }],
    ...extra,
  };
}

describe('pipelineRisk ranking and scopes', () => {
  // As of 2026-10-14. Severity weights: high 1, medium 0.5, low 0.25.
  //   D1 Ana  100,000 stale 35 days (activity 09-09)        medium -> 50,000 at risk
  //   D2 Ben   60,000 past due (close 10-01)                high   -> 60,000
  //   D3 Caro  50,000 past due (close 10-10)                high   -> 50,000
  //   D4 Dev   20,000 no next step: data quality, not risk   not listed
  //   D5 Dev   no amount: data quality, not risk              not listed
  //   D6 Ana   10,000 stale 35 days (+ no next step)          medium ->  5,000 (1 flag)
  //   D7 Ben   10,000 stale 35 days                         medium ->  5,000 (1 flag)
  //   D8 Caro  70,000 nothing wrong                         not listed
  //   D9 Ana   open and past due, but gone from the latest snapshot: left out
  // Order: D2 60,000; D3 and D1 tie at 50,000, high before medium; D6 and D7 tie at 5,000,
  // medium, one flag each: by id.
  const m = model({
    asOf: '2026-10-14',
    columnsPresent: { nextStep: true, lastActivityDate: true },
    deals: [
      openDeal('D1', 'Ana', { amount: 100_000 }, { lastActivityDate: '2026-09-09' }),
      openDeal('D2', 'Ben', { amount: 60_000, closeDate: '2026-10-01' }),
      openDeal('D3', 'Caro', { amount: 50_000, closeDate: '2026-10-10' }),
      openDeal('D4', 'Dev', { amount: 20_000 }, { nextStep: null }),
      openDeal('D5', 'Dev', { amount: null }, { amountOriginal: null }),
      openDeal('D6', 'Ana', { amount: 10_000 }, { lastActivityDate: '2026-09-09', nextStep: null }),
      openDeal('D7', 'Ben', { amount: 10_000 }, { lastActivityDate: '2026-09-09' }),
      openDeal('D8', 'Caro', { amount: 70_000 }),
      openDeal('D9', 'Ana', { amount: 80_000, closeDate: '2026-10-01' }, { disappeared: true }),
    ],
  });
  const result = pipelineRisk(m, riskOptions('2026-10-14'));

  it('documents the severity weights', () => {
    expect(SEVERITY_WEIGHTS).toEqual({ high: 1, medium: 0.5, low: 0.25 });
    expect(result.severityWeights).toEqual({ high: 1, medium: 0.5, low: 0.25 });
  });

  it('ranks by amount at risk, then severity, then number of flags', () => {
    expect(result.deals.map((d) => [d.rank, d.id, d.severity, d.amountAtRisk])).toEqual([
      [1, 'D2', 'high', 60_000],
      [2, 'D3', 'high', 50_000],
      [3, 'D1', 'medium', 50_000],
      [4, 'D6', 'medium', 5_000],
      [5, 'D7', 'medium', 5_000],
    ]);
  });

  it('checks open deals that are still in the latest snapshot only', () => {
    expect(result.openDeals).toBe(8);
    expect(result.flaggedDeals).toBe(5);
    expect(result.disappearedDeals).toBe(1);
  });

  it('sums the company: 5 deals, 230,000 flagged, 170,000 at risk', () => {
    const company = result.scopes[0]!;
    expect(company).toMatchObject({
      key: 'company',
      name: 'Acme',
      dealIds: ['D2', 'D3', 'D1', 'D6', 'D7'],
      flaggedDeals: 5,
      bySeverity: { high: 2, medium: 3, low: 0 },
      // 100,000 + 60,000 + 50,000 + 10,000 + 10,000
      amount: 230_000,
      // 60,000 + 50,000 + 50,000 + 5,000 + 5,000
      amountAtRisk: 170_000,
    });
    expect(company.byFlag).toMatchObject({ 'past-due': 2, stale: 3, 'missing-next-step': 0, 'missing-amount': 0, pushed: 0 });
  });

  it('lists every region, team and rep by scope key, in rank order', () => {
    expect(result.scopes.map((s) => s.key)).toEqual([
      'company',
      'region:Americas',
      'region:EMEA',
      'team:East',
      'team:Nordics',
      'team:West',
      'rep:Ana',
      'rep:Ben',
      'rep:Caro',
      'rep:Dev',
    ]);
    const byKey = new Map(result.scopes.map((s) => [s.key, s]));
    // East = Ana + Ben: D2 60,000, D1 50,000, D6 5,000, D7 5,000 at risk.
    expect(byKey.get('team:East')).toMatchObject({ dealIds: ['D2', 'D1', 'D6', 'D7'], amount: 180_000, amountAtRisk: 120_000 });
    // EMEA = Dev: D4 (no next step) and D5 (no amount) are data quality, not risk: nothing flagged.
    expect(byKey.get('region:EMEA')).toMatchObject({ dealIds: [], amount: 0, amountAtRisk: 0 });
    expect(byKey.get('rep:Caro')).toMatchObject({ dealIds: ['D3'], flaggedDeals: 1, bySeverity: { high: 1, medium: 0, low: 0 } });
  });

  it('gives every flag a reason and evidence sentence', () => {
    for (const d of result.deals) for (const f of d.flags) expect(f.reason.length * f.evidence.length).toBeGreaterThan(0);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('pipelineRisk with a single snapshot', () => {
  const deals: DealSpec[] = [
    {
      id: 'A',
      lastActivityDate: '2026-09-01',
      obs: [{ date: '2026-10-14', stage: 'Prospecting', amount: 10_000, closeDate: '2026-10-30' }],
    },
  ];

  it('lists the flags that need history as unavailable, with the reason, and raises none of them', () => {
    const result = pipelineRisk(model({ asOf: '2026-10-14', deals }), riskOptions('2026-10-14'));
    const history =
      'needs at least two snapshots or a deal history table, and the data has a single snapshot (2026-10-14) and no history table.';
    expect(result.unavailable).toEqual([
      { code: 'pushed', reason: `Counting close-date pushes ${history}` },
      {
        code: 'stale',
        reason:
          'Staleness needs a last-activity column or deal history; the export has no last-activity column and the data has a single snapshot (2026-10-14).',
      },
      { code: 'stuck', reason: `Measuring time in stage ${history}` },
      { code: 'amount-cut', reason: `Spotting amount cuts ${history}` },
      { code: 'commit-risk', reason: 'The export has no forecast category column, so no deal is known to be in Commit.' },
      { code: 'concentration', reason: 'There is no quota file, so no rep has a remaining quota to compare deals with.' },
      { code: 'missing-next-step', reason: 'The export has no next-step column.' },
    ]);
    expect(result.flags.find((f) => f.code === 'pushed')).toMatchObject({ available: false, raised: 0, notEvaluated: 0 });
    expect(result.deals).toEqual([]);
  });

  it('still checks staleness from the last-activity column: 43 days since 2026-09-01', () => {
    // 2026-09-01 -> 2026-10-14: 29 + 14 = 43 days.
    const result = pipelineRisk(
      model({ asOf: '2026-10-14', deals, columnsPresent: { lastActivityDate: true } }),
      riskOptions('2026-10-14'),
    );
    expect(result.unavailable.map((u) => u.code)).toEqual(['pushed', 'stuck', 'amount-cut', 'commit-risk', 'concentration', 'missing-next-step']);
    expect(result.deals[0]!.flags.map((f) => [f.code, f.evidence])).toEqual([['stale', 'No activity for 43 days (last activity 2026-09-01)']]);
  });
});
