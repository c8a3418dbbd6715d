/**
 * How the quarter's forecast moved: at each forecast point (snapshot dates, and weekly points
 * reconstructed before the first snapshot) the closed won, the Commit and Best Case roll-ups and
 * the weighted forecast, as lines over the whole quarter with the quota as a rule. Each line has
 * its own colour, dash and point symbol, and is named at its last point after the same symbol, so
 * colour is never the only cue. Reconstructed points are hollow.
 */
import * as Plot from '@observablehq/plot';
import { chartDate, dayLabel } from './chartDates.ts';
import { moneyFull, moneyShort, OKABE_ITO, percent, type ChartContent } from './chartKit.ts';
import { dodgeLabels } from './dodgeLabels.ts';

export interface ForecastTrendPoint {
  date: string;
  /** True when the point was reconstructed from created and close dates (before the first snapshot). */
  reconstructed: boolean;
  closedWon: number;
  commit: number;
  bestCase: number;
  /** Closed won + open deals × win probability. */
  expected: number;
}

export interface ForecastTrendData {
  label: string;
  start: string;
  end: string;
  points: readonly ForecastTrendPoint[];
  quota: number | null;
}

const SERIES = [
  { key: 'expected', label: 'Weighted forecast', color: OKABE_ITO.vermillion, dash: null, symbol: 'circle', glyph: '●' },
  { key: 'bestCase', label: 'Best case (incl.)', color: OKABE_ITO.sky, dash: '6,3', symbol: 'square', glyph: '■' },
  { key: 'commit', label: 'Commit (incl.)', color: OKABE_ITO.green, dash: '2,2', symbol: 'triangle', glyph: '▲' },
  { key: 'closedWon', label: 'Closed won', color: OKABE_ITO.blue, dash: null, symbol: 'diamond', glyph: '◆' },
] as const;

type SeriesKey = (typeof SERIES)[number]['key'];

const HEIGHT = 320;
const MARGIN = { top: 20, right: 150, bottom: 36, left: 64 };

export function forecastTrendChart(data: ForecastTrendData, options: { currency: string }): ChartContent {
  const money = (v: number) => moneyShort(v, options.currency);
  const full = (v: number) => moneyFull(v, options.currency);
  const quota = data.quota !== null && data.quota > 0 ? data.quota : null;
  const rows = data.points.flatMap((p) =>
    SERIES.map((s) => ({ date: chartDate(p.date), iso: p.date, series: s.label, key: s.key as SeriesKey, value: p[s.key], reconstructed: p.reconstructed })),
  );
  const first = data.points[0];
  const last = data.points[data.points.length - 1];

  let title: string;
  if (first === undefined || last === undefined) title = `No forecast points yet in ${data.label}`;
  else if (data.points.length === 1) {
    title = `One forecast point so far (${dayLabel(last.date)}): the weighted forecast is ${money(last.expected)}` + (quota === null ? '' : `, ${percent(last.expected / quota)} of quota`);
  } else {
    const change = first.expected === 0 ? null : last.expected / first.expected - 1;
    const moved =
      change === null
        ? `moved from ${money(first.expected)} to ${money(last.expected)}`
        : Math.abs(change) < 0.005
          ? `held at ${money(last.expected)}`
          : `${change > 0 ? 'rose' : 'fell'} ${percent(Math.abs(change))} to ${money(last.expected)}`;
    title = `The weighted forecast ${moved} since ${dayLabel(first.date)}` + (quota === null ? '' : `: ${percent(last.expected / quota)} of quota`);
  }
  const reconstructed = data.points.filter((p) => p.reconstructed).length;
  const description =
    `Forecast for ${data.label} at ${data.points.length} point${data.points.length === 1 ? '' : 's'} in time` +
    (reconstructed > 0 ? ` (${reconstructed} reconstructed weekly, shown hollow)` : '') +
    '. ' +
    (last === undefined
      ? ''
      : `At the latest point, ${dayLabel(last.date)}: closed won ${full(last.closedWon)}, Commit including closed ${full(last.commit)}, Best Case including Commit ${full(last.bestCase)}, weighted forecast ${full(last.expected)}. `) +
    (quota === null ? 'No quota is set.' : `Quota ${full(quota)}.`);

  const top = Math.max(1, quota ?? 0, ...rows.map((r) => r.value)) * 1.08;
  const gap = (top * 14) / (HEIGHT - MARGIN.top - MARGIN.bottom);
  const ends =
    last === undefined
      ? []
      : [
          ...SERIES.map((s) => ({ text: `${s.glyph} ${s.label} ${money(last[s.key])}`, value: last[s.key] })),
        ];
  const placed = dodgeLabels(ends.map((e) => e.value), { gap, min: gap / 2, max: top - gap / 2 });
  const endDate = last === undefined ? chartDate(data.end) : chartDate(last.date);
  const tip = (r: (typeof rows)[number]) => `${dayLabel(r.iso)}${r.reconstructed ? ' (reconstructed)' : ''}: ${r.series} ${full(r.value)}`;

  const marks: Plot.Markish[] = [Plot.ruleY([0], { stroke: 'currentColor', strokeOpacity: 0.4 })];
  if (quota !== null) {
    marks.push(
      Plot.ruleY([quota], { stroke: 'currentColor', strokeWidth: 1.5, strokeDasharray: '6,3', title: () => `Quota: ${full(quota)}` }),
      Plot.text([quota], { x: () => chartDate(data.end), y: (d: number) => d, text: () => `Quota ${money(quota)}`, dy: -7, textAnchor: 'end', fill: 'currentColor', fontSize: 11 }),
    );
  }
  for (const s of SERIES) {
    const mine = rows.filter((r) => r.key === s.key);
    marks.push(
      Plot.lineY(mine, { x: 'date', y: 'value', stroke: s.color, strokeWidth: 2.5, ...(s.dash === null ? {} : { strokeDasharray: s.dash }), title: () => s.label }),
      Plot.dot(mine, { x: 'date', y: 'value', r: 3.5, symbol: s.symbol, stroke: s.color, fill: (r: (typeof rows)[number]) => (r.reconstructed ? 'none' : s.color), title: tip }),
    );
  }
  marks.push(
    Plot.text(
      ends.map((e, i) => ({ ...e, y: placed[i]! })),
      { x: () => endDate, y: 'y', text: 'text', dx: 10, textAnchor: 'start', fill: 'currentColor', fontSize: 11 },
    ),
  );

  return {
    title,
    description,
    plot: {
      width: 760,
      height: HEIGHT,
      marginTop: MARGIN.top,
      marginRight: MARGIN.right,
      marginBottom: MARGIN.bottom,
      marginLeft: MARGIN.left,
      x: { type: 'utc', domain: [chartDate(data.start), chartDate(data.end)], label: null, tickFormat: (d: Date) => dayLabel(d), ticks: 6 },
      y: { domain: [0, top], grid: true, label: `↑ Forecast for the quarter (${options.currency})`, tickFormat: (v: number) => money(v) },
      marks,
    },
  };
}
