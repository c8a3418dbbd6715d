/**
 * Machine-readable output: data/deals.csv (see src/site/downloads/machineOutputs.ts).
 */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../site/load/siteData.ts';
import { dealsCsv } from '../../site/downloads/machineOutputs.ts';

export const GET: APIRoute = () => new Response(dealsCsv(loadSiteData()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
