/**
 * Fictional customer accounts per region, and which of them are already customers
 * (upsells and renewals are sold to those).
 */
import type { Random } from './random.ts';

export interface AccountBook {
  /** Prospects per region (new business). */
  prospects: Map<string, string[]>;
  /** Existing customers per region (upsell and renewal). */
  customers: Map<string, string[]>;
}

const STEMS = [
  'Bluefin', 'Harbor', 'Summit', 'Cedar', 'Ironwood', 'Lakeside', 'Northgate', 'Silverline', 'Redwood', 'Granite',
  'Blue Ridge', 'Crescent', 'Falcon', 'Evergreen', 'Copperleaf', 'Keystone', 'Meridian', 'Pinnacle', 'Riverbend', 'Sterling',
  'Westbrook', 'Oakmont', 'Brightwater', 'Aurora', 'Beacon', 'Clearview', 'Driftwood', 'Foxglove', 'Highland', 'Juniper',
];
const TRADES = [
  'Logistics', 'Foods', 'Health', 'Retail', 'Energy', 'Insurance', 'Manufacturing', 'Pharma', 'Media', 'Capital',
  'Freight', 'Telecom', 'Hotels', 'Software', 'Foundry', 'Mobility', 'Utilities', 'Apparel', 'Biotech', 'Robotics',
];
const LEGAL: Record<string, readonly string[]> = {
  'North America': ['Inc.', ', Inc.', 'LLC', 'Corp.', 'Group', 'Co.'],
  EMEA: ['GmbH', 'Ltd', 'S.A.', 'B.V.', 'AB', 'plc', 'AG'],
  APAC: ['Pte Ltd', 'Pty Ltd', 'K.K.', 'Ltd', 'Holdings', 'Co., Ltd.'],
};
/** A few EMEA names with letters outside ASCII, as real account names have. */
const EMEA_STEMS = ['Müller', 'Søndergaard', 'Åkerlund', 'Lefèvre', 'Nordström'];

function accountName(stem: string, trade: string, legal: string): string {
  return legal.startsWith(',') ? `${stem} ${trade}${legal}` : `${stem} ${trade} ${legal}`;
}

/** About `perRegion` distinct accounts per region; 40% of them are existing customers. */
export function buildAccounts(regions: readonly string[], random: Random, perRegion = 300): AccountBook {
  const prospects = new Map<string, string[]>();
  const customers = new Map<string, string[]>();
  const used = new Set<string>();
  for (const region of regions) {
    const stems = region === 'EMEA' ? [...STEMS, ...EMEA_STEMS] : STEMS;
    const legal = LEGAL[region] ?? ['Ltd'];
    const names: string[] = [];
    let guard = 0;
    while (names.length < perRegion && guard++ < perRegion * 50) {
      const name = accountName(random.pick(stems), random.pick(TRADES), random.pick(legal));
      if (used.has(name)) continue;
      used.add(name);
      names.push(name);
    }
    const cut = Math.round(names.length * 0.4);
    customers.set(region, names.slice(0, cut));
    prospects.set(region, names.slice(cut));
  }
  return { prospects, customers };
}
