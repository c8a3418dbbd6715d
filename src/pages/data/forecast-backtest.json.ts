/**
 * Machine-readable output: data/forecast-backtest.json (see src/site/forecast/backtestJson.ts).
 */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../site/load/siteData.ts';
import { forecastBacktestJson } from '../../site/forecast/backtestJson.ts';

export const GET: APIRoute = () => new Response(forecastBacktestJson(loadSiteData()), { headers: { 'Content-Type': 'application/json' } });
