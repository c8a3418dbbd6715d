import { describe, expect, it } from 'vitest';
import { compensationReport } from '../../../src/metrics/compensation/compensationReport.ts';
import { forecast } from '../../../src/metrics/forecast.ts';
import { forecastTrials } from '../../../src/metrics/forecastTrials.ts';
import { CompensationConfigSchema } from '../../../src/schema/CompensationConfigSchema.ts';
import { forecastModel, STAGES } from '../forecastFixture.ts';

const options = { companyName: 'Acme', forecast: { minHistory: 5, trials: 4_000 }, stages: STAGES };

describe('payout distribution from the forecast\'s own trials', () => {
  it("a plan paying 1 per unit of bookings has exactly the forecast's P10/P50/P90 for the rep", () => {
    const model = forecastModel();
    // Ana's quota is 120,000; a target variable of 120,000 and one tier at 1× make the base rate 1,
    // so her payout in every trial is her bookings in that trial.
    const compensation = CompensationConfigSchema.parse({
      plans: [{ name: 'Linear', reps: ['Ana'], targetVariable: 120_000, rates: { mode: 'marginal', tiers: [{ multiplier: 1 }] } }],
    });
    const trials = forecastTrials(model, options);
    const report = compensationReport(model, compensation, { asOf: model.asOf, trials });
    const ana = report.outlook!.people.find((p) => p.person === 'Ana')!;
    const scope = forecast(model, options).periods[0]!.scopes.find((s) => s.level === 'rep' && s.name === 'Ana')!;
    expect(report.outlook!.period).toBe('FY2027-Q2');
    expect(ana.payout.p50).toBeCloseTo(scope.simulation.p50, 6);
    expect(ana.payout.p10).toBeCloseTo(scope.simulation.p10, 6);
    expect(ana.payout.p90).toBeCloseTo(scope.simulation.p90, 6);
    expect(ana.credited!.p50).toBeCloseTo(scope.simulation.p50, 6);
  });
});
