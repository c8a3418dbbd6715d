/**
 * Open pipeline by stage in ladder order (earliest stage at the top), each bar split by when its
 * deals are due: past due, later this quarter, next quarter, after that, or with no close date
 * (named in the legend and in every tooltip), with the stage's total and deal count at its end.
 */
import * as Plot from '@observablehq/plot';
import { CLOSE_TIMINGS, type CloseTiming, type PipelineByStage } from '../metrics/pipelineByStage.ts';
import { moneyFull, moneyShort, OKABE_ITO, percent, type ChartContent } from './chartKit.ts';

const COLORS: Record<CloseTiming, string> = {
  pastDue: OKABE_ITO.vermillion,
  thisQuarter: OKABE_ITO.blue,
  nextQuarter: OKABE_ITO.sky,
  later: OKABE_ITO.pink,
  noCloseDate: OKABE_ITO.yellow,
};

export function timingLabels(data: Pick<PipelineByStage, 'quarter' | 'nextQuarter'>): Record<CloseTiming, string> {
  return {
    pastDue: 'Past due',
    thisQuarter: `Rest of ${data.quarter.label}`,
    nextQuarter: data.nextQuarter.label,
    later: 'Later',
    noCloseDate: 'No close date',
  };
}

const NO_STAGE = '(no stage)';

export function pipelineStageChart(data: PipelineByStage, options: { currency: string }): ChartContent {
  const money = (v: number) => moneyShort(v, options.currency);
  const labels = timingLabels(data);
  const stageName = (s: string | null) => s ?? NO_STAGE;
  const segments = data.stages.flatMap((s) =>
    CLOSE_TIMINGS.map((t) => ({ stage: stageName(s.stage), timing: labels[t], amount: s.byTiming[t].amount, count: s.byTiming[t].count })).filter((x) => x.count > 0),
  );
  const present = CLOSE_TIMINGS.filter((t) => data.total.byTiming[t].count > 0);
  const total = data.total.amount;
  const biggest = [...data.stages].sort((a, b) => b.total.amount - a.total.amount)[0];
  const pastDue = data.total.byTiming.pastDue.amount;
  const title =
    biggest === undefined || total === 0
      ? 'There is no open pipeline with an amount'
      : `${stageName(biggest.stage)} holds the most open pipeline, ${money(biggest.total.amount)} of ${money(total)} (${percent(biggest.total.amount / total)})` +
        (pastDue > 0 ? `; ${money(pastDue)} is past due` : '');
  const description =
    `Open pipeline as of ${data.asOf} by stage, in stage order: ` +
    data.stages.map((s) => `${stageName(s.stage)} ${money(s.total.amount)} in ${s.total.count} deal${s.total.count === 1 ? '' : 's'}`).join('; ') +
    `. Each bar is split by close date: ${present.map((t) => `${labels[t]} ${money(data.total.byTiming[t].amount)}`).join(', ')}.` +
    (data.total.missingAmount > 0 ? ` ${data.total.missingAmount} open deals have no amount and are only counted.` : '');
  const tip = (d: (typeof segments)[number]) => `${d.stage}, ${d.timing}: ${moneyFull(d.amount, options.currency)} in ${d.count} deal${d.count === 1 ? '' : 's'}`;
  const ends = data.stages.map((s) => ({ stage: stageName(s.stage), amount: s.total.amount, text: `${money(s.total.amount)} · ${s.total.count} deal${s.total.count === 1 ? '' : 's'}` }));
  return {
    title,
    description,
    plot: {
      width: 760,
      height: 60 + data.stages.length * 34,
      marginLeft: 160,
      marginRight: 120,
      marginTop: 10,
      x: { grid: true, label: `Open amount (${options.currency}) →`, tickFormat: (v: number) => money(v), nice: true },
      y: { domain: ends.map((e) => e.stage), label: null, padding: 0.25 },
      // Only the kinds of close date that occur, so the legend names no empty segment.
      color: { domain: present.map((t) => labels[t]), range: present.map((t) => COLORS[t]), legend: present.length > 0 },
      marks: [
        Plot.barX(segments, Plot.stackX({ x: 'amount', y: 'stage', fill: 'timing', order: CLOSE_TIMINGS.map((t) => labels[t]), title: tip })),
        Plot.text(ends, { x: 'amount', y: 'stage', text: 'text', dx: 6, textAnchor: 'start', fill: 'currentColor', fontSize: 11 }),
        Plot.ruleX([0], { stroke: 'currentColor', strokeOpacity: 0.5 }),
      ],
    },
  };
}
