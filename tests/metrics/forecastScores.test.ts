import { describe, expect, it } from 'vitest';
import { absolutePercentageError, brierScore, covered, meanOf, pinballLoss, reliabilityBins } from '../../src/metrics/forecastScores.ts';

// A small worked table: three quarters, their P10 / P50 / P90 and what closed.
//   quarter  P10  P50  P90  actual  covered  APE(P50)        pinball P10      P50            P90
//   A         80  100  120     110   yes      10/110 = 0.0909  0.1×30 = 3      0.5×10 = 5     0.1×10 = 1   (P90 above: (1-0.9)×10)
//   B         90  100  110     130   no       30/130 = 0.2308  0.1×40 = 4      0.5×30 = 15    0.9×20 = 18
//   C        100  120  150      95   no       25/95  = 0.2632  0.9×5  = 4.5    0.5×25 = 12.5  0.1×55 = 5.5
const table = [
  { p10: 80, p50: 100, p90: 120, actual: 110 },
  { p10: 90, p50: 100, p90: 110, actual: 130 },
  { p10: 100, p50: 120, p90: 150, actual: 95 },
];

describe('forecast scores on a worked table', () => {
  it('pinball loss of P10, P50 and P90', () => {
    expect(table.map((r) => pinballLoss(r.p10, r.actual, 0.1))).toEqual([3, 4, 4.5].map((x) => expect.closeTo(x, 12)));
    expect(table.map((r) => pinballLoss(r.p50, r.actual, 0.5))).toEqual([5, 15, 12.5]);
    expect(table.map((r) => pinballLoss(r.p90, r.actual, 0.9))).toEqual([1, 18, 5.5].map((x) => expect.closeTo(x, 12)));
    // Mean pinball of P50 = (5 + 15 + 12.5) / 3 = 10.8333
    expect(meanOf(table.map((r) => pinballLoss(r.p50, r.actual, 0.5)))).toBeCloseTo(32.5 / 3, 12);
  });

  it('coverage: P10-P90 held the actual in 1 of 3 quarters; the edges count as held', () => {
    expect(table.map((r) => covered(r.p10, r.p90, r.actual))).toEqual([true, false, false]);
    expect(covered(80, 120, 80)).toBe(true);
    expect(covered(80, 120, 120)).toBe(true);
  });

  it('absolute percentage error of the P50; none when nothing closed', () => {
    expect(table.map((r) => absolutePercentageError(r.p50, r.actual))).toEqual([10 / 110, 30 / 130, 25 / 95]);
    expect(absolutePercentageError(10, 0)).toBeNull();
    expect(meanOf([0.1, null, 0.3])).toBeCloseTo(0.2, 12);
    expect(meanOf([null])).toBeNull();
  });

  it('Brier score and reliability bins of deal probabilities', () => {
    const deals = [
      { p: 0.9, won: true }, // 0.01
      { p: 0.9, won: false }, // 0.81
      { p: 0.2, won: false }, // 0.04
      { p: 0.25, won: true }, // 0.5625
      { p: 1, won: true }, // 0
    ];
    expect(brierScore(deals)).toBeCloseTo((0.01 + 0.81 + 0.04 + 0.5625 + 0) / 5, 12);
    expect(brierScore([])).toBeNull();
    const bins = reliabilityBins(deals, 5); // [0,.2) [.2,.4) [.4,.6) [.6,.8) [.8,1]
    expect(bins.map((b) => b.count)).toEqual([0, 2, 0, 0, 3]);
    expect(bins[1]).toMatchObject({ x0: 0.2, x1: 0.4, predicted: 0.225, actual: 0.5 });
    expect(bins[4]!.predicted).toBeCloseTo(2.8 / 3, 12);
    expect(bins[4]!.actual).toBeCloseTo(2 / 3, 12);
    expect(bins[0]).toMatchObject({ predicted: null, actual: null });
  });
});
