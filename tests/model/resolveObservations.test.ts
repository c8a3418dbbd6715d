import { describe, expect, it } from 'vitest';
import { currencyConverter } from '../../src/model/currencyConverter.ts';
import { CARRIED, type RawState } from '../../src/model/rawState.ts';
import { resolveObservations, type RawObservation } from '../../src/model/resolveObservations.ts';
import { resolveStages } from '../../src/schema/stages.ts';

const blank: RawState = { stage: null, status: null, amount: null, currency: null, closeDate: null, forecastCategory: null, probability: null };
const snap = (date: string, file: string, state: Partial<RawState>, carried: RawObservation['carried'] = []): RawObservation => ({
  date,
  origin: 'snapshot',
  file,
  sheet: null,
  row: 0,
  state: { ...blank, status: 'open', currency: 'USD', ...state },
  carried,
});
const hist = (date: string, row: number, state: Partial<RawState>): RawObservation => ({
  date,
  origin: 'history',
  file: 'h.csv',
  sheet: null,
  row,
  state: { ...blank, ...state },
  carried: CARRIED,
});
const options = {
  dealCurrency: 'EUR',
  converter: currencyConverter({ currency: 'USD', exchangeRates: { EUR: 2 } }),
  stageLookup: resolveStages({}),
};

describe('resolveObservations', () => {
  it('sorts by date with history rows before a snapshot of the same day, and fills history blanks from the observation before', () => {
    const { observations } = resolveObservations(
      [
        snap('2026-03-10', 'a.csv', { stage: 'Proposal', amount: 100, closeDate: '2026-05-01' }),
        hist('2026-03-10', 3, { stage: 'Closed Won' }),
        snap('2026-03-01', 'a.csv', { stage: 'Demo', amount: 100, closeDate: '2026-04-01', forecastCategory: 'commit' }),
      ],
      options,
    );
    expect(observations.map((o) => [o.date, o.origin, o.stage, o.status, o.amount, o.currency, o.closeDate, o.forecastCategory])).toEqual([
      ['2026-03-01', 'snapshot', 'Demo', 'open', 100, 'USD', '2026-04-01', 'commit'],
      // Closed Won gives the status; the rest is unchanged from 03-01.
      ['2026-03-10', 'history', 'Closed Won', 'won', 100, 'USD', '2026-04-01', 'commit'],
      ['2026-03-10', 'snapshot', 'Proposal', 'open', 100, 'USD', '2026-05-01', null],
    ]);
  });

  it('history amounts without a currency are in the deal currency (EUR at 2)', () => {
    const { observations } = resolveObservations([hist('2026-02-01', 2, { stage: 'Demo', amount: 50 })], options);
    expect([observations[0]!.amount, observations[0]!.amountOriginal, observations[0]!.currency, observations[0]!.status]).toEqual([100, 50, 'EUR', 'open']);
  });

  it('merges the same snapshot date from two files: the later file wins, a disagreement is reported', () => {
    const { observations, conflicts } = resolveObservations(
      [snap('2026-03-01', 'b.csv', { amount: 7 }), snap('2026-03-01', 'a.csv', { amount: 5 })],
      options,
    );
    expect(observations.map((o) => o.amount)).toEqual([7]);
    expect(conflicts).toEqual([{ date: '2026-03-01', used: 'b.csv', overridden: 'a.csv' }]);
  });

  it('reports currencies without a rate and leaves their amounts null', () => {
    const { observations, missingRates } = resolveObservations([snap('2026-03-01', 'a.csv', { amount: 9, currency: 'JPY' })], options);
    expect([observations[0]!.amount, observations[0]!.amountOriginal]).toEqual([null, 9]);
    expect([...missingRates]).toEqual(['JPY']);
  });

  it('a snapshot table without a column keeps the value from before (or, before it, the first value)', () => {
    const { observations } = resolveObservations(
      [
        snap('2026-03-01', 'old.csv', { stage: 'Demo', probability: null }, ['probability']),
        hist('2026-03-05', 2, { stage: 'Demo', probability: 0.4 }),
        snap('2026-03-10', 'new.csv', { stage: 'Demo', probability: null }, ['probability']),
        snap('2026-03-20', 'full.csv', { stage: 'Demo', probability: null }),
      ],
      options,
    );
    // 03-01 takes the first value (0.4) backwards, 03-10 keeps 0.4, 03-20 has the column: blank is blank.
    expect(observations.map((o) => o.probability)).toEqual([0.4, 0.4, 0.4, null]);
  });

  it('two tables of one date agree when they differ only in a column one of them lacks; the gap is filled from the other', () => {
    const { observations, conflicts } = resolveObservations(
      [snap('2026-03-01', 'a.csv', { stage: 'Demo', probability: 0.3 }), snap('2026-03-01', 'b.csv', { stage: 'Demo', probability: null }, ['probability'])],
      options,
    );
    expect(conflicts).toEqual([]);
    expect(observations.map((o) => [o.stage, o.probability])).toEqual([['Demo', 0.3]]);
  });
});
