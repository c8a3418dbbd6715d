/**
 * How reps spread over attainment bands (100% or more, 70% up to 100%, below 70%): one stacked bar
 * per group (all reps, then each team), one panel per quarter. Each segment is labelled with its
 * number of reps, and the legend names the bands, so colour is never the only cue.
 */
import * as Plot from '@observablehq/plot';
import { OKABE_ITO, percent, type ChartContent } from './chartKit.ts';

export interface BandRow {
  /** "All reps" or a team name. */
  group: string;
  /** Quarter label, e.g. `FY2027 Q2`. */
  quarter: string;
  atOrAbove100: number;
  from70To100: number;
  below70: number;
}

export const BANDS = ['100% or more', '70% to 100%', 'Below 70%'] as const;
const BAND_COLORS = [OKABE_ITO.green, OKABE_ITO.orange, OKABE_ITO.vermillion];

interface Segment {
  group: string;
  quarter: string;
  band: (typeof BANDS)[number];
  count: number;
  share: number;
  of: number;
}

export function attainmentBandsChart(rows: readonly BandRow[]): ChartContent {
  const segments: Segment[] = rows.flatMap((r) => {
    const of = r.atOrAbove100 + r.from70To100 + r.below70;
    if (of === 0) return [];
    return [r.atOrAbove100, r.from70To100, r.below70].map((count, i) => ({ group: r.group, quarter: r.quarter, band: BANDS[i]!, count, share: count / of, of }));
  });
  const groups = [...new Set(rows.map((r) => r.group))];
  const quarters = [...new Set(rows.map((r) => r.quarter))];
  const lead = rows[0];
  const leadOf = lead === undefined ? 0 : lead.atOrAbove100 + lead.from70To100 + lead.below70;
  const title =
    lead === undefined || leadOf === 0
      ? 'No rep had a quota in these quarters, so there are no attainment bands'
      : `${lead.atOrAbove100} of ${leadOf} reps with a quota reached 100% or more in ${lead.quarter}${lead.group === 'All reps' ? '' : ` (${lead.group})`}`;
  const empty = rows.filter((r) => r.atOrAbove100 + r.from70To100 + r.below70 === 0).map((r) => `${r.group} in ${r.quarter}`);
  const description =
    `Share of reps with a quota in each attainment band, ${quarters.join(' and ')}. ` +
    rows
      .filter((r) => r.atOrAbove100 + r.from70To100 + r.below70 > 0)
      .map((r) => `${r.group}, ${r.quarter}: ${r.atOrAbove100} at 100% or more, ${r.from70To100} from 70% to 100%, ${r.below70} below 70%`)
      .join('; ') +
    '.' +
    (empty.length > 0 ? ` No rep with a quota: ${empty.join(', ')}.` : '');
  const tip = (d: Segment) => `${d.group}, ${d.quarter}: ${d.count} of ${d.of} reps ${d.band === 'Below 70%' ? 'below 70%' : `at ${d.band}`} (${percent(d.share)})`;
  return {
    title,
    description,
    plot: {
      width: 760,
      height: 40 + groups.length * quarters.length * 30 + (quarters.length > 1 ? 20 : 0),
      marginLeft: 150,
      marginRight: 20,
      x: { domain: [0, 1], tickFormat: '.0%', label: 'Share of reps with a quota →', grid: true },
      y: { domain: groups, label: null },
      fy: quarters.length > 1 ? { domain: quarters, label: null } : undefined,
      color: { domain: [...BANDS], range: BAND_COLORS, legend: true },
      marks: [
        Plot.barX(segments, Plot.stackX({ x: 'share', y: 'group', fy: quarters.length > 1 ? 'quarter' : undefined, fill: 'band', order: [...BANDS], title: tip, inset: 0.5 })),
        Plot.textX(
          segments.filter((s) => s.count > 0),
          Plot.stackX({ x: 'share', y: 'group', fy: quarters.length > 1 ? 'quarter' : undefined, order: [...BANDS], z: 'band', text: (d: Segment) => String(d.count), fill: 'black', fontWeight: 600, title: tip }),
        ),
        Plot.ruleX([0]),
      ],
    },
  };
}
