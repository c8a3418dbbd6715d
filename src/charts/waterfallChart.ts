/**
 * Where a closed quarter's pipeline went, as a waterfall: the starting pipeline, what came in
 * (pulled in, created), the net amount changes, what went out (won, lost, pushed out) and what
 * was left at the end. Totals stand on the baseline; each step floats from where the previous
 * one ended. Every bar is labelled with its signed amount and deal count, so the chart reads
 * without colour.
 */
import * as Plot from '@observablehq/plot';
import { moneyFull, moneyShort, OKABE_ITO, type ChartContent } from './chartKit.ts';

/** The waterfall's parts (as RetrospectiveResult.waterfall). */
export interface WaterfallParts {
  start: number;
  startCount: number;
  pulledIn: number;
  pulledInCount: number;
  created: number;
  createdCount: number;
  amountChanges: number;
  won: number;
  wonCount: number;
  lost: number;
  lostCount: number;
  pushedOut: number;
  pushedOutCount: number;
  end: number;
  endCount: number;
}

export type StepKind = 'total' | 'added' | 'removed';

export interface WaterfallStep {
  label: string;
  kind: StepKind;
  /** Signed change (+ in, − out); the amount itself for totals. */
  value: number;
  /** Deals in the step; null for amount changes. */
  count: number | null;
  /** Where the bar starts and ends on the amount axis. */
  from: number;
  to: number;
}

export const STEP_KINDS: Record<StepKind, string> = { total: 'Pipeline total', added: 'Added (+)', removed: 'Taken out (−)' };

/** The bars in order, each floating from the previous running total. The last one is the end total. */
export function waterfallSteps(w: WaterfallParts): WaterfallStep[] {
  const moves: [string, number, number | null][] = [
    ['Pulled in', w.pulledIn, w.pulledInCount],
    ['Created', w.created, w.createdCount],
    ['Amount changes', w.amountChanges, null],
    ['Won', -w.won, w.wonCount],
    ['Lost', -w.lost, w.lostCount],
    ['Pushed out', -w.pushedOut, w.pushedOutCount],
  ];
  const steps: WaterfallStep[] = [{ label: 'Start', kind: 'total', value: w.start, count: w.startCount, from: 0, to: w.start }];
  let running = w.start;
  for (const [label, value, count] of moves) {
    steps.push({ label, kind: value >= 0 ? 'added' : 'removed', value, count, from: running, to: running + value });
    running += value;
  }
  steps.push({ label: 'End', kind: 'total', value: w.end, count: w.endCount, from: 0, to: w.end });
  return steps;
}

export function waterfallChart(w: WaterfallParts, options: { currency: string; quarter: string }): ChartContent {
  const steps = waterfallSteps(w);
  const money = (v: number) => moneyShort(v, options.currency);
  const signed = (s: WaterfallStep) => (s.kind === 'total' ? money(s.value) : `${s.value < 0 ? '−' : '+'}${money(Math.abs(s.value))}`);
  const deals = (s: WaterfallStep) => (s.count === null ? '' : `${s.count} deal${s.count === 1 ? '' : 's'}`);
  const title =
    w.start + w.pulledIn + w.created === 0
      ? `No deal was due in ${options.quarter}`
      : `Of ${money(w.start)} due at the start of ${options.quarter} plus ${money(w.pulledIn + w.created)} added, ${money(w.won)} was won, ${money(w.lost)} lost and ${money(w.pushedOut)} pushed out`;
  const description =
    `Pipeline waterfall for ${options.quarter}: ` +
    steps.map((s) => `${s.label} ${signed(s)}${s.count === null ? '' : ` (${deals(s)})`}`).join(', ') +
    `. Start plus the additions and amount changes minus won, lost and pushed out equals the end.`;
  const tip = (s: WaterfallStep) =>
    `${s.label}: ${s.kind === 'total' ? moneyFull(s.value, options.currency) : `${s.value < 0 ? '−' : '+'}${moneyFull(Math.abs(s.value), options.currency)}`}` +
    (s.count === null ? '' : ` (${deals(s)})`) +
    (s.kind === 'total' ? '' : `; running total ${moneyFull(s.to, options.currency)}`);
  const connectors = steps.slice(0, -1).map((s, i) => ({ from: steps[i]!.label, to: steps[i + 1]!.label, y: s.to }));
  const top = Math.max(1, ...steps.flatMap((s) => [s.from, s.to])) * 1.12;
  const bottom = Math.min(0, ...steps.flatMap((s) => [s.from, s.to]));
  return {
    title,
    description,
    plot: {
      width: 900,
      height: 340,
      marginLeft: 64,
      marginBottom: 40,
      x: { domain: steps.map((s) => s.label), label: null, padding: 0.2 },
      y: { domain: [bottom, top], grid: true, label: '↑ Pipeline amount', tickFormat: money },
      color: { domain: Object.values(STEP_KINDS), range: [OKABE_ITO.blue, OKABE_ITO.green, OKABE_ITO.vermillion], legend: true },
      marks: [
        Plot.barY(steps, { x: 'label', y1: 'from', y2: 'to', fill: (s: WaterfallStep) => STEP_KINDS[s.kind], title: tip }),
        Plot.link(connectors, { x1: 'from', x2: 'to', y1: 'y', y2: 'y', stroke: 'currentColor', strokeOpacity: 0.5, strokeDasharray: '2,2' }),
        Plot.text(steps, { x: 'label', y: (s: WaterfallStep) => Math.max(s.from, s.to), text: signed, dy: -18, fontWeight: 600, fill: 'currentColor' }),
        Plot.text(steps, { x: 'label', y: (s: WaterfallStep) => Math.max(s.from, s.to), text: deals, dy: -6, fontSize: 10, fill: 'currentColor' }),
        Plot.ruleY([0]),
      ],
    },
  };
}
