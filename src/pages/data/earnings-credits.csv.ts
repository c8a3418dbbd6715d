/**
 * Machine-readable output: data/earnings-credits.csv, the deals behind data/earnings.csv
 * (see src/site/compensation/earningsCreditsCsv.ts). A redacted build leaves it out.
 */
import type { APIRoute } from 'astro';
import { earningsCreditsCsv } from '../../site/compensation/earningsCreditsCsv.ts';
import { loadSiteData } from '../../site/load/siteData.ts';

export const GET: APIRoute = () => new Response(earningsCreditsCsv(loadSiteData()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
