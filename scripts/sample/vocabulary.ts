/**
 * The Salesforce vocabulary the sample uses: the standard stage ladder with its default
 * probabilities, forecast categories, picklist values and next-step phrases.
 */

export const STAGES = [
  'Prospecting',
  'Qualification',
  'Needs Analysis',
  'Value Proposition',
  'Id. Decision Makers',
  'Perception Analysis',
  'Proposal/Price Quote',
  'Negotiation/Review',
  'Closed Won',
  'Closed Lost',
] as const;

/** Index into STAGES. 0..7 are open. */
export type StageIndex = number;
export const LAST_OPEN_STAGE = 7;
export const WON_STAGE = 8;
export const LOST_STAGE = 9;

/** Default probability (%) of each stage, as Salesforce ships them. */
export const STAGE_PROBABILITY = [10, 10, 20, 50, 60, 70, 75, 90, 100, 0] as const;

export type ForecastCategoryName = 'Pipeline' | 'Best Case' | 'Commit' | 'Omitted' | 'Closed';

export type DealType = 'New Business' | 'Existing Business/Upsell' | 'Renewal';

export const DEAL_TYPES: readonly (readonly [DealType, number])[] = [
  ['New Business', 0.58],
  ['Existing Business/Upsell', 0.27],
  ['Renewal', 0.15],
];

export const LEAD_SOURCES: readonly (readonly [string, number])[] = [
  ['Web', 0.3],
  ['Partner Referral', 0.16],
  ['Trade Show', 0.1],
  ['Outbound', 0.2],
  ['Employee Referral', 0.05],
  ['Phone Inquiry', 0.07],
  ['Purchased List', 0.05],
  ['Other', 0.07],
];

export const LOSS_REASONS: readonly (readonly [string, number])[] = [
  ['Price', 0.24],
  ['Competitor', 0.26],
  ['No Decision', 0.16],
  ['Timing', 0.12],
  ['Budget', 0.14],
  ['Lost to Status Quo', 0.08],
];

/** Why deals that went quiet are finally closed. */
export const STALE_LOSS_REASONS: readonly (readonly [string, number])[] = [
  ['No Decision', 0.45],
  ['Lost to Status Quo', 0.3],
  ['Timing', 0.25],
];

/** Next-step phrases per stage index (0..9). Some carry commas and quotes, as real ones do. */
export const NEXT_STEPS: readonly (readonly string[])[] = [
  ['Intro call', 'Send overview deck', 'Follow up on inbound request', 'Book discovery call'],
  ['Discovery call', 'Confirm budget and timeline', 'Qualify: budget, authority, need, timing'],
  ['Technical deep dive', 'Map current reporting stack', 'Gather requirements, share summary'],
  ['Demo to analytics team', 'Build ROI model', 'Share customer references'],
  ['Meet economic buyer', 'Exec sponsor intro', 'Identify IT approver'],
  ['Address security review', 'Run proof of concept', 'Collect POC feedback'],
  ['Send proposal', 'Revise quote, 3-year term', 'Pricing call - "final" numbers'],
  ['Legal redlines', 'Procurement review', 'Signature expected end of quarter', 'MSA with legal'],
  ['Kickoff scheduled', 'Handoff to onboarding'],
  [''],
];

export const DEAL_NAME_SUFFIXES: Record<DealType, readonly string[]> = {
  'New Business': ['Platform License', 'Analytics Suite', 'Pilot', 'Data Warehouse Migration', 'Forecasting Module', 'BI Rollout'],
  'Existing Business/Upsell': ['Seat Expansion', 'Add-on: Forecasting', 'Premium Support', 'New Division', 'Usage Tier Upgrade'],
  Renewal: ['Annual Renewal', 'Multi-year Renewal', 'Renewal'],
};
