/**
 * The weekly summary as Markdown: data/weekly.md (see src/site/weekly/weeklyMarkdown.ts), the
 * same content as the weekly page, to paste into an email or a chat message.
 */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../site/load/siteData.ts';
import { weeklyMarkdown } from '../../site/weekly/weeklyMarkdown.ts';
import { weeklySummary } from '../../site/weekly/weeklySummary.ts';

export const GET: APIRoute = () => new Response(weeklyMarkdown(weeklySummary(loadSiteData())), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
