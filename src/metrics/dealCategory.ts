/**
 * The forecast category an open deal counts in: its own (from the export), else the stage
 * ladder's default for its stage, else Pipeline. An open deal marked 'closed' counts as Commit.
 */
import type { ForecastCategory } from '../model/types.ts';
import type { StageLookup } from '../schema/stages.ts';

export type OpenCategory = 'commit' | 'bestCase' | 'pipeline' | 'omitted';

export interface DealCategory {
  category: OpenCategory;
  source: 'crm' | 'stage default' | 'assumed pipeline';
}

export function dealCategory(
  deal: { forecastCategory: ForecastCategory | null; stage: string | null },
  stageLookup: StageLookup,
): DealCategory {
  if (deal.forecastCategory !== null) return { category: openCategory(deal.forecastCategory), source: 'crm' };
  const fallback = deal.stage === null ? null : (stageLookup(deal.stage)?.forecastCategory ?? null);
  if (fallback !== null) return { category: openCategory(fallback), source: 'stage default' };
  return { category: 'pipeline', source: 'assumed pipeline' };
}

function openCategory(category: ForecastCategory): OpenCategory {
  return category === 'closed' ? 'commit' : category;
}
