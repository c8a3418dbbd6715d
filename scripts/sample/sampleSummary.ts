/**
 * A few lines describing the generated sample: deal counts, win rate, company attainment per
 * quarter and the spread of rep attainment. Printed by the generator so a change of seed or
 * parameters can be judged at a glance.
 */
import { attainment } from './attainment.ts';
import type { SampleTruth } from './truth.ts';

export interface SampleStats {
  deals: number;
  won: number;
  lost: number;
  deleted: number;
  /** Won / (won + lost) over deals closed by the as-of date. */
  winRate: number;
  /** Company won / sum of rep quotas, per quarter up to the as-of date. */
  companyAttainment: { quarter: string; completed: boolean; won: number; quota: number; ratio: number }[];
  /** Rep-quarter attainment over completed quarters with a full-size quota (no ramp, no proration). */
  repAttainment: { min: number; p10: number; median: number; p90: number; max: number };
}

function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))));
  return sorted[i] ?? Number.NaN;
}

export function sampleStats(truth: SampleTruth): SampleStats {
  let won = 0;
  let lost = 0;
  let deleted = 0;
  const known = truth.deals.filter((d) => d.created <= truth.asOf);
  for (const d of known) {
    if (d.deleted !== null) {
      if (d.deleted <= truth.asOf) deleted++;
    }
    else if (d.closed !== null && d.closed <= truth.asOf) {
      if (d.outcome === 'won') won++;
      else lost++;
    }
  }
  const rows = attainment(truth);
  const byQuarter = new Map<string, { completed: boolean; won: number; quota: number }>();
  for (const r of rows) {
    const q = byQuarter.get(r.quarter) ?? { completed: r.completed, won: 0, quota: 0 };
    q.won += r.won;
    q.quota += r.quota ?? 0;
    byQuarter.set(r.quarter, q);
  }
  const ratios = rows
    .filter((r) => r.completed && r.quota !== null && r.quota > 0)
    .filter((r) => {
      const rep = truth.company.reps.find((p) => p.name === r.rep);
      return rep !== undefined && rep.start <= truth.historyStart && rep.end === null;
    })
    .map((r) => r.won / (r.quota ?? 1))
    .sort((a, b) => a - b);
  return {
    deals: known.length,
    won,
    lost,
    deleted,
    winRate: won / (won + lost),
    companyAttainment: [...byQuarter].map(([quarter, q]) => ({ quarter, ...q, ratio: q.won / q.quota })),
    repAttainment: {
      min: quantile(ratios, 0),
      p10: quantile(ratios, 0.1),
      median: quantile(ratios, 0.5),
      p90: quantile(ratios, 0.9),
      max: quantile(ratios, 1),
    },
  };
}

export function sampleSummary(truth: SampleTruth): string[] {
  const s = sampleStats(truth);
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const usd = (x: number) => `$${Math.round(x / 1000).toLocaleString('en-US')}k`;
  return [
    `${s.deals} deals: ${s.won} won, ${s.lost} lost, ${s.deleted} deleted by the CRM; win rate ${pct(s.winRate)}.`,
    ...s.companyAttainment.map(
      (q) => `  ${q.quarter}: won ${usd(q.won)} of ${usd(q.quota)} = ${pct(q.ratio)}${q.completed ? '' : ' (to date)'}`,
    ),
    `Rep attainment over completed quarters: min ${pct(s.repAttainment.min)}, p10 ${pct(s.repAttainment.p10)}, median ${pct(s.repAttainment.median)}, p90 ${pct(s.repAttainment.p90)}, max ${pct(s.repAttainment.max)}.`,
  ];
}
