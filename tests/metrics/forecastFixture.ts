/**
 * The forecast fixture: a February fiscal year, as of 2026-06-15 (FY2027 Q2, day 46 of 92),
 * snapshots on 2026-03-01, 2026-04-01 and 2026-06-15; FY2027 Q1 (Feb-Apr) is the only closed
 * quarter. Trials (FY2027 Q1; weekly points Feb 1-22 hold nothing, every deal was created later):
 *
 *   deal  Mar 1                           Apr 1                          final
 *   L1    Proposal, 0 d, close 04-20       Proposal, 31 d                won 04-20       -> 2 trials, 2 wins
 *   L2    Proposal, 0 d, close 04-25       Proposal, 31 d                lost 04-25      -> 2 trials, 0 wins
 *   L3    Proposal, 0 d, close 04-28       pushed to 05-15 (not a trial) won 05-15 (Q2)  -> 1 trial, 0 wins
 *   L4    Proposal, 0 d, close 03-20       won already                   won 03-20       -> 1 trial, 1 win
 *   L5    Prospecting, 0 d, close 04-30    Proposal, 0 d                 lost 04-30      -> 1 + 1 trials, 0 wins
 *
 *   Proposal 0-14 days: L1 W, L2 L, L3 L, L4 W, L5 L = 5 trials, 2 wins
 *   Proposal 15-45 days: L1 W, L2 L = 2 trials, 1 win;  Proposal overall 7 trials, 3 wins
 *   Prospecting 0-14 days: 1 trial, 0 wins
 *
 * P1 (won 03-10) and R1 (created 03-25, won 04-15) have no stage before they close: no trials.
 * FY2027 Q1 bookings: L1 40,000 + L4 20,000 + P1 15,700 + R1 4,300 = 80,000.
 *
 * Open on 2026-06-15 (minHistory 5):
 *   C1 100,000 Proposal, entered 06-10 (5 d, 0-14: 5 trials) commit     p = 2/5 history
 *   C2  50,000 Proposal, entered 05-20 (26 d, 15-45: 2 trials < 5)      p = 3/7 history (stage)
 *   C3  20,000 Prospecting (1 trial < 5), CRM 15%, pipeline              p = 0.15 crm
 *   C4  10,000 Negotiation/Review, no category, no CRM probability      p = 0.9 stage default, commit by stage
 *   C5   5,000 Mystery stage, omitted                                    p = 0 none
 *   N1  70,000 Proposal, days unknown, close 08-20 (next quarter)        p = 3/7 history (stage)
 * Won in Q2: W1 30,000 (Ana, 05-10) and L3 25,000 (Ben, 05-15).
 */
import type { StageConfig } from '../../src/schema/configSchema.ts';
import { fiscalQuota, makeDeal, makeModel, makeRep } from './fixtures.ts';

export const STAGES: StageConfig[] = [
  { name: 'Prospecting', aliases: [], status: 'open', probability: 10, forecastCategory: 'pipeline' },
  { name: 'Proposal', aliases: [], status: 'open', probability: 50, forecastCategory: 'bestCase' },
  { name: 'Negotiation/Review', aliases: [], status: 'open', probability: 90, forecastCategory: 'commit' },
  { name: 'Closed Won', aliases: [], status: 'won', probability: 100 },
  { name: 'Closed Lost', aliases: [], status: 'lost', probability: 0 },
];

const ana = { owner: 'Ana', team: 'East', region: 'NA' } as const;
const ben = { owner: 'Ben', team: 'East', region: 'NA' } as const;
const won = (date: string) => ({ date, origin: 'history' as const, status: 'won' as const, stage: 'Closed Won' });
const lost = (date: string) => ({ date, origin: 'history' as const, status: 'lost' as const, stage: 'Closed Lost' });

export function forecastModel() {
  const deals = [
    makeDeal({ id: 'L1', ...ana, amount: 40_000, createdDate: '2026-02-25', exactStages: true, steps: [{ date: '2026-03-01', stage: 'Proposal', closeDate: '2026-04-20' }, won('2026-04-20')] }),
    makeDeal({ id: 'L2', ...ana, amount: 30_000, createdDate: '2026-02-25', exactStages: true, steps: [{ date: '2026-03-01', stage: 'Proposal', closeDate: '2026-04-25' }, lost('2026-04-25')] }),
    makeDeal({
      id: 'L3',
      ...ben,
      amount: 25_000,
      createdDate: '2026-02-25',
      exactStages: true,
      steps: [{ date: '2026-03-01', stage: 'Proposal', closeDate: '2026-04-28' }, { date: '2026-04-01', closeDate: '2026-05-15' }, won('2026-05-15')],
    }),
    makeDeal({ id: 'L4', ...ana, amount: 20_000, createdDate: '2026-02-25', exactStages: true, steps: [{ date: '2026-03-01', stage: 'Proposal', closeDate: '2026-03-20' }, won('2026-03-20')] }),
    makeDeal({
      id: 'L5',
      ...ana,
      amount: 10_000,
      createdDate: '2026-02-25',
      exactStages: true,
      steps: [{ date: '2026-03-01', stage: 'Prospecting', closeDate: '2026-04-30' }, { date: '2026-04-01', stage: 'Proposal' }, lost('2026-04-30')],
    }),
    makeDeal({ id: 'P1', ...ana, amount: 15_700, createdDate: '2026-02-26', closeDate: '2026-03-10', steps: [won('2026-03-10')] }),
    makeDeal({ id: 'R1', ...ana, amount: 4_300, createdDate: '2026-03-25', closeDate: '2026-04-15', steps: [won('2026-04-15')] }),
    makeDeal({ id: 'W1', ...ana, amount: 30_000, createdDate: '2026-04-20', closeDate: '2026-05-10', status: 'won', stage: 'Closed Won' }),
    makeDeal({
      id: 'C1',
      ...ana,
      amount: 100_000,
      createdDate: '2026-05-20',
      exactStages: true,
      forecastCategory: 'commit',
      steps: [{ date: '2026-06-10', origin: 'history', stage: 'Proposal', closeDate: '2026-07-10' }],
    }),
    makeDeal({
      id: 'C2',
      ...ana,
      amount: 50_000,
      createdDate: '2026-05-01',
      exactStages: true,
      forecastCategory: 'bestCase',
      steps: [{ date: '2026-05-20', origin: 'history', stage: 'Proposal', closeDate: '2026-07-20' }],
    }),
    makeDeal({ id: 'C3', ...ana, amount: 20_000, createdDate: '2026-05-05', exactStages: true, stage: 'Prospecting', forecastCategory: 'pipeline', probability: 0.15, closeDate: '2026-07-25' }),
    makeDeal({ id: 'C4', ...ana, amount: 10_000, createdDate: '2026-05-05', stage: 'Negotiation/Review', closeDate: '2026-07-30' }),
    makeDeal({ id: 'C5', ...ana, amount: 5_000, createdDate: '2026-05-05', stage: 'Mystery', forecastCategory: 'omitted', closeDate: '2026-07-31' }),
    makeDeal({ id: 'N1', ...ana, amount: 70_000, createdDate: '2026-05-05', stage: 'Proposal', forecastCategory: 'pipeline', closeDate: '2026-08-20' }),
  ];
  return makeModel({
    asOf: '2026-06-15',
    deals,
    snapshots: ['2026-03-01', '2026-04-01', '2026-06-15'],
    reps: [makeRep('Ana', { team: 'East', region: 'NA' }), makeRep('Ben', { team: 'East', region: 'NA' })],
    quotas: [fiscalQuota('company', null, 'quarter', 2027, 2, 200_000), fiscalQuota('rep', 'Ana', 'quarter', 2027, 2, 120_000)],
  });
}
