/**
 * Links to the compensation pages (all under `compensation/`, so a redacted build can leave the
 * folder out) and their downloads (`data/earnings.csv`, `data/earnings-credits.csv`).
 */
import { slug } from '../paths/slug.ts';

export interface CompensationPaths {
  index: string;
  person(name: string): string;
  earningsCsv: string;
  creditsCsv: string;
}

export function compensationPaths(baseUrl: string): CompensationPaths {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return {
    index: `${base}compensation/`,
    person: (name) => `${base}compensation/${slug(name)}/`,
    earningsCsv: `${base}data/earnings.csv`,
    creditsCsv: `${base}data/earnings-credits.csv`,
  };
}
