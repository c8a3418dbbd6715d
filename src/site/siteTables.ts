/**
 * Every table the site shows, as data: the pages render a TableDef with DataTable.astro and the
 * build writes the same rows as a CSV file (src/pages/csv/[table].csv.ts), so a download always
 * matches what is on screen.
 *
 * To add a table: write a builder `xxxTable(siteData): TableDef` in the page's folder (src/site/<page>/tablesXxx.ts), add it
 * to TABLE_BUILDERS below, and render it on the page with
 * `<DataTable table={tableById(loadSiteData(), 'xxx')} />`.
 */
import type { SiteData } from './load/siteData.ts';
import type { TableBuilder, TableDef } from './tables/tableTypes.ts';
import { checkTable } from './tables/checkTable.ts';
import { dataFilesTable } from './dataFiles/tablesDataFiles.ts';
import { openDealsTable } from './pipeline/tablesOpenDeals.ts';
import { overviewTeamsTable } from './overview/tablesOverview.ts';
import { forecastAccuracyTables } from './forecastPage/tablesForecastAccuracy.ts';
import { forecastDealTables } from './forecastPage/tablesForecastDeals.ts';
import { forecastBacktestTables } from './forecast/backtestTables.ts';
import { forecastCallsTables } from './forecast/callsTables.ts';
import { forecastRollupTables } from './forecastPage/tablesForecastRollup.ts';
import { pipelineChangeTables } from './pipeline/tablesPipelineChanges.ts';
import { pipelineCoverageTable } from './pipeline/tablesPipelineCoverage.ts';
import { pipelineRiskTables } from './pipeline/tablesPipelineRisk.ts';
import { riskListTables } from './risk/tablesRiskList.ts';
import { pipelineStageTables } from './pipeline/tablesPipelineStages.ts';
import { repsLeaderboardTables } from './reps/tablesRepsLeaderboard.ts';
import { repPageTables } from './reps/tablesRepsPages.ts';
import { teamsTables } from './teams/tablesTeams.ts';
import { teamPageTables } from './teams/tablesTeamsPages.ts';
import { quartersTable } from './quarters/tablesQuarters.ts';
import { retrospectiveTables } from './quarters/tablesQuartersRetro.ts';
import { compensationTables } from './compensation/compensationTables.ts';

/** The registry: every builder of a table the site shows. */
const TABLE_BUILDERS: TableBuilder[] = [dataFilesTable, openDealsTable, overviewTeamsTable, forecastRollupTables, forecastAccuracyTables, forecastDealTables, forecastBacktestTables, forecastCallsTables, pipelineStageTables, pipelineCoverageTable, pipelineRiskTables, riskListTables, pipelineChangeTables, repsLeaderboardTables, repPageTables, teamsTables, teamPageTables, quartersTable, retrospectiveTables, compensationTables];

const cache = new WeakMap<SiteData, TableDef[]>();

/** Every table the site shows, checked (valid definitions, unique ids). Memoised per site data. */
export function siteTables(siteData: SiteData, builders: readonly TableBuilder[] = TABLE_BUILDERS): TableDef[] {
  const useCache = builders === TABLE_BUILDERS;
  const cached = useCache ? cache.get(siteData) : undefined;
  if (cached !== undefined) return cached;
  const tables = builders.flatMap((build) => build(siteData));
  const ids = new Set<string>();
  for (const table of tables) {
    checkTable(table);
    if (ids.has(table.id)) throw new Error(`duplicate table id: ${table.id}`);
    ids.add(table.id);
  }
  if (useCache) cache.set(siteData, tables);
  return tables;
}

/** The registered table with this id (so the page shows exactly what the CSV holds). */
export function tableById(siteData: SiteData, id: string): TableDef {
  const table = siteTables(siteData).find((t) => t.id === id);
  if (table === undefined) throw new Error(`unknown table: ${id} (add its builder to TABLE_BUILDERS in src/site/siteTables.ts)`);
  return table;
}
