/**
 * Machine-readable output: data/earnings.csv (see src/site/compensation/earningsCsv.ts).
 * Earnings files are data/earnings*.csv: a redacted build leaves them out.
 */
import type { APIRoute } from 'astro';
import { earningsCsv } from '../../site/compensation/earningsCsv.ts';
import { loadSiteData } from '../../site/load/siteData.ts';

export const GET: APIRoute = () => new Response(earningsCsv(loadSiteData()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
