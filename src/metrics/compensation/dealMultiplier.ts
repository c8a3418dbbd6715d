/**
 * A deal's credit multiplier under a plan: the product of the plan's `multipliers` whose field
 * has the given value (ignoring case and surrounding spaces); 1 when none matches. Fields are
 * the deal's own (type, leadSource, stage, region, team, account, forecastCategory) or any other
 * column of the deals export (its header, ignoring case).
 */
import type { Deal } from '../../model/types.ts';
import type { CompensationPlan } from '../../schema/CompensationConfigSchema.ts';

export interface DealMultiplierResult {
  multiplier: number;
  /** The rules that matched, as "Type = New Business ×1.2". */
  matched: string[];
}

const OWN_FIELDS: Readonly<Record<string, (d: Deal) => string | null>> = {
  type: (d) => d.type,
  leadsource: (d) => d.leadSource,
  stage: (d) => d.stage,
  region: (d) => d.region,
  team: (d) => d.team,
  account: (d) => d.account,
  forecastcategory: (d) => d.forecastCategory,
};

export function dealMultiplier(deal: Deal, multipliers: CompensationPlan['multipliers']): DealMultiplierResult {
  let multiplier = 1;
  const matched: string[] = [];
  for (const rule of multipliers) {
    const value = fieldValue(deal, rule.field);
    if (value === null || value.trim().toLowerCase() !== rule.equals.trim().toLowerCase()) continue;
    multiplier *= rule.multiplier;
    matched.push(`${rule.field} = ${rule.equals} ×${rule.multiplier}`);
  }
  return { multiplier, matched };
}

function fieldValue(deal: Deal, field: string): string | null {
  const key = field.replace(/[\s_-]/g, '').toLowerCase();
  const own = Object.hasOwn(OWN_FIELDS, key) ? OWN_FIELDS[key] : undefined;
  if (own !== undefined) return own(deal);
  const attributes = deal.attributes;
  if (Object.hasOwn(attributes, field)) return attributes[field] ?? null;
  const wanted = field.trim().toLowerCase();
  for (const name of Object.keys(attributes)) if (name.trim().toLowerCase() === wanted) return attributes[name] ?? null;
  return null;
}
