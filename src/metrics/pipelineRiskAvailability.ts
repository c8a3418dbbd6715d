/**
 * Which risk flags the data allows at all. Flags that need history (pushed, stuck, amount-cut;
 * stale without an activity column) are unavailable with a single snapshot and no history
 * table; flags on optional columns are unavailable when no export had the column.
 */
import type { Model } from '../model/types.ts';
import type { RiskFlagCode } from './riskFlags/types.ts';

/** The reason each unavailable flag cannot be checked; flags not in the map are available. */
export function pipelineRiskAvailability(model: Model): Map<RiskFlagCode, string> {
  const out = new Map<RiskFlagCode, string>();
  const present = model.columnsPresent;
  if (!model.hasHistory) {
    const only =
      model.snapshots.length === 1
        ? `a single snapshot (${model.snapshots[0]!.date})`
        : model.snapshots.length === 0
          ? 'no dated snapshot'
          : `${model.snapshots.length} snapshots in which no deal changed`;
    const history = `needs at least two snapshots or a deal history table, and the data has ${only} and no history table`;
    out.set('pushed', `Counting close-date pushes ${history}.`);
    out.set('stuck', `Measuring time in stage ${history}.`);
    out.set('amount-cut', `Spotting amount cuts ${history}.`);
    if (!present.lastActivityDate) {
      out.set('stale', `Staleness needs a last-activity column or deal history; the export has no last-activity column and the data has ${only}.`);
    }
  }
  if (!present.forecastCategory) out.set('commit-risk', 'The export has no forecast category column, so no deal is known to be in Commit.');
  if (!present.nextStep) out.set('missing-next-step', 'The export has no next-step column.');
  if (!model.deals.some((d) => d.amountOriginal !== null)) out.set('missing-amount', 'The export has no amounts at all.');
  if (!model.deals.some((d) => d.closeDate !== null)) out.set('missing-close-date', 'The export has no close dates at all.');
  if (model.quotas.length === 0) out.set('concentration', 'There is no quota file, so no rep has a remaining quota to compare deals with.');
  return out;
}
