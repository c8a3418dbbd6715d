import { describe, expect, it } from 'vitest';
import { whatChanged, type WhatChanged } from '../../src/metrics/whatChanged.ts';
import { FISCAL, model, type DealSpec, type Observation } from './riskFixtures.ts';

const S1 = '2026-09-30';
const S2 = '2026-10-07';
const S3 = '2026-10-14';
const options = { companyName: 'Acme', ...FISCAL };

/** A deal seen in all three snapshots; `s2` and `s3` hold what changed. */
function three(id: string, owner: string, s1: Omit<Observation, 'date'>, s2: Omit<Observation, 'date'> = {}, s3: Omit<Observation, 'date'> = {}): DealSpec {
  return { id, owner, obs: [{ date: S1, ...s1 }, { date: S2, ...s2 }, { date: S3, ...s3 }] };
}

// Three weekly snapshots (FY2027 Q3 = Aug-Oct, Q4 = Nov-Jan). Owners: Ana and Ben (team East),
// Caro (West), all region Americas; Dev (team Nordics, region EMEA).
const deals: DealSpec[] = [
  { id: 'N', owner: 'Caro', createdDate: '2026-10-10', obs: [{ date: S3, stage: 'Prospecting', amount: 15_000, closeDate: '2026-11-30' }] },
  three('F', 'Ana', { stage: 'Qualification', amount: 20_000, closeDate: '2026-12-15' }, {}, { stage: 'Proposal/Price Quote' }),
  three('B', 'Ana', { stage: 'Negotiation/Review', amount: 30_000, closeDate: '2026-12-15' }, {}, { stage: 'Proposal/Price Quote' }),
  three('P', 'Ben', { stage: 'Negotiation/Review', amount: 40_000, closeDate: '2026-10-30' }, {}, { closeDate: '2026-11-13' }),
  three('Q', 'Ben', { stage: 'Value Proposition', amount: 25_000, closeDate: '2026-12-15' }, {}, { closeDate: '2026-10-31' }),
  three('A1', 'Caro', { stage: 'Proposal/Price Quote', amount: 50_000, closeDate: '2026-12-15' }, {}, { amount: 35_000 }),
  three('A2', 'Dev', { stage: 'Proposal/Price Quote', amount: 10_000, closeDate: '2026-12-15' }, {}, { amount: 12_000 }),
  three('W', 'Dev', { stage: 'Negotiation/Review', amount: 45_000, closeDate: '2026-10-20' }, {}, { stage: 'Closed Won', status: 'won', closeDate: '2026-10-12' }),
  three('L', 'Ana', { stage: 'Qualification', amount: 8_000, closeDate: '2026-11-30' }, {}, { stage: 'Closed Lost', status: 'lost' }),
  {
    id: 'G',
    owner: 'Ben',
    disappeared: true,
    obs: [{ date: S1, stage: 'Prospecting', amount: 5_000, closeDate: '2026-12-31' }, { date: S2 }],
  },
  three(
    'R',
    'Caro',
    { stage: 'Needs Analysis', amount: 9_000, closeDate: '2026-10-30' },
    { stage: 'Closed Lost', status: 'lost' },
    { stage: 'Needs Analysis', status: 'open', closeDate: '2026-11-20' },
  ),
  three('U', 'Dev', { stage: 'Prospecting', amount: 7_000, closeDate: '2026-12-31' }),
  { id: 'E', owner: 'Ana', disappeared: true, obs: [{ date: S1, stage: 'Qualification', amount: 6_000, closeDate: '2026-12-31' }] },
];
const m = model({ asOf: S3, deals, snapshots: [S1, S2, S3] });

function changes(result: ReturnType<typeof whatChanged>): WhatChanged {
  if (result.kind !== 'changes') throw new Error('expected changes');
  return result;
}

describe('whatChanged between the last two of three snapshots (default window)', () => {
  const result = changes(whatChanged(m, options));

  it('defaults to the previous and the latest snapshot', () => {
    expect(result).toMatchObject({ from: S2, to: S3, fromSource: 'previous snapshot', toSource: 'latest snapshot' });
  });

  it('lists new deals, stage moves with their direction, pushes and pull-ins with both dates', () => {
    expect(result.newDeals).toEqual([
      expect.objectContaining({ id: 'N', owner: 'Caro', status: 'open', amount: 15_000, firstSeen: S3, createdDate: '2026-10-10' }),
    ]);
    // Ladder in use: Prospecting, Qualification, Needs Analysis, Value Proposition, Proposal/Price Quote, Negotiation/Review.
    expect(result.stageMoves.map((s) => [s.id, s.fromStage, s.toStage, s.direction, s.amount])).toEqual([
      ['B', 'Negotiation/Review', 'Proposal/Price Quote', 'backward', 30_000],
      ['F', 'Qualification', 'Proposal/Price Quote', 'forward', 20_000],
    ]);
    // P: 10-30 -> 11-13 is 1 + 13 = 14 days, out of Q3 into Q4. Q: 12-15 -> 10-31 is 45 days earlier (30 in November + 15).
    expect(result.pushes).toEqual([
      expect.objectContaining({ id: 'P', fromDate: '2026-10-30', toDate: '2026-11-13', days: 14, fromQuarter: 'FY2027 Q3', toQuarter: 'FY2027 Q4', quarterChanged: true, amount: 40_000 }),
    ]);
    expect(result.pullIns).toEqual([
      expect.objectContaining({ id: 'Q', fromDate: '2026-12-15', toDate: '2026-10-31', days: -45, quarterChanged: true, amount: 25_000 }),
    ]);
  });

  it('lists amount changes with their delta, largest first', () => {
    expect(result.amountChanges.map((a) => [a.id, a.from, a.to, a.delta])).toEqual([
      ['A1', 50_000, 35_000, -15_000],
      ['A2', 10_000, 12_000, 2_000],
    ]);
  });

  it('lists won, lost, disappeared and reopened deals', () => {
    expect(result.won).toEqual([
      expect.objectContaining({ id: 'W', fromStatus: 'open', fromStage: 'Negotiation/Review', amount: 45_000, closeDate: '2026-10-12' }),
    ]);
    expect(result.lost).toEqual([expect.objectContaining({ id: 'L', fromStage: 'Qualification', amount: 8_000 })]);
    expect(result.disappeared).toEqual([expect.objectContaining({ id: 'G', lastSeen: S2, amount: 5_000 })]);
    expect(result.reopened).toEqual([
      expect.objectContaining({ id: 'R', fromStatus: 'lost', stage: 'Needs Analysis', amount: 9_000, closeDate: '2026-11-20' }),
    ]);
  });

  it('leaves out a deal that had already disappeared before the window and the unchanged one', () => {
    const ids = Object.values(result).flatMap((v) => (Array.isArray(v) ? v.map((x: { id?: string }) => x.id) : []));
    expect(ids).not.toContain('E');
    expect(ids).not.toContain('U');
  });

  it('adds up the totals and the open pipeline', () => {
    // Open on 10-07: F 20 + B 30 + P 40 + Q 25 + A1 50 + A2 10 + W 45 + L 8 + G 5 + U 7 = 240 thousand.
    // Open on 10-14: N 15 + F 20 + B 30 + P 40 + Q 25 + A1 35 + A2 12 + R 9 + U 7 = 193 thousand.
    expect(result.totals).toEqual({
      newDeals: { count: 1, amount: 15_000 },
      stageForward: { count: 1, amount: 20_000 },
      stageBackward: { count: 1, amount: 30_000 },
      stageUnordered: { count: 0, amount: 0 },
      pushes: { count: 1, amount: 40_000 },
      pullIns: { count: 1, amount: 25_000 },
      amountChanges: { count: 2, increase: 2_000, decrease: -15_000, net: -13_000 },
      won: { count: 1, amount: 45_000 },
      lost: { count: 1, amount: 8_000 },
      disappeared: { count: 1, amount: 5_000 },
      reopened: { count: 1, amount: 9_000 },
      openPipeline: { from: 240_000, to: 193_000, change: -47_000 },
    });
  });

  it('gives the same per scope: rep Ana, team East, region EMEA', () => {
    const byKey = new Map(result.scopes.map((s) => [s.key, s]));
    expect(result.scopes[0]!.key).toBe('company');
    const ana = byKey.get('rep:Ana')!;
    expect(ana.dealIds).toMatchObject({ stageMoves: ['B', 'F'], lost: ['L'], newDeals: [], pushes: [] });
    // Ana open on 10-07: F 20 + B 30 + L 8 = 58; on 10-14: F 20 + B 30 = 50 thousand.
    expect(ana.totals.openPipeline).toEqual({ from: 58_000, to: 50_000, change: -8_000 });
    // East = Ana + Ben: 58 + P 40 + Q 25 + G 5 = 128 -> 50 + 40 + 25 = 115 thousand.
    const east = byKey.get('team:East')!;
    expect(east.dealIds).toMatchObject({ pushes: ['P'], pullIns: ['Q'], disappeared: ['G'] });
    expect(east.totals.openPipeline).toEqual({ from: 128_000, to: 115_000, change: -13_000 });
    // EMEA = Dev: A2 10 + W 45 + U 7 = 62 -> A2 12 + U 7 = 19 thousand.
    const emea = byKey.get('region:EMEA')!;
    expect(emea.totals).toMatchObject({ won: { count: 1, amount: 45_000 }, amountChanges: { count: 1, net: 2_000 } });
    expect(emea.totals.openPipeline).toEqual({ from: 62_000, to: 19_000, change: -43_000 });
    expect(byKey.get('rep:Caro')!.dealIds).toMatchObject({ newDeals: ['N'], amountChanges: ['A1'], reopened: ['R'], won: [] });
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('whatChanged over a chosen window', () => {
  it('between the first two snapshots: E disappeared, R was lost', () => {
    const result = changes(whatChanged(m, { ...options, from: S1, to: S2 }));
    expect(result).toMatchObject({ from: S1, to: S2, fromSource: 'option', toSource: 'option' });
    expect(result.disappeared.map((d) => [d.id, d.lastSeen, d.amount])).toEqual([['E', S1, 6_000]]);
    expect(result.lost.map((d) => [d.id, d.fromStatus, d.fromStage, d.amount])).toEqual([['R', 'open', 'Needs Analysis', 9_000]]);
    expect(result.newDeals).toEqual([]);
    expect(result.stageMoves).toEqual([]);
    // Open on 09-30: the 240 thousand of 10-07 plus R 9 and E 6 = 255 thousand.
    expect(result.totals.openPipeline).toEqual({ from: 255_000, to: 240_000, change: -15_000 });
  });

  it('takes the latest snapshot at or before the as-of date as the end', () => {
    const result = changes(whatChanged(m, { ...options, asOf: '2026-10-10' }));
    expect([result.from, result.to]).toEqual([S1, S2]);
  });

  it('counts a deal first seen already won inside the window as new and won', () => {
    const late = model({
      asOf: S3,
      snapshots: [S2, S3],
      deals: [
        three('U', 'Dev', { stage: 'Prospecting', amount: 7_000, closeDate: '2026-12-31' }),
        { id: 'NW', owner: 'Dev', obs: [{ date: S3, stage: 'Closed Won', status: 'won', amount: 3_000, closeDate: '2026-10-09' }] },
      ],
    });
    const result = changes(whatChanged(late, options));
    expect(result.newDeals.map((d) => [d.id, d.status])).toEqual([['NW', 'won']]);
    expect(result.won.map((d) => [d.id, d.fromStatus, d.amount])).toEqual([['NW', null, 3_000]]);
  });

  it('refuses a window that ends before it starts', () => {
    expect(() => whatChanged(m, { ...options, from: S3, to: S1 })).toThrow(RangeError);
  });
});

describe('whatChanged with a single snapshot', () => {
  it('says there is no previous snapshot instead of reporting no changes', () => {
    const single = model({ asOf: S3, deals: [deals[0]!] });
    expect(whatChanged(single, options)).toEqual({
      kind: 'no previous snapshot',
      to: S3,
      message:
        'The snapshot of 2026-10-14 is the first one, so there is no previous snapshot to compare it with; export the pipeline again later (or add a deal history table) to see what changed.',
    });
  });
});
