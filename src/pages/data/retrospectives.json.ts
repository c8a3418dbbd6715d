/**
 * Machine-readable output: data/retrospectives.json (see src/site/machineOutputs.ts).
 */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../site/siteData.ts';
import { retrospectivesJson } from '../../site/machineOutputs.ts';

export const GET: APIRoute = () => new Response(retrospectivesJson(loadSiteData()), { headers: { 'Content-Type': 'application/json' } });
