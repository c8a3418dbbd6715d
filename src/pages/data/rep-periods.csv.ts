/**
 * Machine-readable output: data/rep-periods.csv (see src/site/downloads/machineOutputs.ts).
 */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../site/load/siteData.ts';
import { repPeriodsCsv } from '../../site/downloads/machineOutputs.ts';

export const GET: APIRoute = () => new Response(repPeriodsCsv(loadSiteData()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
