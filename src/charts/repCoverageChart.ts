/**
 * Each rep's pipeline coverage (open pipeline this quarter ÷ quota left) as a bar, with the rep's
 * coverage target as a tick; reps below target first. Bars beyond the axis are cut at its end and
 * labelled with their value. Each bar says in words whether the rep is below target; reps who
 * have met their quota or have none are listed by name with that said.
 */
import * as Plot from '@observablehq/plot';
import { moneyFull, moneyShort, OKABE_ITO, type ChartContent } from './chartKit.ts';

export interface RepCoverage {
  name: string;
  coverage: number | null;
  target: number | null;
  state: 'below target' | 'at or above target' | 'quota met' | 'no quota' | 'target unknown';
  openPipeline: number;
  quotaRemaining: number | null;
  /** Pipeline still needed to reach the target; null when unknown. */
  gap: number | null;
}

const STATES = ['below target', 'at or above target', 'target unknown'] as const;
const COLORS = [OKABE_ITO.vermillion, OKABE_ITO.blue, '#8c8c8c'];

export function repCoverageChart(reps: readonly RepCoverage[], options: { currency: string; periodLabel: string }): ChartContent {
  const money = (v: number) => moneyShort(v, options.currency);
  const ratio = (v: number) => `${v >= 10 ? v.toFixed(0) : v.toFixed(1)}×`;
  const measured = reps.filter((r) => r.coverage !== null);
  const other = reps.filter((r) => r.coverage === null);
  const rank = (r: RepCoverage) => (r.state === 'below target' ? 0 : r.state === 'target unknown' ? 1 : r.state === 'at or above target' ? 2 : 3);
  const rows = [...measured.sort((a, b) => rank(a) - rank(b) || a.coverage! - b.coverage! || (a.name < b.name ? -1 : 1)), ...other];
  const targets = measured.flatMap((r) => (r.target === null ? [] : [r.target]));
  const cap = Math.max(2, ...targets) * 2;
  const below = measured.filter((r) => r.state === 'below target');
  const gap = below.reduce((sum, r) => sum + (r.gap ?? 0), 0);

  const title =
    measured.length === 0
      ? `No rep has quota left to cover in ${options.periodLabel}`
      : below.length === 0
        ? `Every rep with quota left has pipeline at or above their coverage target`
        : `${below.length} of ${measured.length} reps with quota left have less pipeline than their coverage target, ${money(gap)} short in all`;
  const label = (r: RepCoverage) =>
    r.coverage === null
      ? r.state === 'quota met'
        ? `quota met · ${money(r.openPipeline)} open`
        : `no quota · ${money(r.openPipeline)} open`
      : `${ratio(r.coverage)}${r.target === null ? ' · target unknown' : ` of ${ratio(r.target)} target${r.state === 'below target' ? ` · ${money(r.gap ?? 0)} short` : ''}`}`;
  const tip = (r: RepCoverage) =>
    `${r.name}: ${moneyFull(r.openPipeline, options.currency)} open this quarter` +
    (r.quotaRemaining === null ? ', no quota' : r.quotaRemaining <= 0 ? ', quota met' : ` for ${moneyFull(r.quotaRemaining, options.currency)} of quota left`) +
    (r.coverage === null ? '' : `; coverage ${ratio(r.coverage)}`) +
    (r.target === null ? '' : `, target ${ratio(r.target)}`) +
    (r.state === 'below target' ? `, ${moneyFull(r.gap ?? 0, options.currency)} short` : '');
  const description =
    `Pipeline coverage of each rep in ${options.periodLabel}: open pipeline dated in the quarter divided by the quota not yet booked, against the rep's coverage target (tick; 1 ÷ their trailing win rate by value, or the company's). ` +
    (below.length === 0 ? '' : `Below target: ${below.map((r) => `${r.name} ${ratio(r.coverage!)} of ${ratio(r.target!)}`).join(', ')}. `) +
    (other.length === 0 ? '' : `Not measured: ${other.map((r) => `${r.name} (${r.state})`).join(', ')}.`);

  return {
    title,
    description,
    plot: {
      width: 760,
      height: 50 + rows.length * 22,
      marginLeft: 140,
      marginRight: 230,
      marginTop: 10,
      x: { domain: [0, cap], grid: true, label: 'Coverage (open pipeline ÷ quota left) →', tickFormat: (v: number) => `${v}×` },
      y: { domain: rows.map((r) => r.name), label: null, padding: 0.2 },
      color: { domain: [...STATES], range: COLORS, legend: true },
      marks: [
        Plot.barX(measured, { x: (r: RepCoverage) => Math.min(r.coverage!, cap), y: 'name', fill: 'state', title: tip }),
        Plot.tickX(
          measured.filter((r) => r.target !== null),
          { x: (r: RepCoverage) => Math.min(r.target!, cap), y: 'name', stroke: 'currentColor', strokeWidth: 2.5, title: (r: RepCoverage) => `${r.name}: target ${ratio(r.target!)}` },
        ),
        Plot.text(rows, {
          // Unmeasured reps have no bar or tick: their label starts at 0.
          x: (r: RepCoverage) => (r.coverage === null ? 0 : Math.min(cap, Math.max(r.coverage, r.target ?? 0))),
          y: 'name',
          text: label,
          dx: 6,
          textAnchor: 'start',
          fill: 'currentColor',
          fontSize: 11,
          title: tip,
        }),
      ],
    },
  };
}
