/**
 * Each team's attainment so far this quarter as a horizontal bar, with a tick where the usual
 * pace would put it by today and a label naming the percent and whether the team is ahead of or
 * behind that pace (words, not only colour). Teams without quota are listed with "no quota".
 */
import * as Plot from '@observablehq/plot';
import { moneyFull, moneyShort, OKABE_ITO, percent, type ChartContent } from './chartKit.ts';

export interface TeamAttainment {
  name: string;
  bookings: number;
  quota: number | null;
  /** bookings / quota; null without quota. */
  attainment: number | null;
  /** Share of quota the usual pace has booked by today; null when unknown. */
  expectedShare: number | null;
  status: 'ahead' | 'behind' | null;
}

const STATUS_LABEL = { ahead: 'ahead of pace', behind: 'behind pace', unknown: 'pace unknown' } as const;
const STATUS_COLOR = [OKABE_ITO.blue, OKABE_ITO.orange, '#8c8c8c'];

export function teamAttainmentChart(teams: readonly TeamAttainment[], options: { currency: string; periodLabel: string }): ChartContent {
  const money = (v: number) => moneyShort(v, options.currency);
  const rows = [...teams].sort((a, b) => (b.attainment ?? -1) - (a.attainment ?? -1) || (a.name < b.name ? -1 : 1));
  const known = rows.filter((t) => t.attainment !== null);
  const status = (t: TeamAttainment) => STATUS_LABEL[t.status ?? 'unknown'];
  const label = (t: TeamAttainment) => (t.attainment === null ? 'no quota' : `${percent(t.attainment)} · ${status(t)}`);
  const tip = (t: TeamAttainment) =>
    t.quota === null
      ? `${t.name}: ${moneyFull(t.bookings, options.currency)} booked, no quota`
      : `${t.name}: ${moneyFull(t.bookings, options.currency)} of ${moneyFull(t.quota, options.currency)} (${percent(t.attainment)}), ${status(t)}` +
        (t.expectedShare === null ? '' : `; usual pace by today ${percent(t.expectedShare)}`);

  const ahead = known.filter((t) => t.status === 'ahead').length;
  const judged = known.filter((t) => t.status !== null).length;
  const best = known[0];
  const worst = known[known.length - 1];
  const title =
    known.length === 0
      ? `No team has a quota for ${options.periodLabel}`
      : `${judged === 0 ? 'The usual pace is unknown' : `${ahead} of ${judged} teams are ahead of the usual pace`}; ` +
        (best === worst ? `${best!.name} is at ${percent(best!.attainment)}` : `${best!.name} leads at ${percent(best!.attainment)}, ${worst!.name} trails at ${percent(worst!.attainment)}`);
  const description =
    `Attainment of each team in ${options.periodLabel} so far: ` +
    rows.map((t) => (t.attainment === null ? `${t.name} ${money(t.bookings)} booked, no quota` : `${t.name} ${percent(t.attainment)} (${money(t.bookings)} of ${money(t.quota!)}), ${status(t)}`)).join('; ') +
    '. The dashed tick on each bar marks where the usual pace would put the team by today; the solid line is 100% of quota.';
  const top = Math.max(1, ...known.map((t) => t.attainment!), ...known.map((t) => t.expectedShare ?? 0)) * 1.05;

  return {
    title,
    description,
    plot: {
      width: 760,
      height: 40 + rows.length * 34,
      marginLeft: 150,
      marginRight: 170,
      marginTop: 10,
      x: { domain: [0, top], grid: true, label: 'Attainment (bookings ÷ quota) →', tickFormat: (v: number) => percent(v) },
      y: { domain: rows.map((t) => t.name), label: null, padding: 0.25 },
      color: { domain: [STATUS_LABEL.ahead, STATUS_LABEL.behind, STATUS_LABEL.unknown], range: STATUS_COLOR },
      marks: [
        Plot.barX(known, { x: 'attainment', y: 'name', fill: status, title: tip }),
        Plot.tickX(
          known.filter((t) => t.expectedShare !== null),
          { x: 'expectedShare', y: 'name', stroke: 'currentColor', strokeWidth: 2, strokeDasharray: '3,2', title: (t: TeamAttainment) => `${t.name}: usual pace by today ${percent(t.expectedShare)} of quota` },
        ),
        Plot.ruleX([1], { stroke: 'currentColor', strokeOpacity: 0.6 }),
        Plot.text(rows, { x: (t: TeamAttainment) => Math.max(t.attainment ?? 0, t.expectedShare ?? 0), y: 'name', text: label, dx: 6, textAnchor: 'start', fill: 'currentColor', fontSize: 11, title: tip }),
      ],
    },
  };
}
