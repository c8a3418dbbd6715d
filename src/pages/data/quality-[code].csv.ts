/**
 * The deals behind each data-quality line: data/quality-<code>.csv (see src/metrics/dataQuality.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataQuality, type DataQualityLine } from '../../metrics/dataQuality.ts';
import { loadSiteData } from '../../site/load/siteData.ts';
import { dataQualityCsv } from '../../site/dataPage/dataQualityCsv.ts';

export const getStaticPaths = (() => {
  const { model } = loadSiteData();
  return dataQuality(model).lines.map((line) => ({ params: { code: line.code }, props: { line } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ line: DataQualityLine }> = ({ props }) =>
  new Response(dataQualityCsv(props.line), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
