import { describe, expect, it } from 'vitest';
import type { WhatChanged } from '../../src/metrics/whatChanged.ts';
import type { RepTrend } from '../../src/metrics/repTrends.ts';
import { changeLines } from '../../src/site/reps/changeLines.ts';
import { historyCoverage, historyStart } from '../../src/site/quarters/historyStart.ts';
import { moneyKpi, multipleKpi, percentKpi, plural } from '../../src/site/format/kpiText.ts';
import { repDirectory } from '../../src/site/reps/repDirectory.ts';
import { repPageKpis } from '../../src/site/reps/repPageKpis.ts';
import { repPageView } from '../../src/site/reps/repPageView.ts';
import { repsIndexView } from '../../src/site/reps/repsIndexView.ts';
import { scopePageView } from '../../src/site/teams/scopePageView.ts';
import { trendText } from '../../src/site/format/trendText.ts';
import { peopleModel, peopleSite } from './peopleSiteFixture.ts';

describe('repDirectory', () => {
  it('everyone in the roster, by name, with the leaver marked', () => {
    expect(repDirectory(peopleSite).map((r) => [r.name, r.left])).toEqual([
      ['Ana', false],
      ['Bo', false],
      ['Cy', false],
      ['Dee', true],
    ]);
  });
});

describe('repsIndexView', () => {
  const view = repsIndexView(peopleSite);

  it('cards for the reps with a quota who have not left; the leaver apart', () => {
    expect(view.current).toEqual({ key: 'FY2027-Q2', label: 'FY2027 Q2' });
    expect(view.lastCompleted).toEqual({ key: 'FY2027-Q1', label: 'FY2027 Q1' });
    expect(view.cards.map((c) => c.name)).toEqual(['Ana', 'Bo', 'Cy']);
    expect(view.withoutQuota).toEqual([]);
    expect(view.left.map((c) => c.name)).toEqual(['Dee']);
    // The two closed quarters of the data, oldest first.
    expect(view.cards[0]!.spark).toEqual([
      { period: 'FY2026-Q4', attainment: 1.2 },
      { period: 'FY2027-Q1', attainment: 0.9 },
    ]);
    expect(view.cards[2]!.spark).toEqual([
      { period: 'FY2026-Q4', attainment: null },
      { period: 'FY2027-Q1', attainment: 0.25 },
    ]);
    expect(view.cards[2]!.currentAttainment).toBe(0.75);
  });

  it('attainment bands of all reps and of each team, last completed quarter then the current one', () => {
    // FY2027 Q1: Bo 120% | Ana 90% | Cy 25%, Dee 0%. FY2027 Q2 so far: Cy 75% | Ana 40%, Bo 0%.
    expect(view.bands.map((b) => [b.group, b.quarter, b.atOrAbove100, b.from70To100, b.below70])).toEqual([
      ['All reps', 'FY2027 Q1', 1, 1, 2],
      ['East', 'FY2027 Q1', 1, 1, 0],
      ['West', 'FY2027 Q1', 0, 0, 2],
      ['All reps', 'FY2027 Q2 to date', 0, 1, 2],
      ['East', 'FY2027 Q2 to date', 0, 0, 2],
      ['West', 'FY2027 Q2 to date', 0, 1, 0],
    ]);
  });
});

describe('repPageView', () => {
  it("Cy is new (tenure quarter 2): the ramp has no earlier hire to compare with; one completed quarter", () => {
    const cy = repPageView(peopleSite, 'Cy');
    expect(cy.ramp).toEqual({
      tenureNow: 2,
      isNew: true,
      points: [
        { tenureQuarter: 1, rep: 0.25, median: null, medianReps: 0 },
        { tenureQuarter: 2, rep: 0.75, median: null, medianReps: 0 },
      ],
    });
    expect(cy.medianOf).toBe('team');
    expect(cy.winRate).toEqual([{ period: 'FY2027-Q1', rep: 1, median: 0.5 }]);
    expect(cy.current.metrics).toMatchObject({ bookings: 30_000, quota: 40_000 });
    expect(cy.next.key).toBe('FY2027-Q3');
  });

  it("Ana's open deal carries its risk; Ana is past the ramp", () => {
    const ana = repPageView(peopleSite, 'Ana');
    expect(ana.openDeals.map((d) => [d.deal.id, d.risk?.severity])).toEqual([['A5', 'high']]);
    expect(ana.ramp).toMatchObject({ tenureNow: 7, isNew: false, points: [] });
    expect(ana.attainment.map((a) => [a.period, a.attainment, a.current])).toEqual([
      ['FY2026-Q4', 1.2, false],
      ['FY2027-Q1', 0.9, false],
      ['FY2027-Q2', 0.4, true],
    ]);
  });

  it('Dee left: her headline numbers say so, and there is nothing to compare since the last snapshot', () => {
    const dee = repPageView(peopleSite, 'Dee');
    expect(dee.rep.left).toBe(true);
    expect(dee.changes.kind).toBe('none');
    const kpis = repPageKpis(dee);
    expect(kpis[0]).toEqual({ label: 'Left on', value: '2026-03-31', note: 'started 2025-01-01' });
    expect(kpis[1]).toMatchObject({ label: 'Attainment, FY2027 Q1', value: '0%', note: '$0 of $80,000' });
  });

  it('an unknown rep is an internal error', () => {
    expect(() => repPageView(peopleSite, 'Nobody')).toThrow('unknown rep: Nobody');
  });
});

describe('scopePageView', () => {
  it("West: Cy and Dee (who left) side by side, both with a quota in the closed quarters; the forecast's closed won", () => {
    const west = scopePageView(peopleSite, 'team', 'West');
    expect(west.region).toBe('Americas');
    expect(west.reps.map((r) => [r.listing.name, r.current?.attainment ?? null])).toEqual([
      ['Cy', 0.75],
      ['Dee', null],
    ]);
    expect(west.multipleQuarters).toEqual(['FY2026-Q4', 'FY2027-Q1']);
    expect(west.multiples).toEqual([
      { rep: 'Cy', period: 'FY2027-Q1', bookings: 10_000, quota: 40_000 },
      { rep: 'Dee', period: 'FY2026-Q4', bookings: 40_000, quota: 80_000 },
      { rep: 'Dee', period: 'FY2027-Q1', bookings: 0, quota: 80_000 },
    ]);
    expect(west.categories[0]).toMatchObject({ label: 'FY2027 Q2', closedWon: 30_000, quota: 40_000 });
    expect(west.teams).toEqual([]);
  });

  it('a region lists its teams', () => {
    expect(scopePageView(peopleSite, 'region', 'Americas').teams).toEqual(['East', 'West']);
  });
});

describe('trendText', () => {
  const trend = (slope: number | null, label: RepTrend['trend'], points = 4): RepTrend => ({
    rep: 'Ana', team: null, region: null, quarters: [], slope, trend: label, trendPoints: points,
    rankCurrent: { team: null, company: null }, rankLastCompleted: { team: null, company: null },
  });

  it('label, arrow and slope in words', () => {
    expect(trendText(trend(7.43, 'improving'), { minTrendPoints: 3 })).toEqual({ label: 'Improving', arrow: '▲', detail: '+7.4 pts per quarter', kind: 'improving' });
    expect(trendText(trend(-18.28, 'declining'), { minTrendPoints: 3 })).toEqual({ label: 'Declining', arrow: '▼', detail: '−18.3 pts per quarter', kind: 'declining' });
    expect(trendText(trend(-1, 'steady'), { minTrendPoints: 3 }).detail).toBe('−1.0 pts per quarter');
  });

  it('no trend says why', () => {
    expect(trendText(trend(null, null, 2), { minTrendPoints: 3 })).toEqual({
      label: 'No trend', arrow: '', detail: '2 of the last 4 completed quarters had a quota; a trend needs 3', kind: 'none',
    });
  });
});

describe('changeLines', () => {
  const ref = { account: null, owner: 'Ana', team: 'East', region: 'Americas' };
  const changes = {
    kind: 'changes', from: '2026-06-08', to: '2026-06-15', fromSource: 'previous snapshot', toSource: 'latest snapshot',
    newDeals: [{ ...ref, id: 'N', name: 'New', status: 'open', stage: 'Prospecting', amount: 5000, closeDate: '2026-09-30', createdDate: '2026-06-10', firstSeen: '2026-06-15' }],
    stageMoves: [{ ...ref, id: 'S', name: 'Moved', fromStage: 'Qualification', toStage: 'Proposal', direction: 'forward', amount: 7000 }],
    pushes: [{ ...ref, id: 'P', name: 'Pushed', fromDate: '2026-07-20', toDate: '2026-08-19', days: 30, fromQuarter: 'FY2027-Q2', toQuarter: 'FY2027-Q3', quarterChanged: true, amount: 9000 }],
    pullIns: [],
    amountChanges: [{ ...ref, id: 'A', name: 'Cut', from: 10_000, to: 8000, delta: -2000 }],
    won: [{ ...ref, id: 'W', name: 'Won it', fromStatus: 'open', fromStage: 'Negotiation', amount: 12_000, closeDate: '2026-06-12' }],
    lost: [], disappeared: [], reopened: [],
    totals: {} as WhatChanged['totals'], scopes: [],
  } as unknown as WhatChanged;
  const ids = { newDeals: ['N'], stageMoves: ['S'], pushes: ['P'], pullIns: [], amountChanges: ['A'], won: ['W'], lost: [], disappeared: [], reopened: [] };

  it('one line per change, wins and losses first, with the detail in words', () => {
    const lines = changeLines(changes, ids, { money: (v) => `$${v}` });
    expect(lines.map((l) => [l.change, l.deal, l.detail, l.amount])).toEqual([
      ['Won', 'Won it', 'From Negotiation, close date 2026-06-12', 12_000],
      ['New deal', 'New', 'Prospecting, closing 2026-09-30', 5000],
      ['Stage forward', 'Moved', 'Qualification → Proposal', 7000],
      ['Pushed', 'Pushed', '2026-07-20 → 2026-08-19, +30 days, FY2027 Q2 → FY2027 Q3', 9000],
      ['Amount changed', 'Cut', '$10000 → $8000 (−$2000)', 8000],
    ]);
  });

  it("only the scope's deals", () => {
    expect(changeLines(changes, { ...ids, won: [], newDeals: [] }, { money: String }).map((l) => l.id)).toEqual(['S', 'P', 'A']);
  });
});

describe('historyStart', () => {
  it('the first date a state was seen in an export; quarters before it have no history', () => {
    expect(historyStart(peopleModel)).toBe('2026-06-15');
    expect(historyCoverage(peopleModel, { start: '2026-02-01', end: '2026-04-30' })).toEqual({ from: '2026-06-15', covers: 'none' });
    expect(historyCoverage(peopleModel, { start: '2026-05-01', end: '2026-07-31' })).toEqual({ from: '2026-06-15', covers: 'part' });
    expect(historyCoverage(peopleModel, { start: '2026-06-15', end: '2026-06-30' })).toEqual({ from: '2026-06-15', covers: 'all' });
  });
});

describe('kpiText', () => {
  it('compact money from 100,000, multiples, percents and stated unknowns', () => {
    expect(moneyKpi(1_234_567, 'USD')).toBe('$1.2M');
    expect(moneyKpi(23_122, 'USD')).toBe('$23,122');
    expect(moneyKpi(null, 'USD', 'No quota')).toBe('No quota');
    expect(multipleKpi(2.14)).toBe('2.1×');
    expect(percentKpi(0.945)).toBe('95%');
    expect(percentKpi(null, 'Unknown')).toBe('Unknown');
    expect(plural(1, 'deal')).toBe('1 deal');
    expect(plural(1200, 'deal')).toBe('1,200 deals');
  });
});
