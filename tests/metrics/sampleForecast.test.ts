/**
 * On the shipped sample (data/): no learned rate above 97% or below 1% rests on fewer than 200
 * looks, and whenever the simulated range lies outside Commit..Best Case the card says why, with
 * the numbers. Skipped (with a message) when the sample folder is absent.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runDataStage } from '../../src/dataStage.ts';
import { computeDashboard, type Dashboard } from '../../src/metrics/dashboard.ts';
import { rollupGap } from '../../src/site/forecast/forecastExplain.ts';

const DATA = 'data';
const present = existsSync(`${DATA}/sample`);

describe.skipIf(!present)('the sample forecast', () => {
  let dashboard: Dashboard;
  it('builds', async () => {
    const stage = await runDataStage({ dataDir: DATA });
    expect(stage.ok).toBe(true);
    dashboard = computeDashboard(stage.model!, stage.config);
  }, 300_000);

  it('no learned rate above 97% or below 1% comes from fewer than 200 looks', () => {
    const rates = dashboard.forecast.learned.stages.flatMap((s) => [s, ...s.buckets]);
    for (const r of rates) if (r.trials < 200) expect(r.rate, `${JSON.stringify(r)}`).toBeGreaterThanOrEqual(0.01);
    for (const r of rates) if (r.trials < 200) expect(r.rate, `${JSON.stringify(r)}`).toBeLessThanOrEqual(0.97);
    for (const d of dashboard.forecast.deals) if (d.probabilitySource === 'history' && (d.trials ?? 0) < 200) expect(d.probability).toBeLessThanOrEqual(0.97);
  });

  it('whenever P10 is above Best Case or P90 below Commit (or the P50 outside them), the card says why with the numbers', () => {
    for (const period of dashboard.forecast.periods) {
      const deals = dashboard.forecast.deals.filter((d) => d.period === period.period.key);
      const c = period.scopes[0]!;
      const outside = c.simulation.p10 > c.rollup.bestCase || c.simulation.p90 < c.rollup.commit || c.simulation.p50 > c.rollup.bestCase || c.simulation.p50 < c.rollup.commit;
      const why = rollupGap(c, deals, dashboard.currency);
      if (outside) expect(why).toMatch(/\$[\d.,]+[KM]?/);
      else expect(why).toBeNull();
    }
  });
});
if (!present) console.log('sample data folder absent: the sample forecast checks were skipped');
