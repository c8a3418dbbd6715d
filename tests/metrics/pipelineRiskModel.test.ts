/**
 * pipelineRisk and whatChanged on a model built by the real model builder from the shared
 * three-snapshot fixture (tests/fixtures/model/threeSnapshots.ts: snapshots 2026-03-01,
 * 2026-04-01, 2026-05-01; as-of 2026-05-01 = the first day of FY2027 Q2, May-Jul).
 */
import { describe, expect, it } from 'vitest';
import { createModelBuilder } from '../../src/model/modelBuilder.ts';
import { ConfigSchema } from '../../src/schema/configSchema.ts';
import { pipelineRisk } from '../../src/metrics/pipelineRisk.ts';
import { whatChanged } from '../../src/metrics/whatChanged.ts';
import * as f from '../fixtures/model/threeSnapshots.ts';

const config = ConfigSchema.parse(f.config);
const builder = createModelBuilder(config);
builder.addRoster(f.roster);
builder.addDeals(f.snapshot1);
builder.addDeals(f.snapshot2);
builder.addDeals(f.snapshot3);
builder.addHistory(f.stageHistory);
builder.addQuotas(f.quotas);
const { model } = builder.finish();
const options = { companyName: 'Acme', fiscalYearStartMonth: 2, fiscalYearNaming: 'end' as const };
const risk = pipelineRisk(model, { ...options, asOf: model.asOf, thresholds: config.thresholds });
const evidence = (id: string) => risk.deals.find((d) => d.id === id)?.flags.map((x) => `${x.code}: ${x.evidence}`) ?? [];

describe('pipelineRisk on the model builder output', () => {
  it('flags the push out of Q1 (D01) and the two pushes inside Q2 (D02), not the pull-in (D03)', () => {
    expect(evidence('D01')).toContain(
      'pushed: Close date pushed once, from 2026-04-20 to 2026-05-15; pushed out of its fiscal quarter once, last on 2026-05-01 from 2026-04-20 (FY2027 Q1) to 2026-05-15 (FY2027 Q2)',
    );
    expect(evidence('D02')).toContain('pushed: Close date pushed twice, from 2026-06-05 to 2026-06-30');
    expect(evidence('D03').filter((e) => e.startsWith('pushed'))).toEqual([]);
  });

  it('flags the amount cut 100,000 -> 60,000 (40%) on D05', () => {
    expect(evidence('D05')).toContain('amount-cut: Amount cut 40% from $100,000 (highest, seen 2026-03-01) to $60,000');
  });

  it('flags D12, unchanged since the first snapshot, as stale for 61 days (high)', () => {
    // 2026-03-01 -> 2026-05-01: 31 + 30 = 61 days, at least twice the 30-day threshold.
    expect(evidence('D12')).toContain('stale: No change seen for 61 days (last change 2026-03-01)');
    expect(risk.deals.find((d) => d.id === 'D12')!.severity).toBe('high');
  });

  it('leaves out the deal that disappeared (D06); the CHF amount without a rate (D11) is data quality, not a risk flag', () => {
    expect(risk.disappearedDeals).toBe(1);
    expect(risk.deals.map((d) => d.id)).not.toContain('D06');
    expect(risk.deals.map((d) => d.id)).not.toContain('D11');
  });

  it('does not check next steps: no export had the column', () => {
    expect(risk.unavailable).toEqual([{ code: 'missing-next-step', reason: 'The export has no next-step column.' }]);
  });
});

describe('whatChanged on the model builder output', () => {
  it('between 2026-04-01 and 2026-05-01: two new deals, D04 forward, D01 and D02 pushed, D09 up 5,000, D06 gone', () => {
    const result = whatChanged(model, options);
    if (result.kind !== 'changes') throw new Error('expected changes');
    expect([result.from, result.to]).toEqual(['2026-04-01', '2026-05-01']);
    expect(result.newDeals.map((d) => d.id).sort()).toEqual(['D08', 'D11']);
    expect(result.stageMoves.map((d) => [d.id, d.fromStage, d.toStage, d.direction])).toEqual([
      ['D04', 'Needs Analysis', 'Proposal/Price Quote', 'forward'],
    ]);
    // D01 04-20 -> 05-15: 10 + 15 = 25 days; D02 06-15 -> 06-30: 15 days.
    expect(result.pushes.map((d) => [d.id, d.days, d.quarterChanged])).toEqual([
      ['D01', 25, true],
      ['D02', 15, false],
    ]);
    expect(result.amountChanges.map((d) => [d.id, d.delta])).toEqual([['D09', 5_000]]);
    expect(result.disappeared.map((d) => d.id)).toEqual(['D06']);
    // Open on 04-01: D01-D04, D06, D07, D12 at 10,000, D05 60,000, D09 20,000, D10 1,100 (1,000 EUR) = 151,100.
    // Open on 05-01: D06 gone, D08 10,000 new, D09 25,000, D11 without an amount = 156,100.
    expect(result.totals.openPipeline).toEqual({ from: 151_100, to: 156_100, change: 5_000 });
  });

  it('between the first two snapshots: D07 reopened, D03 pulled in 40 days', () => {
    const result = whatChanged(model, { ...options, from: '2026-03-01', to: '2026-04-01' });
    if (result.kind !== 'changes') throw new Error('expected changes');
    expect(result.reopened.map((d) => [d.id, d.fromStatus])).toEqual([['D07', 'lost']]);
    // 07-20 -> 06-10: 20 days of June after the 10th + 20 of July = 40 days earlier.
    expect(result.pullIns.map((d) => [d.id, d.days])).toEqual([['D03', -40]]);
  });
});
