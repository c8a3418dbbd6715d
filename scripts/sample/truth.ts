/**
 * The generator's truth model: what really happened to every deal, as plain data.
 * Writers turn it into exports; tests read it to check the generator itself.
 */
import type { Company, Segment } from './company.ts';
import type { Day } from './dates.ts';
import type { FiscalQuarter } from './fiscalQuarter.ts';
import type { DealType, ForecastCategoryName, StageIndex } from './vocabulary.ts';

export interface StageEvent {
  day: Day;
  stage: StageIndex;
  category: ForecastCategoryName;
  nextStep: string;
}

export interface ValueEvent {
  day: Day;
  value: number;
}

export interface OwnerEvent {
  day: Day;
  owner: string;
}

export interface DealTruth {
  /** Creation order; the Opportunity ID is derived from it. */
  seq: number;
  id: string;
  name: string;
  account: string;
  type: DealType;
  leadSource: string;
  segment: Segment;
  team: string;
  region: string;
  created: Day;
  /** Final fate. 'deleted' deals vanish from the CRM without being closed. */
  outcome: 'won' | 'lost' | 'deleted';
  /** Day the deal was closed (won or lost); null for deleted deals. May lie after the as-of date. */
  closed: Day | null;
  deleted: Day | null;
  lossReason: string | null;
  /** Day after which nobody logged activity any more (the deal went quiet); null if it never did. */
  staleFrom: Day | null;
  /** Stage entries in day order; the first is on the created day, the last is Closed Won/Lost for closed deals. */
  stages: StageEvent[];
  /** Close Date field over time (first on the created day); values are day numbers. */
  closeDates: ValueEvent[];
  amounts: ValueEvent[];
  owners: OwnerEvent[];
  /** Days with logged activity, ascending. Empty when nobody ever logged any. */
  activities: Day[];
}

/** Quarterly quotas: one entry per quarter in `quarters` order; null = no quota (not employed). */
export interface QuotaTruth {
  quarters: FiscalQuarter[];
  reps: Map<string, (number | null)[]>;
  teams: Map<string, number[]>;
}

export interface SampleTruth {
  company: Company;
  asOf: Day;
  historyStart: Day;
  /** Weekly snapshot days (Wednesdays), ascending. */
  snapshots: Day[];
  /** The day of the one-off export of deals closed before the first snapshot. */
  historyExport: Day;
  /**
   * Every deal, including those opened after the as-of date up to the end of its quarter:
   * those never reach an export; with the later fates of the open deals they are what really
   * closes by the quarter's end.
   */
  deals: DealTruth[];
  quotas: QuotaTruth;
}
