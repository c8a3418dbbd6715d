/**
 * The stage ladder: stage text as written in an export -> name, status, order, default
 * probability and forecast category. From config.stages when given, else the default ladder
 * below. Matching uses normalizeKey, so 'Closed Lost ', 'closedlost' and 'Closed-Lost' are one
 * stage; a trailing pipeline name in parentheses ('Closed Won (Sales Pipeline)', HubSpot) is
 * ignored when the full text does not match. Stage text outside the ladder still gets a status
 * from its words (/won/ -> won; lost, dead, disqualified -> lost); anything else is unknown (null).
 */
import type { Config } from './configSchema.ts';
import type { DealStatus, ForecastCategory } from './types.ts';
import { normalizeKey } from './values/normalizeKey.ts';

export interface StageInfo {
  /** The ladder's name for the stage (or the text itself when only its words gave a status). */
  name: string;
  status: DealStatus;
  /** Position in the ladder, from 1; closed stages come after open ones. */
  order: number;
  /** Default chance of winning, 0..1; null when the ladder has none. */
  probability: number | null;
  forecastCategory: ForecastCategory | null;
}

export type StageLookup = (stageText: string) => StageInfo | null;

interface LadderStage {
  name: string;
  aliases?: readonly string[];
  status: DealStatus;
  /** 0..100 */
  probability?: number;
  forecastCategory?: ForecastCategory;
}

/**
 * Default ladder, open stages first (each CRM's in its own order), closed stages last.
 * Salesforce standard stages with Salesforce's default probabilities and forecast categories;
 * HubSpot's default sales pipeline (internal names such as `appointmentscheduled` match the
 * labels after normalisation) with HubSpot's default probabilities; Pipedrive's default
 * pipeline; Dynamics 365 pipeline phases; generic names (Maven's Prospecting/Engaging/Won/Lost).
 */
export const DEFAULT_STAGES: readonly LadderStage[] = [
  // Salesforce
  { name: 'Prospecting', status: 'open', probability: 10, forecastCategory: 'pipeline' },
  { name: 'Qualification', status: 'open', probability: 10, forecastCategory: 'pipeline' },
  { name: 'Needs Analysis', status: 'open', probability: 20, forecastCategory: 'pipeline' },
  { name: 'Value Proposition', status: 'open', probability: 50, forecastCategory: 'pipeline' },
  { name: 'Id. Decision Makers', status: 'open', probability: 60, forecastCategory: 'pipeline' },
  { name: 'Perception Analysis', status: 'open', probability: 70, forecastCategory: 'pipeline' },
  { name: 'Proposal/Price Quote', status: 'open', probability: 75, forecastCategory: 'pipeline' },
  { name: 'Negotiation/Review', status: 'open', probability: 90, forecastCategory: 'pipeline' },
  // HubSpot
  { name: 'Appointment Scheduled', status: 'open', probability: 20 },
  { name: 'Qualified To Buy', status: 'open', probability: 40 },
  { name: 'Presentation Scheduled', status: 'open', probability: 60 },
  { name: 'Decision Maker Bought-In', status: 'open', probability: 80 },
  { name: 'Contract Sent', status: 'open', probability: 90 },
  // Pipedrive
  { name: 'Lead In', status: 'open' },
  { name: 'Contact Made', status: 'open' },
  { name: 'Demo Scheduled', status: 'open' },
  { name: 'Proposal Made', status: 'open' },
  { name: 'Negotiations Started', status: 'open' },
  // Dynamics 365 pipeline phases
  { name: 'Qualify', aliases: ['1-Qualify'], status: 'open' },
  { name: 'Develop', aliases: ['2-Develop'], status: 'open' },
  { name: 'Propose', aliases: ['3-Propose'], status: 'open' },
  { name: 'Close', aliases: ['4-Close'], status: 'open' },
  // Generic
  { name: 'Engaging', status: 'open' },
  { name: 'Discovery', status: 'open' },
  { name: 'Demo', status: 'open' },
  { name: 'Proposal', aliases: ['Proposal/Quote'], status: 'open' },
  { name: 'Negotiation', status: 'open' },
  { name: 'Commit', status: 'open', forecastCategory: 'commit' },
  // Closed
  { name: 'Closed Won', status: 'won', probability: 100, forecastCategory: 'closed' },
  { name: 'Closed Lost', status: 'lost', probability: 0, forecastCategory: 'omitted' },
  { name: 'Won', status: 'won', probability: 100, forecastCategory: 'closed' },
  { name: 'Lost', status: 'lost', probability: 0, forecastCategory: 'omitted' },
];

const WON = /\bwon\b/;
const LOST = /\blost\b|closed.?lost|dead|disqualified/;
const TRAILING_PARENS = /\s*\([^()]*\)\s*$/;
const CACHE_LIMIT = 10_000;

export function resolveStages(config: Pick<Config, 'stages'>): StageLookup {
  const ladder: readonly LadderStage[] = config.stages ?? DEFAULT_STAGES;
  const byKey = new Map<string, StageInfo>();
  ladder.forEach((stage, i) => {
    const info: StageInfo = {
      name: stage.name,
      status: stage.status,
      order: i + 1,
      probability: stage.probability === undefined ? null : toFraction(stage.probability),
      forecastCategory: stage.forecastCategory ?? null,
    };
    for (const text of [stage.name, ...(stage.aliases ?? [])]) {
      const key = normalizeKey(text);
      if (key !== '' && !byKey.has(key)) byKey.set(key, info);
    }
  });
  const patternOrder = ladder.length + 1;
  const cache = new Map<string, StageInfo | null>();

  const resolve = (text: string): StageInfo | null => {
    const hit = byKey.get(normalizeKey(text));
    if (hit) return hit;
    const bare = text.replace(TRAILING_PARENS, '');
    if (bare !== text && bare.trim() !== '') {
      const inner = byKey.get(normalizeKey(bare));
      if (inner) return inner;
    }
    const lower = text.trim().toLowerCase();
    if (WON.test(lower)) return { name: text.trim(), status: 'won', order: patternOrder, probability: 1, forecastCategory: 'closed' };
    if (LOST.test(lower)) return { name: text.trim(), status: 'lost', order: patternOrder + 1, probability: 0, forecastCategory: 'omitted' };
    return null;
  };

  return (stageText) => {
    const cached = cache.get(stageText);
    if (cached !== undefined) return cached;
    const info = resolve(stageText);
    if (cache.size < CACHE_LIMIT) cache.set(stageText, info);
    return info;
  };
}

/** Config probabilities may be written 0..1 or 0..100: values above 1 are percentages. */
function toFraction(probability: number): number {
  return probability > 1 ? probability / 100 : probability;
}
