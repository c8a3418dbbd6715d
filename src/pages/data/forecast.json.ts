/**
 * Machine-readable output: data/forecast.json (see src/site/machineOutputs.ts).
 */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../site/siteData.ts';
import { forecastJson } from '../../site/machineOutputs.ts';

export const GET: APIRoute = () => new Response(forecastJson(loadSiteData()), { headers: { 'Content-Type': 'application/json' } });
