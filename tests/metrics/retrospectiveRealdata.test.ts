/**
 * The rep tables and retrospectives on real exports nobody here wrote (../shared/realdata):
 * the waterfall adds up in every closed quarter, won equals bookings, and no output holds NaN or
 * Infinity. Skipped when the folder is absent.
 */
import { expect, it } from 'vitest';
import { runDataStage } from '../../src/dataStage.ts';
import { repPeriods } from '../../src/metrics/repPeriods.ts';
import { repTrends } from '../../src/metrics/repTrends.ts';
import { retrospectives } from '../../src/metrics/retrospectives.ts';
import { describeRealdata, realdataPath } from '../realdata/realdata.ts';

describeRealdata('rep tables and retrospectives on real exports', ['maven-crm', 'salesforce-dtc'], () => {
  for (const folder of ['maven-crm', 'salesforce-dtc']) {
    it(`${folder}: every closed quarter's waterfall adds up and won = bookings`, async () => {
      const dir = realdataPath(folder);
      const { model, config } = await runDataStage({ dataDir: dir });
      expect(model).not.toBeNull();
      const m = model!;
      const rows = repPeriods(m);
      const trends = repTrends(m, { rows });
      const retros = retrospectives(m, { stages: config.stages, minHistory: config.forecast.minHistory });
      expect(rows.length).toBeGreaterThan(0);
      expect(retros.length).toBeGreaterThan(0);
      for (const r of retros) {
        const w = r.waterfall;
        expect(w.start + w.pulledIn + w.created + w.amountChanges - w.won - w.lost - w.pushedOut).toBeCloseTo(w.end, 3);
        expect(w.won).toBeCloseTo(r.bookings, 3);
      }
      const json = JSON.stringify({ rows, trends, retros });
      expect(json).not.toMatch(/NaN|Infinity/);
    }, 60_000);
  }
});
