/**
 * The managers' forecast calls and the quarter truth, worked by hand on a few deals.
 */
import { describe, expect, it } from 'vitest';
import type { Company, Rep } from '../../scripts/sample/company.ts';
import { dayFromIso as day } from '../../scripts/sample/dates.ts';
import { fiscalQuarter } from '../../scripts/sample/fiscalQuarter.ts';
import { callDays, forecastCalls, forecastCallsCsv } from '../../scripts/sample/forecastCalls.ts';
import { quarterTruth } from '../../scripts/sample/quarterTruth.ts';
import { createRandom } from '../../scripts/sample/random.ts';
import type { DealTruth, SampleTruth } from '../../scripts/sample/truth.ts';
import type { ForecastCategoryName } from '../../scripts/sample/vocabulary.ts';

function rep(name: string, team: string): Rep {
  return {
    name, email: `${name.toLowerCase()}@x.example`, role: 'Account Executive', manager: 'Mia Manager', team, region: 'North',
    segment: 'Commercial', start: day('2020-01-01'), end: null, skillFrom: 1, skillTo: 1, volume: 1, dealSize: 1, trend: 'steady',
  };
}

const company: Company = {
  name: 'Test Co', currency: 'USD', regions: ['North'],
  teams: [{ name: 'Team One', region: 'North', segment: 'Commercial', manager: 'Mia Manager' }],
  reps: [rep('Ana', 'Team One'), rep('Ben', 'Team One')],
  managers: [],
  vp: { name: 'Vera VP', email: 'vera@x.example', role: 'VP Sales', manager: null, team: null, region: null, start: day('2018-01-01'), end: null },
  reportAuthor: 'Ops',
};

/** A deal opened 2026-07-01 at Proposal in `category`, closing (or closed) on `close`. */
function deal(id: string, amount: number, category: ForecastCategoryName, close: string, outcome: 'open' | 'won' | 'lost', owners: [string, string][] = [['2026-07-01', 'Ana']]): DealTruth {
  const closed = outcome === 'open' ? null : day(close);
  return {
    seq: 1, id, name: id, account: 'Acme', type: 'New Business', leadSource: 'Web', segment: 'Commercial', team: 'Team One', region: 'North',
    // An open deal's fate is beyond these tests: it has no close day, so nothing counts it as won.
    created: day('2026-07-01'), outcome: outcome === 'open' ? 'won' : outcome, closed, deleted: null, lossReason: outcome === 'lost' ? 'Price' : null,
    staleFrom: null,
    stages: [
      { day: day('2026-07-01'), stage: 6, category, nextStep: '' },
      ...(closed === null ? [] : [{ day: closed, stage: outcome === 'won' ? 8 : 9, category: (outcome === 'won' ? 'Closed' : 'Omitted') as ForecastCategoryName, nextStep: '' }]),
    ],
    closeDates: [{ day: day('2026-07-01'), value: day(close) }],
    amounts: [{ day: day('2026-07-01'), value: amount }],
    owners: owners.map(([d, owner]) => ({ day: day(d), owner })),
    activities: [day('2026-07-01')],
  };
}

describe('forecastCalls', () => {
  // On Monday 2026-09-14, day 45 of FY2027 Q3 (2026-08-01 .. 2026-10-31, 92 days): 44 days elapsed.
  const deals = [
    deal('W', 10_000, 'Commit', '2026-08-20', 'won'), // closed won in the quarter
    deal('C', 20_000, 'Commit', '2026-10-15', 'open'),
    deal('B', 30_000, 'Best Case', '2026-09-30', 'open'),
    deal('N', 40_000, 'Commit', '2026-11-15', 'open'), // next quarter: not in this call
    deal('L', 50_000, 'Commit', '2026-09-01', 'lost'), // lost: not in any roll-up
    deal('P', 60_000, 'Pipeline', '2026-10-01', 'open'), // pipeline: not in Best Case
  ];
  const noNoise = { ...createRandom(1), normal: () => 0 };

  it('rolls up Commit (won + open Commit) and Best Case (Commit + open Best Case), and calls Commit plus a share of the upside', () => {
    const calls = forecastCalls(company, deals, [day('2026-09-14')], noNoise);
    const team = calls.find((c) => c.scope === 'team');
    // Commit 10,000 + 20,000 = 30,000; Best Case 30,000 + 30,000 = 60,000.
    // Call: 10,000 won + 20,000 open Commit × (1 + 0) + 0.3 × (1 - 44/92) × 30,000 upside (4,695.65)
    // = 34,695.65 -> 35,000 to the nearest 5,000 (Mia Manager has the default style).
    expect(team).toEqual({
      day: day('2026-09-14'), scope: 'team', name: 'Team One', call: 35_000, commit: 30_000, bestCase: 60_000, period: 'FY2027 Q3', submittedBy: 'Mia Manager',
    });
    // The VP: 35,000 × 0.97 = 33,950 -> 30,000 to the nearest 10,000, for the region and the company.
    expect(calls.filter((c) => c.scope !== 'team').map((c) => [c.scope, c.name, c.call, c.commit, c.bestCase, c.submittedBy])).toEqual([
      ['region', 'North', 30_000, 30_000, 60_000, 'Vera VP'],
      ['company', '', 30_000, 30_000, 60_000, 'Vera VP'],
    ]);
  });

  it('writes the agreed columns as CSV UTF-8 with quotes only where needed', () => {
    const csv = forecastCallsCsv(forecastCalls(company, deals, [day('2026-09-14')], noNoise));
    expect(csv).toBe(
      '\uFEFFDate,Scope,Name,Call,Commit,Best Case,Period,Submitted By\r\n' +
        '2026-09-14,team,Team One,35000,30000,60000,FY2027 Q3,Mia Manager\r\n' +
        '2026-09-14,region,North,30000,30000,60000,FY2027 Q3,Vera VP\r\n' +
        '2026-09-14,company,,30000,30000,60000,FY2027 Q3,Vera VP\r\n',
    );
  });

  it('calls every Monday of each quarter up to the as-of date', () => {
    const q2 = fiscalQuarter(day('2026-06-01'));
    const q3 = fiscalQuarter(day('2026-09-01'));
    const days = callDays([q2, q3], day('2026-08-12'));
    // Q2 (May 1 .. Jul 31): Mondays May 4 .. Jul 27 (13); Q3 up to Aug 12: Aug 3 and Aug 10.
    expect(days).toHaveLength(15);
    expect(days[0]).toBe(day('2026-05-04'));
    expect(days[12]).toBe(day('2026-07-27'));
    expect(days.slice(13)).toEqual([day('2026-08-03'), day('2026-08-10')]);
  });
});

describe('quarterTruth', () => {
  it('sums won deals closed in the quarter at their final amount, for the owner at close', () => {
    const handed = deal('H', 7_000, 'Commit', '2026-10-30', 'won', [['2026-07-01', 'Ana'], ['2026-09-20', 'Ben']]);
    handed.amounts.push({ day: day('2026-10-30'), value: 6_500 }); // discount at signature
    const truth = {
      company, deals: [
        deal('W', 10_000, 'Commit', '2026-08-20', 'won'),
        handed,
        deal('L', 50_000, 'Commit', '2026-09-01', 'lost'),
        deal('X', 8_000, 'Commit', '2026-11-02', 'won'), // FY2027 Q4
      ],
    } as unknown as SampleTruth;
    const t = quarterTruth(truth, fiscalQuarter(day('2026-09-01')));
    expect(t.company).toBe(16_500);
    expect([...t.reps]).toEqual([['Ana', 10_000], ['Ben', 6_500]]);
    expect([...t.teams]).toEqual([['Team One', 16_500]]);
    expect([...t.regions]).toEqual([['North', 16_500]]);
  });
});
