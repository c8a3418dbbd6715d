/**
 * A plan's attainment-to-payout curve (commission with gate, kickers and cap; or the override
 * against team attainment), the person's point today, and the next threshold as a labelled rule.
 */
import * as Plot from '@observablehq/plot';
import type { PayoutCurve } from '../metrics/compensation/payoutCurve.ts';
import { moneyFull, moneyShort, OKABE_ITO, percent, type ChartContent } from './chartKit.ts';

export function payoutCurveChart(curve: PayoutCurve, options: { person: string; currency: string; standing: string | null }): ChartContent {
  const money = (v: number) => moneyShort(v, options.currency);
  const full = (v: number) => moneyFull(v, options.currency);
  const axis = curve.axis === 'attainment' ? 'Attainment' : 'Team attainment';
  const { current, next } = curve;
  const title = `${options.person} is at ${percent(current.attainment)} ${curve.axis}, earning ${money(current.payout)} so far${options.standing === null ? '' : `; ${lowerFirst(options.standing.replace(/\.$/, ''))}`}`;
  const description =
    `The plan's payout (${options.currency}) at each ${curve.axis} (quota ${full(curve.quota)}): ` +
    curve.thresholds.map((t) => `${t.label}: ${full(pointAt(curve, t.attainment))} at ${percent(t.attainment)}`).join('; ') +
    `. ${options.person} today: ${percent(current.attainment)}, ${full(current.payout)}` +
    (next === null ? '.' : `; next threshold ${percent(next.threshold)} (${full(Math.max(0, next.more))} more).`);
  const top = curve.points[curve.points.length - 1]!;
  return {
    title,
    description,
    plot: {
      width: 640,
      height: 280,
      marginLeft: 64,
      x: { domain: [0, top.attainment], tickFormat: '.0%', label: `${axis} →` },
      y: { domain: [0, Math.max(1, ...curve.points.map((p) => p.payout)) * 1.08], tickFormat: (v: number) => money(v), label: `↑ Payout (${options.currency})`, grid: true },
      marks: [
        Plot.ruleX(curve.thresholds.map((t) => t.attainment), { stroke: 'currentColor', strokeOpacity: 0.25, strokeDasharray: '3,3' }),
        Plot.line(curve.points, { x: 'attainment', y: 'payout', stroke: OKABE_ITO.blue, strokeWidth: 2 }),
        ...(next === null
          ? []
          : [
              Plot.ruleX([next.threshold], { stroke: OKABE_ITO.orange, strokeWidth: 2 }),
              Plot.text([next.threshold], { x: (d: number) => d, frameAnchor: 'top', dy: 4, dx: 4, textAnchor: 'start', text: () => `next: ${percent(next.threshold)}`, fill: 'currentColor', fontSize: 11 }),
            ]),
        Plot.dot([current], { x: 'attainment', y: 'payout', r: 6, fill: OKABE_ITO.vermillion, stroke: 'white', title: () => `${options.person}: ${percent(current.attainment)}, ${full(current.payout)}` }),
        Plot.ruleY([0]),
      ],
    },
  };
}

function pointAt(curve: PayoutCurve, attainment: number): number {
  return curve.points.find((p) => Math.abs(p.attainment - attainment) < 1e-9)?.payout ?? 0;
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
