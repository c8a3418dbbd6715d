/**
 * The open stages in use, in ladder order: the configured (or default) stage ladder
 * restricted to the open stages that appear in the data. "Stage 2 of 6" and "the first half of
 * the ladder" are measured on this list, so the default ladder's stages of other CRMs do not
 * stretch it.
 */
import type { Config } from '../../schema/configSchema.ts';
import { resolveStages } from '../../schema/stages.ts';
import { normalizeKey } from '../../schema/values/index.ts';
import type { Model } from '../../model/types.ts';

export interface StageLadder {
  /** Open stages seen in the data, in ladder order, as the ladder names them. */
  open: string[];
  /** 0-based position of a stage in `open`; null when the stage is not an open ladder stage. */
  position(stage: string | null): number | null;
  /** The same key for every spelling of one stage ('Closed Lost ', 'closed-lost'). */
  key(stage: string): string;
  /** The ladder's name for a stage (the text itself when the ladder does not know it). */
  name(stage: string): string;
}

export interface StageLadderOptions {
  /** config.stages; the default ladder when absent. */
  stages?: Config['stages'];
}

export function stageLadder(model: Model, options: StageLadderOptions = {}): StageLadder {
  const lookup = resolveStages({ stages: options.stages });
  const name = (stage: string): string => lookup(stage)?.name ?? stage.trim();
  const key = (stage: string): string => normalizeKey(name(stage));

  const seen = new Map<string, { name: string; order: number }>();
  const note = (stage: string | null): void => {
    if (stage === null) return;
    const info = lookup(stage);
    if (info === null || info.status !== 'open') return;
    const k = normalizeKey(info.name);
    if (!seen.has(k)) seen.set(k, { name: info.name, order: info.order });
  };
  for (const deal of model.deals) {
    note(deal.stage);
    for (const state of deal.history.states) note(state.stage);
  }
  const open = [...seen.values()]
    .sort((a, b) => a.order - b.order || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((s) => s.name);
  const index = new Map(open.map((s, i) => [normalizeKey(s), i]));

  return {
    open,
    position: (stage) => (stage === null ? null : (index.get(key(stage)) ?? null)),
    key,
    name,
  };
}

/**
 * True when a position is in the first half of a ladder of `length` open stages, strictly
 * before its midpoint: positions 1-4 of 8, 1-2 of 5 (the middle stage of an odd ladder is not
 * early).
 */
export function earlyStage(position: number, length: number): boolean {
  return 2 * position < length - 1;
}
