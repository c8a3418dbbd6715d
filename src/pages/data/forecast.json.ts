/**
 * Machine-readable output: data/forecast.json (see src/site/downloads/machineOutputs.ts).
 */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../site/load/siteData.ts';
import { forecastJson } from '../../site/downloads/machineOutputs.ts';

export const GET: APIRoute = () => new Response(forecastJson(loadSiteData()), { headers: { 'Content-Type': 'application/json' } });
