/**
 * One static CSV file per table the site shows: `csv/<table id>.csv`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../site/load/siteData.ts';
import { siteTables } from '../../site/siteTables.ts';
import type { TableDef } from '../../site/tables/tableTypes.ts';
import { tableCsv } from '../../site/tables/tablesCsv.ts';

export const getStaticPaths = (() =>
  siteTables(loadSiteData()).map((table) => ({ params: { table: table.id }, props: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ table: TableDef }> = ({ props }) =>
  new Response(tableCsv(props.table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
