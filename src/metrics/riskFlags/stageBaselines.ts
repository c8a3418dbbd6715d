/**
 * How long won deals spent in each open stage: from entering the stage to entering the next
 * one (or to the close date for the last open stage), over every won deal with a known history.
 * A deal's first stage is left out when its entry date is only the first snapshot that showed
 * it and the deal was created before the first snapshot (it may have been there much longer).
 */
import { quantile } from 'd3';
import type { Deal, IsoDate, Model } from '../../model/types.ts';
import { daysBetween } from '../../model/isoDate.ts';
import type { StageLadder } from './stageLadder.ts';

/** Fewer won deals than this in a stage and the stage has no baseline. */
export const MIN_BASELINE_SAMPLES = 5;

export interface StageBaseline {
  /** The ladder's name for the stage. */
  stage: string;
  /** Won deals' stays in the stage. */
  samples: number;
  /** The stuck percentile of those stays in days; null when fewer than MIN_BASELINE_SAMPLES. */
  quantileDays: number | null;
}

export function stageBaselines(model: Model, ladder: StageLadder, percentile: number): Map<string, StageBaseline> {
  const firstSnapshot = model.snapshots[0]?.date ?? null;
  const stays = new Map<string, { stage: string; days: number[] }>();
  for (const deal of model.deals) {
    if (deal.status !== 'won' || !deal.history.known) continue;
    for (const { stage, days } of wonStageStays(deal, firstSnapshot)) {
      const key = ladder.key(stage);
      let entry = stays.get(key);
      if (entry === undefined) stays.set(key, (entry = { stage: ladder.name(stage), days: [] }));
      entry.days.push(days);
    }
  }
  const out = new Map<string, StageBaseline>();
  for (const [key, { stage, days }] of stays) {
    const enough = days.length >= MIN_BASELINE_SAMPLES;
    out.set(key, { stage, samples: days.length, quantileDays: enough ? (quantile(days, percentile) ?? null) : null });
  }
  return out;
}

/** A won deal's stays in its open stages, in days. */
export function wonStageStays(deal: Deal, firstSnapshot: IsoDate | null): { stage: string; days: number }[] {
  const closedOn = deal.closeDate ?? deal.history.states.find((s) => s.status === 'won')?.date ?? null;
  if (closedOn === null) return [];
  const entries = deal.history.stages;
  const out: { stage: string; days: number }[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.enteredOn >= closedOn) break;
    if (i === 0 && !entry.exact) {
      const createdAfterFirstSnapshot =
        deal.createdDate !== null && (firstSnapshot === null || deal.createdDate >= firstSnapshot);
      if (!createdAfterFirstSnapshot) continue;
    }
    const next = entries[i + 1]?.enteredOn ?? closedOn;
    const end = next < closedOn ? next : closedOn;
    out.push({ stage: entry.stage, days: daysBetween(entry.enteredOn, end) });
  }
  return out;
}
