import { describe, expect, it } from 'vitest';
import { dealProbability } from '../../src/metrics/dealProbability.ts';
import type { WinRates } from '../../src/metrics/winRates.ts';
import { resolveStages } from '../../src/schema/stages.ts';
import { STAGES } from './forecastFixture.ts';

// Proposal: 7 trials, 3 wins; in the 0-14 bucket 5 trials, 2 wins; in 15-45, 2 trials, 1 win.
const rates: WinRates = new Map([
  [
    'proposal',
    {
      stage: 'Proposal',
      trials: 7,
      wins: 3,
      buckets: new Map([
        ['0-14', { trials: 5, wins: 2 }],
        ['15-45', { trials: 2, wins: 1 }],
      ]),
    },
  ],
]);
const ladder = resolveStages({ stages: STAGES });
const options = { rates, minHistory: 5, stageLookup: ladder };

describe('dealProbability fallback chain', () => {
  it('history by stage and days in stage when the bucket has minHistory trials: 2/5', () => {
    expect(dealProbability({ stage: 'Proposal', daysInStage: 3, crmProbability: 0.9 }, options)).toEqual({
      probability: 0.4,
      source: 'history',
      basis: 'stage and days in stage',
      trials: 5,
      wins: 2,
    });
  });

  it('history by stage when the bucket is too thin (2 < 5) or the days are unknown: 3/7', () => {
    for (const daysInStage of [20, null]) {
      expect(dealProbability({ stage: ' proposal ', daysInStage, crmProbability: null }, options)).toMatchObject({
        probability: 3 / 7,
        source: 'history',
        basis: 'stage',
        trials: 7,
      });
    }
  });

  it('the CRM probability when history is too thin (7 < 10)', () => {
    expect(dealProbability({ stage: 'Proposal', daysInStage: 3, crmProbability: 0.35 }, { ...options, minHistory: 10 })).toMatchObject({
      probability: 0.35,
      source: 'crm',
      trials: null,
    });
  });

  it('a CRM probability written as a percentage is read as one', () => {
    expect(dealProbability({ stage: null, daysInStage: null, crmProbability: 35 }, options).probability).toBeCloseTo(0.35, 12);
  });

  it('the stage default when there is no CRM probability, or it is 0 on an open deal', () => {
    for (const crmProbability of [null, 0]) {
      expect(dealProbability({ stage: 'Negotiation/Review', daysInStage: null, crmProbability }, options)).toMatchObject({
        probability: 0.9,
        source: 'stage default',
      });
    }
  });

  it("the standard ladder's default probabilities when the config has no stages", () => {
    const standard = { rates: new Map(), minHistory: 20, stageLookup: resolveStages({}) };
    expect(dealProbability({ stage: 'Prospecting', daysInStage: null, crmProbability: null }, standard)).toMatchObject({ probability: 0.1, source: 'stage default' });
    expect(dealProbability({ stage: 'Negotiation/Review', daysInStage: null, crmProbability: null }, standard)).toMatchObject({ probability: 0.9, source: 'stage default' });
    expect(dealProbability({ stage: 'Proposal/Price Quote', daysInStage: null, crmProbability: null }, standard)).toMatchObject({ probability: 0.75 });
  });

  it("'none' with probability 0 when nothing applies", () => {
    expect(dealProbability({ stage: 'Mystery', daysInStage: null, crmProbability: null }, options)).toEqual({
      probability: 0,
      source: 'none',
      basis: null,
      trials: null,
      wins: null,
    });
  });
});
