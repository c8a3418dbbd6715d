import { describe, expect, it } from 'vitest';
import { fiscalCalendar } from '../../src/model/fiscalCalendar.ts';
import { forecastHistory } from '../../src/metrics/forecastHistory.ts';
import { weekOverWeek } from '../../src/metrics/weekOverWeek.ts';
import { whatChanged } from '../../src/metrics/whatChanged.ts';
import { FISCAL, model } from './riskFixtures.ts';

// Two snapshots, 2026-09-09 and 2026-09-16, in FY2027 Q3 (2026-08-01 .. 2026-10-31); all Ana's.
//   A  Commit    50,000 close 10-15 on both dates.
//   B  Pipeline  20,000 close 10-20 on 09-09; won 25,000 on 09-16 (close 09-14).
//   C  new on 09-16: Best Case 30,000 close 10-30.
//   D  Commit    10,000 close 10-01 on 09-09; pushed to 11-20 (FY2027 Q4) on 09-16.
//   E  Omitted   40,000 close 10-10 on both dates (never in the roll-ups).
// 09-09: closed won 0; commit 0 + A 50,000 + D 10,000 = 60,000; open pipeline in the quarter
//        A + B + D = 80,000 (E is Omitted).
// 09-16: closed won 25,000 (B); commit 25,000 + A 50,000 = 75,000; open pipeline A + C = 80,000.
// So: closed won +25,000, commit +15,000, open pipeline ±0.
const m = model({
  asOf: '2026-09-16',
  deals: [
    { id: 'A', obs: [{ date: '2026-09-09', stage: 'Negotiation/Review', amount: 50_000, closeDate: '2026-10-15', forecastCategory: 'commit' }, { date: '2026-09-16' }] },
    {
      id: 'B',
      obs: [
        { date: '2026-09-09', stage: 'Proposal/Price Quote', amount: 20_000, closeDate: '2026-10-20', forecastCategory: 'pipeline' },
        { date: '2026-09-16', stage: 'Closed Won', status: 'won', amount: 25_000, closeDate: '2026-09-14', forecastCategory: 'closed' },
      ],
    },
    { id: 'C', obs: [{ date: '2026-09-16', stage: 'Prospecting', amount: 30_000, closeDate: '2026-10-30', forecastCategory: 'bestCase' }] },
    {
      id: 'D',
      obs: [
        { date: '2026-09-09', stage: 'Negotiation/Review', amount: 10_000, closeDate: '2026-10-01', forecastCategory: 'commit' },
        { date: '2026-09-16', closeDate: '2026-11-20' },
      ],
    },
    { id: 'E', obs: [{ date: '2026-09-09', stage: 'Prospecting', amount: 40_000, closeDate: '2026-10-10', forecastCategory: 'omitted' }, { date: '2026-09-16' }] },
  ],
});
const quarter = fiscalCalendar({ startMonth: 2, naming: 'end' }).periodOf('2026-09-16', 'quarter');
const history = forecastHistory(m, quarter, { companyName: 'Acme', asOf: '2026-09-16' });
const changes = whatChanged(m, { asOf: '2026-09-16', companyName: 'Acme', ...FISCAL });

describe('weekOverWeek from two snapshots', () => {
  const previous = changes.kind === 'changes' ? changes.from : null;
  const result = weekOverWeek(history, 'company', previous);
  const value = (key: string) => result.values.find((v) => v.key === key)!;

  it('compares the as-of date with the previous snapshot', () => {
    expect(previous).toBe('2026-09-09');
    expect([result.from, result.to]).toEqual(['2026-09-09', '2026-09-16']);
  });

  it('closed won, commit and open pipeline: now, before and the change, worked out by hand', () => {
    expect(value('closedWon')).toMatchObject({ now: 25_000, previous: 0, change: 25_000 });
    expect(value('commit')).toMatchObject({ now: 75_000, previous: 60_000, change: 15_000 });
    expect(value('openPipeline')).toMatchObject({ now: 80_000, previous: 80_000, change: 0 });
  });

  it('the series ends with the values now, one per point of the quarter', () => {
    const series = value('commit').series;
    expect(series.at(-1)).toEqual({ date: '2026-09-16', value: 75_000 });
    expect(series.find((p) => p.date === '2026-09-09')).toEqual({ date: '2026-09-09', value: 60_000 });
  });

  it("a rep's own numbers; an unknown scope has nothing to compare", () => {
    expect(weekOverWeek(history, 'rep:Ana', previous).values[0]).toMatchObject({ now: 25_000, change: 25_000 });
    const none = weekOverWeek(history, 'rep:Nobody', previous);
    expect(none.from).toBeNull();
    expect(none.values.every((v) => v.change === null)).toBe(true);
  });
});
