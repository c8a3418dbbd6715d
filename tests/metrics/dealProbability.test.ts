import { describe, expect, it } from 'vitest';
import { dealProbability, shrunkRate } from '../../src/metrics/dealProbability.ts';
import { dealSlip } from '../../src/metrics/dealSlip.ts';
import type { TrialCounts, WinRates } from '../../src/metrics/winRates.ts';
import { resolveStages } from '../../src/schema/stages.ts';
import { STAGES } from './forecastFixture.ts';

const c = (trials: number, wins: number, deals = trials, dealWins = wins, slips = 0, dealSlips = slips): TrialCounts => ({ trials, wins, slips, deals, dealWins, dealSlips });
// Proposal: 7 looks, 3 won (5 deals, 2 won, 1 slipped); in the 0-14 bucket 5 looks, 2 won; in 15-45, 2 looks, 1 won.
const rates: WinRates = new Map([
  [
    'proposal',
    {
      stage: 'Proposal',
      ...c(7, 3, 5, 2, 1, 1),
      buckets: new Map([
        ['0-14', c(5, 2)],
        ['15-45', c(2, 1)],
      ]),
      left: new Map([['31-60', c(4, 2, 3, 1.5, 1, 1)]]),
    },
  ],
]);
const ladder = resolveStages({ stages: STAGES });
// Prior strength 10 deals throughout.
const options = { rates, minHistory: 5, stageLookup: ladder, priorStrength: 10 };

describe('dealProbability: learned rates pulled toward a Beta prior', () => {
  it('by stage and days in stage when the bucket has minHistory looks, toward the CRM probability: (2 + 10 × 0.9) / (5 + 10)', () => {
    const p = dealProbability({ stage: 'Proposal', daysInStage: 3, crmProbability: 0.9 }, options);
    expect(p).toMatchObject({ source: 'history', basis: 'stage and days in stage', trials: 5, wins: 2, deals: 5, dealWins: 2, prior: { mean: 0.9, strength: 10, source: 'crm' } });
    expect(p.probability).toBeCloseTo(11 / 15, 12);
  });

  it('by stage when the bucket is too thin (2 < 5) or the days are unknown, toward the stage default 50%: (2 + 5) / (5 + 10)', () => {
    for (const daysInStage of [20, null]) {
      const p = dealProbability({ stage: ' proposal ', daysInStage, crmProbability: null }, options);
      expect(p).toMatchObject({ source: 'history', basis: 'stage', trials: 7, deals: 5, dealWins: 2, prior: { mean: 0.5, source: 'stage default' } });
      expect(p.probability).toBeCloseTo(7 / 15, 12);
    }
  });

  it('a stage with 3 trials and 3 wins does not forecast 100%: (3 + 10 × 0.5) / (3 + 10) = 8/13', () => {
    const three: WinRates = new Map([['proposal', { stage: 'Proposal', ...c(3, 3), buckets: new Map([['0-14', c(3, 3)]]), left: new Map() }]]);
    const p = dealProbability({ stage: 'Proposal', daysInStage: 3, crmProbability: null }, { ...options, rates: three });
    expect(p.probability).toBeCloseTo(8 / 13, 12);
    // Beta(8, 5): sd = √(8 × 5 / (13² × 14)) = 0.1300; 10-90%: 0.6154 ± 1.2816 × 0.1300.
    expect(p.interval![0]).toBeCloseTo(8 / 13 - 1.2815515655 * Math.sqrt(40 / (169 * 14)), 9);
    expect(p.interval![1]).toBeCloseTo(8 / 13 + 1.2815515655 * Math.sqrt(40 / (169 * 14)), 9);
    // And 0 of 3 does not forecast 0%: 5/13.
    const none: WinRates = new Map([['proposal', { stage: 'Proposal', ...c(3, 0), buckets: new Map(), left: new Map() }]]);
    expect(dealProbability({ stage: 'Proposal', daysInStage: null, crmProbability: null }, { ...options, rates: none }).probability).toBeCloseTo(5 / 13, 12);
  });

  it('a prior mean of 100% (CRM) is held to 95%, so losses still count', () => {
    const p = dealProbability({ stage: 'Proposal', daysInStage: null, crmProbability: 1 }, options);
    expect(p.prior!.mean).toBe(0.95);
    expect(p.probability).toBeCloseTo((2 + 9.5) / 15, 12);
  });

  it('many deals outweigh the prior: 400 of 500 deals with a 50% prior gives (400 + 5) / 510', () => {
    expect(shrunkRate(400, 500, 0.5, 10).rate).toBeCloseTo(405 / 510, 12);
    expect(shrunkRate(0, 0, 0.3, 10)).toMatchObject({ rate: 0.3 });
  });
});

describe('dealProbability without trials at the stage', () => {
  it('the CRM probability; a value written as a percentage is read as one', () => {
    expect(dealProbability({ stage: 'Prospecting', daysInStage: 3, crmProbability: 0.35 }, options)).toMatchObject({ probability: 0.35, source: 'crm', trials: null, prior: null });
    expect(dealProbability({ stage: null, daysInStage: null, crmProbability: 35 }, options).probability).toBeCloseTo(0.35, 12);
  });

  it('the stage default when there is no CRM probability, or it is 0 on an open deal', () => {
    for (const crmProbability of [null, 0]) {
      expect(dealProbability({ stage: 'Negotiation/Review', daysInStage: null, crmProbability }, options)).toMatchObject({ probability: 0.9, source: 'stage default' });
    }
  });

  it("the standard ladder's default probabilities when the config has no stages", () => {
    const standard = { rates: new Map(), minHistory: 20, stageLookup: resolveStages({}) };
    expect(dealProbability({ stage: 'Prospecting', daysInStage: null, crmProbability: null }, standard)).toMatchObject({ probability: 0.1, source: 'stage default' });
    expect(dealProbability({ stage: 'Negotiation/Review', daysInStage: null, crmProbability: null }, standard)).toMatchObject({ probability: 0.9, source: 'stage default' });
    expect(dealProbability({ stage: 'Proposal/Price Quote', daysInStage: null, crmProbability: null }, standard)).toMatchObject({ probability: 0.75 });
  });

  it("'none' with probability 0 when nothing applies", () => {
    expect(dealProbability({ stage: 'Mystery', daysInStage: null, crmProbability: null }, options)).toMatchObject({ probability: 0, source: 'none', basis: null, trials: null, wins: null });
  });
});

describe('dealSlip', () => {
  // All stages: 5 deals, 1 slipped: prior mean (1 + 1) / (5 + 2) = 2/7.
  it('by stage and days left when that bucket has minHistory looks... else by stage: (1 + 10 × 2/7) / (5 + 10)', () => {
    const s = dealSlip({ stage: 'Proposal', daysLeft: 45, winProbability: 0.4 }, { rates, minHistory: 5, priorStrength: 10 });
    expect(s).toMatchObject({ basis: 'stage', deals: 5, dealSlips: 1 });
    expect(s.probability).toBeCloseTo((1 + 20 / 7) / 15, 12);
    const byLeft = dealSlip({ stage: 'Proposal', daysLeft: 45, winProbability: 0.4 }, { rates, minHistory: 4, priorStrength: 10 });
    expect(byLeft).toMatchObject({ basis: 'stage and days left', deals: 3, dealSlips: 1 });
    expect(byLeft.probability).toBeCloseTo((1 + 20 / 7) / 13, 12);
  });

  it('win + slip never exceeds 1; no history at all: no slip', () => {
    expect(dealSlip({ stage: 'Proposal', daysLeft: 45, winProbability: 0.9 }, { rates, minHistory: 5, priorStrength: 10 }).probability).toBeCloseTo(0.1, 12);
    expect(dealSlip({ stage: 'Proposal', daysLeft: 45, winProbability: 0.4 }, { rates: new Map(), minHistory: 5 })).toEqual({ probability: 0, basis: 'none', deals: 0, dealSlips: 0 });
  });
});
