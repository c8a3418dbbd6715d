/**
 * The quarter at a glance: bookings to date by close date as a line through the quarter, the
 * usual pace to quota (the past quarters' cumulative share × quota) as a dashed line, the quota
 * as a rule, and at the quarter's end the simulated range (P10 to P90 bar, P50 dot) with the
 * Commit and Best Case roll-ups (square and triangle). Every mark is labelled in words as well as
 * colour, and the labels at the quarter's end are spread so they do not overlap.
 */
import * as Plot from '@observablehq/plot';
import { chanceLabel } from './chanceLabel.ts';
import { chartDate, dayLabel } from './chartDates.ts';
import { moneyFull, moneyShort, OKABE_ITO, percent, type ChartContent } from './chartKit.ts';
import { dodgeLabels } from './dodgeLabels.ts';

export interface QuarterPaceData {
  /** `FY2027 Q3`. */
  label: string;
  start: string;
  end: string;
  asOf: string;
  /** One point per day of the quarter (pacingCurve): usual share and bookings to date (null after the as-of date). */
  points: ReadonlyArray<{ date: string; expectedShare: number | null; bookings: number | null }>;
  quota: number | null;
  closedWon: number;
  /** Closed won + open Commit. */
  commit: number;
  /** Commit (incl. closed) + open Best Case. */
  bestCase: number;
  p10: number;
  p50: number;
  p90: number;
  probabilityOfQuota: number | null;
  /** Usual share × quota on the as-of date; null without quota or share. */
  expectedByNow: number | null;
}

const WIDTH = 760;
const HEIGHT = 360;
const MARGIN = { top: 24, right: 150, bottom: 36, left: 64 };

interface EndLabel {
  key: string;
  value: number;
  text: string;
}

export function quarterPaceChart(data: QuarterPaceData, options: { currency: string }): ChartContent {
  const money = (v: number) => moneyShort(v, options.currency);
  const full = (v: number) => moneyFull(v, options.currency);
  const quota = data.quota !== null && data.quota > 0 ? data.quota : null;
  const end = chartDate(data.end);
  const today = chartDate(data.asOf < data.end ? data.asOf : data.end);

  const bookings = data.points.filter((p) => p.bookings !== null).map((p) => ({ date: chartDate(p.date), iso: p.date, value: p.bookings! }));
  const pace =
    quota === null ? [] : data.points.filter((p) => p.expectedShare !== null).map((p) => ({ date: chartDate(p.date), iso: p.date, value: p.expectedShare! * quota }));
  const paceAt = new Map(pace.map((p) => [p.iso, p.value]));
  // Tooltip dots: weekly along the bookings line, and its last point.
  const bookingDots = bookings.filter((_, i) => i % 7 === 6 || i === bookings.length - 1);

  const top =
    Math.max(1, quota ?? 0, data.p90, data.bestCase, data.closedWon, ...bookings.map((b) => b.value), ...pace.map((p) => p.value)) * 1.08;
  const gap = (top * 14) / (HEIGHT - MARGIN.top - MARGIN.bottom);
  const ends: EndLabel[] = [
    { key: 'p90', value: data.p90, text: `P90 ${money(data.p90)}` },
    { key: 'p50', value: data.p50, text: `P50 ${money(data.p50)}` },
    { key: 'p10', value: data.p10, text: `P10 ${money(data.p10)}` },
    { key: 'bestCase', value: data.bestCase, text: `■ Best case ${money(data.bestCase)}` },
    { key: 'commit', value: data.commit, text: `▲ Commit ${money(data.commit)}` },
    ...(quota === null ? [] : [{ key: 'quota', value: quota, text: `Quota ${money(quota)}` }]),
  ];
  const placed = dodgeLabels(ends.map((e) => e.value), { gap, min: gap / 2, max: top - gap / 2 });
  const labels = ends.map((e, i) => ({ ...e, y: placed[i]! }));

  const behind = data.expectedByNow !== null && data.expectedByNow > 0 ? data.closedWon / data.expectedByNow - 1 : null;
  const paceText =
    behind === null
      ? `Bookings are ${money(data.closedWon)}${quota === null ? '' : `, ${percent(data.closedWon / quota)} of quota`}`
      : Math.abs(behind) < 0.005
        ? `Bookings of ${money(data.closedWon)} are on the usual pace`
        : `Bookings of ${money(data.closedWon)} are ${percent(Math.abs(behind))} ${behind > 0 ? 'ahead of' : 'behind'} the usual pace`;
  const forecastText =
    quota === null
      ? `the P50 forecast is ${money(data.p50)} (no quota is set)`
      : `the P50 forecast of ${money(data.p50)} is ${percent(data.p50 / quota)} of quota`;
  const title = `${paceText}; ${forecastText}`;

  const description =
    `${data.label} from ${data.start} to ${data.end}, as of ${data.asOf}. Bookings to date by close date: ${full(data.closedWon)}. ` +
    (quota === null
      ? 'No quota is set, so there is no pace line. '
      : data.expectedByNow === null
        ? `Quota ${full(quota)}; the usual pace is unknown (no past quarter with bookings). `
        : `Quota ${full(quota)}; at the usual pace ${full(data.expectedByNow)} would be booked by now. `) +
    `At the quarter's end: Commit including closed ${full(data.commit)}, Best Case including Commit ${full(data.bestCase)}, ` +
    `simulated range P10 ${full(data.p10)}, P50 ${full(data.p50)}, P90 ${full(data.p90)}` +
    (data.probabilityOfQuota === null ? '.' : `, with a ${chanceLabel(data.probabilityOfQuota)} chance of reaching quota.`);

  const rangeTip = `${data.label} simulated outcome: P10 ${full(data.p10)}, P50 ${full(data.p50)}, P90 ${full(data.p90)}`;
  const marks: Plot.Markish[] = [
    Plot.ruleY([0], { stroke: 'currentColor', strokeOpacity: 0.4 }),
    Plot.ruleX([today], { stroke: 'currentColor', strokeOpacity: 0.35, strokeDasharray: '2,3' }),
    Plot.text([today], { x: (d: Date) => d, y: top, text: () => `Today, ${dayLabel(data.asOf)}`, dy: -8, fill: 'currentColor', fontSize: 11, textAnchor: 'middle' }),
  ];
  if (quota !== null) {
    marks.push(
      Plot.ruleY([quota], { stroke: 'currentColor', strokeWidth: 1.5, strokeDasharray: '6,3', title: () => `Quota: ${full(quota)}` }),
    );
  }
  if (pace.length > 0) {
    marks.push(
      Plot.lineY(pace, { x: 'date', y: 'value', stroke: OKABE_ITO.orange, strokeWidth: 2, strokeDasharray: '5,4', title: () => 'Usual pace to quota' }),
      Plot.text([pace[Math.floor((pace.length - 1) * 0.85)]!], { x: 'date', y: 'value', text: () => 'Usual pace to quota', dy: -4, dx: -8, textAnchor: 'end', fill: 'currentColor', fontSize: 11 }),
    );
  }
  marks.push(
    Plot.lineY(bookings, { x: 'date', y: 'value', stroke: OKABE_ITO.blue, strokeWidth: 3, title: () => 'Bookings to date' }),
    Plot.dot(bookingDots, {
      x: 'date',
      y: 'value',
      r: 3,
      fill: OKABE_ITO.blue,
      title: (d: { iso: string; value: number }) =>
        `${dayLabel(d.iso)}: bookings to date ${full(d.value)}${paceAt.has(d.iso) ? `; usual pace ${full(paceAt.get(d.iso)!)}` : ''}`,
    }),
  );
  if (bookings.length > 0) {
    const last = bookings[bookings.length - 1]!;
    // Above the line when ahead of the pace line (which then runs below it), else below.
    const above = (paceAt.get(last.iso) ?? -Infinity) <= last.value;
    marks.push(Plot.text([last], { x: 'date', y: 'value', text: () => `Booked ${money(last.value)}`, dx: 6, dy: above ? -10 : 14, textAnchor: 'start', fill: 'currentColor', fontSize: 11, fontWeight: 600 }));
  }
  if (data.expectedByNow !== null && quota !== null) {
    marks.push(
      Plot.dot([{ date: today, value: data.expectedByNow }], {
        x: 'date',
        y: 'value',
        r: 4,
        stroke: OKABE_ITO.orange,
        strokeWidth: 2,
        fill: 'none',
        title: () => `Expected by now at the usual pace: ${full(data.expectedByNow!)}`,
      }),
    );
  }
  marks.push(
    Plot.ruleX([end], { y1: data.p10, y2: data.p90, stroke: OKABE_ITO.sky, strokeWidth: 12, strokeOpacity: 0.85, title: () => rangeTip }),
    Plot.dot([end], { x: (d: Date) => d, y: data.p50, r: 6, fill: OKABE_ITO.blue, stroke: 'white', strokeWidth: 1.5, title: () => `P50 (median simulated outcome): ${full(data.p50)}` }),
    Plot.dot([end], { x: (d: Date) => d, y: data.bestCase, r: 5, symbol: 'square', fill: OKABE_ITO.green, title: () => `Best Case including Commit and closed: ${full(data.bestCase)}` }),
    Plot.dot([end], { x: (d: Date) => d, y: data.commit, r: 5, symbol: 'triangle', fill: OKABE_ITO.vermillion, title: () => `Commit including closed: ${full(data.commit)}` }),
    Plot.text(labels, { x: () => end, y: 'y', text: 'text', dx: 14, textAnchor: 'start', fill: 'currentColor', fontSize: 11, title: (d: EndLabel) => `${d.text.replace(/^[■▲] /, '')}: ${full(d.value)}` }),
  );

  return {
    title,
    description,
    plot: {
      width: WIDTH,
      height: HEIGHT,
      marginTop: MARGIN.top,
      marginRight: MARGIN.right,
      marginBottom: MARGIN.bottom,
      marginLeft: MARGIN.left,
      x: { type: 'utc', domain: [chartDate(data.start), end], label: null, tickFormat: (d: Date) => dayLabel(d), ticks: 6 },
      y: { domain: [0, top], grid: true, label: `↑ Bookings (${options.currency})`, tickFormat: (v: number) => money(v) },
      marks,
    },
  };
}
