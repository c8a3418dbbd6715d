/**
 * Machine-readable output: data/deals.csv (see src/site/machineOutputs.ts).
 */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../site/siteData.ts';
import { dealsCsv } from '../../site/machineOutputs.ts';

export const GET: APIRoute = () => new Response(dealsCsv(loadSiteData()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
