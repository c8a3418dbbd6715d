/**
 * What the pages read: the data stage's report, the model and the computed dashboard, written
 * as JSON by the build (scripts/build.ts) and named by QUARTERDECK_SITE_DATA. Pages stay thin:
 * they present this, they do not compute it.
 */
import { readFileSync } from 'node:fs';
import type { DataReport } from '../../dataStage.ts';
import type { Model } from '../../model/types.ts';
import type { Dashboard } from '../../metrics/dashboard.ts';

export interface SiteData {
  report: DataReport;
  model: Model;
  dashboard: Dashboard;
}

export const SITE_DATA_ENV = 'QUARTERDECK_SITE_DATA';

let cached: { path: string; data: SiteData } | null = null;

export function loadSiteData(): SiteData {
  const file = process.env[SITE_DATA_ENV];
  if (!file) {
    throw new Error(`The site data is missing: build the site with "npm run build" (or "npm run dev"), which computes it from the data folder first.`);
  }
  // In dev the data is recomputed when a data file changes: read it again each time.
  if (cached !== null && cached.path === file && !import.meta.env.DEV) return cached.data;
  const data = JSON.parse(readFileSync(file, 'utf8')) as SiteData;
  cached = { path: file, data };
  return data;
}
