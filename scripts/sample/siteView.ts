/**
 * The sample as the site sees it: the written data folder through the real data stage and the
 * dashboard's forecast, for the generator's printout. The stage win rates the site learns from the
 * sample's past quarters, and the current quarter's company forecast next to the generator's
 * truth of what closes by quarter end (the truth is printed, never written to the data folder).
 */
import { chanceLabel } from '../../src/charts/chanceLabel.ts';
import { runDataStage } from '../../src/dataStage.ts';
import { computeDashboard } from '../../src/metrics/dashboard.ts';
import { fiscalQuarter } from './fiscalQuarter.ts';
import { quarterTruth } from './quarterTruth.ts';
import type { SampleTruth } from './truth.ts';
import { STAGES } from './vocabulary.ts';

export interface SiteView {
  learnedQuarters: string[];
  /** Open stages in ladder order. */
  stages: { stage: string; trials: number; wins: number; rate: number | null }[];
  company: { p10: number; p50: number; p90: number; commit: number; bestCase: number; quota: number | null; chance: number | null };
}

export async function siteView(dataDir: string): Promise<SiteView> {
  const result = await runDataStage({ dataDir });
  if (!result.model) throw new Error(`siteView: the sample does not build a dashboard: ${result.report.fatal.join(' ')}`);
  // The whole dashboard, as the build computes it: the forecast exactly as the site shows it.
  const f = computeDashboard(result.model, result.config).forecast;
  const order = (stage: string) => {
    const i = STAGES.findIndex((s) => s.toLowerCase() === stage.toLowerCase());
    return i < 0 ? STAGES.length : i;
  };
  const company = f.periods[0]?.scopes.find((s) => s.level === 'company');
  if (!company) throw new Error('siteView: the forecast has no company scope');
  return {
    learnedQuarters: f.learned.quarters,
    stages: [...f.learned.stages]
      .sort((a, b) => order(a.stage) - order(b.stage))
      .map(({ stage, trials, wins, rate }) => ({ stage, trials, wins, rate })),
    company: {
      ...company.simulation,
      commit: company.rollup.commit,
      bestCase: company.rollup.bestCase,
      quota: company.quota,
      chance: company.simulation.probabilityOfQuota,
    },
  };
}

export function siteViewLines(view: SiteView, truth: SampleTruth): string[] {
  const pct = (x: number | null) => (x === null ? 'n/a' : `${Math.round(x * 100)}%`);
  const usd = (x: number) => `$${(x / 1e6).toFixed(2)}M`;
  const q = fiscalQuarter(truth.asOf);
  const real = quarterTruth(truth, q).company;
  const c = view.company;
  return [
    `Stage win rates the site learns (from ${view.learnedQuarters.length} past quarters; looks = open deals seen at that stage):`,
    ...view.stages.map((s) => `  ${s.stage.padEnd(22)} ${pct(s.rate).padStart(4)}  (${s.trials} looks, ${s.wins} won)`),
    `  ${'Closed Won'.padEnd(22)} 100%`,
    `${q.label} as the site forecasts it on the as-of date: Commit ${usd(c.commit)}, Best Case ${usd(c.bestCase)}, P10 ${usd(c.p10)}, P50 ${usd(c.p50)}, P90 ${usd(c.p90)}, quota ${c.quota === null ? 'none' : usd(c.quota)}, ${c.chance === null ? 'no' : chanceLabel(c.chance)} chance of reaching quota.`,
    `The generator's truth (never written to the data folder): ${usd(real)} closes won in ${q.label}.`,
  ];
}
