/**
 * Machine-readable output: data/retrospectives.json (see src/site/downloads/machineOutputs.ts).
 */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../site/load/siteData.ts';
import { retrospectivesJson } from '../../site/downloads/machineOutputs.ts';

export const GET: APIRoute = () => new Response(retrospectivesJson(loadSiteData()), { headers: { 'Content-Type': 'application/json' } });
